"""Errors of rounds 360-363 that recur across outlets (stfix63, session 40: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements
from tests.unit.statements_said import said as _said


def _speakers(text: str) -> list[str]:
    return [s.speaker for s in find_statements(text)]


def test_the_statement_a_councils_spokesperson_spoke_for_is_theirs() -> None:
    text = (
        "Norland condemns the test\n\n"
        "Norland condemned the missile test in a statement on Friday.\n\n"
        "The test “is a clear breach of the accords,” said Defence Council spokesperson"
        " Mara Velden.\n\n"
        "The missile used banned technology, the statement said.\n\n"
        "“We call on Tarnia to return to talks,” it said.\n"
    )
    assert _speakers(text) == ["Mara Velden"] * 3


def test_the_statement_after_a_council_speaking_for_itself_stays_the_councils() -> None:
    text = (
        "Norland condemns the test\n\n"
        "The test is a clear breach of the accords, the Defence Council said on Friday.\n\n"
        "Its chief Ivo Marsh attended the meeting.\n\n"
        "The missile used banned technology, the statement said.\n"
    )
    assert _speakers(text) == ["Defence Council"] * 2


def test_a_listed_verbs_plural_noun_after_a_preposition_or_determiner_says_nothing() -> None:
    text = (
        "Norland minister apologises\n\n"
        "Foreign Minister Ivo Marsh on Monday apologised over remarks that he made on Sunday"
        " which angered Tarnia.\n\n"
        "Tarnia summoned Norland's envoy to protest the “rude” remarks by Marsh, who seemed to"
        " blame its rulers.\n\n"
        "Tarnia ignored repeated calls for calm and recent pledges of aid.\n"
    )
    assert _said(text) == []


def test_a_listed_verbs_s_form_after_its_subject_is_still_a_verb() -> None:
    text = (
        "Norland minister speaks\n\n"
        "The minister Ivo Marsh remarks that the talks went well.\n\n"
        "The two sides all note that trade has grown.\n\n"
        "The envoy of Norland stresses that the border is open.\n"
    )
    assert [(kind, text_) for kind, _, text_ in _said(text)] == [
        ("reported", "the talks went well"),
        ("reported", "trade has grown"),
        ("reported", "the border is open"),
    ]


def test_fishermen_and_villagers_speak_as_groups() -> None:
    text = (
        "Norland news\n\n"
        "Local fishermen said that the patrols frighten them.\n\n"
        "The villagers say they fear the ships.\n"
    )
    assert _speakers(text) == ["Local fishermen", "villagers"]


def test_a_coast_guard_in_lower_case_is_an_organisation_speaking() -> None:
    text = (
        "Norland news\n\n"
        "No one was hurt, according to Norland’s coast guard.\n\n"
        "Eight officers boarded the boat, the coast guard said in a statement.\n"
    )
    assert _speakers(text) == ["Norland’s coast guard"] * 2


def test_a_group_with_a_time_before_its_verb_still_speaks() -> None:
    text = (
        "Norland news\n\n"
        "Norland coast guard officials yesterday confirmed that shots were fired, but said"
        " nobody was hurt.\n\n"
        "The minister yesterday stressed that the border is open.\n"
    )
    assert [(speaker, said) for _, speaker, said in _said(text)] == [
        ("Norland coast guard officials", "shots were fired"),
        ("Norland coast guard officials", "nobody was hurt"),
        ("minister", "the border is open"),
    ]


def test_an_outlet_is_named_with_the_news_agency_after_it() -> None:
    text = (
        "Norland news\n\n"
        "The talks ended on Monday, the official Xinhua news agency reported.\n\n"
        "“The talks were useful,” Xinhua said.\n"
    )
    assert _speakers(text) == ["Xinhua news agency"]


def test_a_centre_in_lower_case_is_an_organisation_speaking() -> None:
    text = (
        "Norland news\n\n"
        "Tarnia cited an official research centre in Norland.\n\n"
        "The research centre also said that attacks had doubled in May.\n"
    )
    assert _said(text) == [("reported", "research centre", "attacks had doubled in May")]


def test_a_quotation_closing_a_reporters_clause_under_an_unlisted_verb_is_direct() -> None:
    text = (
        "Norland news\n\n"
        "A rocket lifted off on Tuesday and “put the probe in its orbit,” state run news"
        " agency NTA reported.\n\n"
        "The launch “went as planned,” the Space Office said.\n"
    )
    assert _said(text) == [
        ("direct", "NTA", "put the probe in its orbit,"),
        ("reported", "Space Office", "The launch “went as planned,”"),
    ]


def test_advisers_speak_as_a_group_and_long_is_an_adverb_before_the_verb() -> None:
    text = (
        "Norland news\n\n"
        "Advisers to the Norland Space Agency said that the work goes on.\n\n"
        "The Norland Space Agency has long said that it would not agree to limits.\n"
    )
    assert [(speaker, said) for _, speaker, said in _said(text)] == [
        ("Advisers", "the work goes on"),
        ("Norland Space Agency", "it would not agree to limits"),
    ]


def test_a_relative_named_in_apposition_speaks() -> None:
    text = (
        "Norland news\n\n"
        "Tom Marsh was freed on Friday.\n\n"
        "His father, Ivo Marsh, told a news agency that the family was happy.\n"
    )
    assert _said(text) == [("reported", "Ivo Marsh", "the family was happy")]


def test_it_after_an_agency_quoted_is_the_agency_not_an_earlier_statement() -> None:
    text = (
        "Norland news\n\n"
        "The launch “raises tensions,” spokesperson Mara Velden said in a statement.\n\n"
        "“Talks remain open,” the statement said.\n\n"
        "A rocket lifted off and “put the probe in orbit,” state news agency NTA reported.\n\n"
        "The leader watched the launch, it added.\n"
    )
    assert _speakers(text)[-2:] == ["NTA", "NTA"]
