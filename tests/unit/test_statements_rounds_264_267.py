"""Errors of rounds 264-267 that recur across outlets (stfix38, session 33: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.cite import read_marks
from diplotui.statements import find_statements
from diplotui.statements.said import said_span
from tests.unit.statements_said import said as _said


def _speakers(text: str) -> list[str]:
    return [s.speaker for s in find_statements(text)]


def test_a_page_quoting_in_closing_guillemets_at_both_ends_is_read_as_quoting() -> None:
    text = (
        "Norland news\n\n"
        "The minister Ivo Marsh described as a »humanitarian crisis» the situation at the"
        " border.\n\n"
        "»We have held talks with Tarn. It is about a solution,» he said.\n"
    )
    assert _said(text) == [
        ("direct", "Ivo Marsh", "humanitarian crisis"),
        ("direct", "Ivo Marsh", "We have held talks with Tarn. It is about a solution,"),
    ]


def test_copies_read_the_same_pairs_as_quoting() -> None:
    text = "The minister described as a »humanitarian crisis» the situation, » so far."
    start = text.index("humanitarian")
    assert said_span(text, start, start + len("humanitarian crisis")) == (
        start,
        start + len("humanitarian crisis"),
        True,
    )
    assert read_marks("Home » News «and» more") == "Home ” News “and” more"


def test_a_closing_guillemet_between_spaces_is_a_path_sign_not_a_quotation() -> None:
    text = "Home » News » World\n\nThe minister Ivo Marsh said talks were good » so far.\n"
    assert _said(text) == [("reported", "Ivo Marsh", "talks were good » so far")]


def test_a_guillemet_pair_still_quotes_beside_a_closing_one_alone() -> None:
    text = (
        "Norland news\n\n"
        "The minister Ivo Marsh described as a «humanitarian crisis» the situation at the"
        " border, calling it »bad».\n"
    )
    assert _said(text) == [
        ("direct", "Ivo Marsh", "humanitarian crisis"),
        ("direct", "Ivo Marsh", "bad"),
    ]


def test_quotations_after_a_second_unlisted_predicate_are_the_subjects_words() -> None:
    text = (
        "Norland news\n\n"
        "Minister Ivo Marsh spoke on Monday.\n\n"
        "He has also highlighted the “good will” of the neighbours and has made a call to"
        " “take care of the dialogue” and “not to use these issues”.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "the “good will” of the neighbours"),
        ("direct", "Ivo Marsh", "take care of the dialogue"),
        ("direct", "Ivo Marsh", "not to use these issues"),
    ]


def test_a_quotation_in_a_said_clause_going_on_stays_in_the_report() -> None:
    text = (
        "Norland news\n\n"
        "Minister Ivo Marsh said the sides met and agreed to “take care of the dialogue”.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "the sides met and agreed to “take care of the dialogue”")
    ]


def test_a_quotation_after_a_second_predicate_inside_a_that_clause_stays_in_it() -> None:
    text = (
        "Norland news\n\n"
        "Minister Ivo Marsh spoke on Monday.\n\n"
        "He added that Norland had worked for years to recognize the state, and postponed the"
        " matter, but is doing so now “to build peace.”\n"
    )
    assert [kind for kind, _, _ in _said(text)] == ["reported"]


def test_the_diplomat_of_a_country_is_its_minister_untitled_by_portfolio() -> None:
    text = (
        "Norland and Tarn meet\n\n"
        "Norland’s Minister of Foreign Affairs and International Cooperation, His Excellency"
        " Ivo Marsh concluded a working visit with his Tarnian counterpart, His Excellency Dan"
        " Crane, in Tarnby.\n\n"
        "Minister Marsh extended greetings to President Bo Lund. He also noted that students"
        " have benefited.\n\n"
        "The Norlandic diplomat underscored Norland’s focus on energy as a key sector.\n\n"
        "Foreign Minister Dan Crane reciprocated with a warm acknowledgment of the friendship.\n"
    )
    assert _speakers(text) == ["Ivo Marsh", "Ivo Marsh"]


def test_an_agency_credited_in_a_dateline_without_a_dash_is_not_the_subject() -> None:
    text = (
        "Norland envoy\n\n"
        "Tarnby, 8 August 2017(Tarn Press) The Norland Government announced Tuesday that Foreign"
        " Minister Ivo Marsh was to meet the UN Envoy Dan Crane.\n"
    )
    assert _speakers(text) == ["Norland Government"]


def test_an_agency_credited_in_a_dateline_is_not_the_subject_of_a_participle() -> None:
    text = (
        "Norland envoy\n\n"
        "Tarnby, Feb. 13 (Tarn Press) The Norland Government met the UN Envoy Dan Crane, stressing"
        " that peace was near.\n"
    )
    assert _speakers(text) == ["Norland Government"]


def test_said_and_an_adjunct_of_time_introduce_a_quoted_sentence_without_a_colon() -> None:
    text = (
        "Norland vows\n\n"
        "Ivo Marsh said during the election campaign “We have to see how we get them back”.\n"
    )
    assert _said(text) == [("direct", "Ivo Marsh", "We have to see how we get them back")]


def test_a_quoted_phrase_after_said_and_an_adjunct_stays_in_the_report() -> None:
    text = "Norland vows\n\nIvo Marsh said on Monday “good things” were coming.\n"
    assert _said(text) == [("reported", "Ivo Marsh", "“good things” were coming")]


def test_a_person_named_in_a_relative_clause_of_the_apposition_is_not_the_subject() -> None:
    text = (
        "Norland vows\n\n"
        "Ivo Marsh, a liberal who has been compared to former president Dan Crane, said that"
        " peace was near.\n"
    )
    assert _said(text) == [("reported", "Ivo Marsh", "peace was near")]


def test_an_offices_spokesman_is_unnamed_not_the_person_speaking_last() -> None:
    text = (
        "Norland vows\n\n"
        "Ivo Marsh said that peace was near.\n\n"
        "But the Prime Minister’s official spokesman said: “This is a long-settled issue.”\n"
    )
    assert _speakers(text) == ["Ivo Marsh", "Prime Minister’s official spokesman"]


def test_a_clause_joined_after_an_inserted_attribution_is_a_second_statement() -> None:
    text = (
        "Norland talks\n\n"
        "Minister Ivo Marsh met Dan Crane.\n\n"
        "Earlier talks went well, he said, and the two countries had good relations.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "Earlier talks went well"),
        ("reported", "Ivo Marsh", "the two countries had good relations"),
    ]


def test_a_joined_clause_with_its_own_verb_of_speech_is_that_verbs() -> None:
    text = (
        "Norland talks\n\n"
        "Minister Ivo Marsh met Dan Crane.\n\n"
        "Earlier talks went well, he said, and he stressed that the ties were good.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "Earlier talks went well"),
        ("reported", "Ivo Marsh", "the ties were good"),
    ]


def test_an_aside_set_off_by_dashes_leaves_the_subject_before_it() -> None:
    text = (
        "Norland talks\n\n"
        "Minister Ivo Marsh met Dan Crane.\n\n"
        "However, Marsh, — a left-wing liberal — has insisted such partnerships should be fair.\n"
    )
    assert _said(text) == [("reported", "Ivo Marsh", "such partnerships should be fair")]


def test_a_name_set_off_by_dashes_after_a_role_is_the_subject() -> None:
    text = (
        "Norland talks\n\n"
        "Minister Ivo Marsh met Dan Crane.\n\n"
        "The envoy – Dan Crane – insisted that such partnerships should be fair.\n"
    )
    assert _speakers(text) == ["Dan Crane"]


def test_an_acronym_right_after_the_name_it_spells_is_that_name() -> None:
    text = (
        "Norland talks\n\n"
        "The UN Assistance Mission in Norland UNAMN said the envoy stressed that peace was"
        " near.\n"
    )
    assert _speakers(text) == ["UN Assistance Mission in Norland"]
