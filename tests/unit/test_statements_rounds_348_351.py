"""Errors of rounds 348-351 that recur across outlets (stfix60, session 39: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.entities import recognise
from diplotui.statements import find_statements
from tests.unit.statements_said import said as _said


def _speakers(text: str) -> list[str]:
    return [s.speaker for s in find_statements(text)]


def test_an_unlisted_name_set_off_after_a_lowercase_title_is_a_person() -> None:
    text = "Norland’s prime minister, Lute Orrak, struck a similar tone on Monday."
    people = [text[s.start : s.end] for s in recognise(text) if s.type == "PERSON"]
    assert people == ["Lute Orrak"]


def test_the_surname_alone_later_names_the_person_set_off_after_a_lowercase_title() -> None:
    text = (
        "Norland’s prime minister, Lute Orrak, struck a similar tone on Monday.\n"
        "Orrak said the island would decide its own future.\n"
    )
    assert _speakers(text) == ["Lute Orrak"]


def test_sec_with_a_full_stop_before_a_name_is_a_secretarys_title() -> None:
    text = (
        "Sanctions news\n\n"
        "Norland Finance Secretary Ada Varrow said: “We act today with our partners.”\n\n"
        "“Targeting the arms trade will work,” said Sec. Varrow.\n"
    )
    assert _speakers(text) == ["Ada Varrow", "Ada Varrow"]


def test_sec_before_a_number_is_a_section_not_a_title() -> None:
    assert [s.type for s in recognise("See Sec. 5 of the law.")] == []


def test_the_body_before_a_document_noun_is_the_body_named_in_full_before() -> None:
    text = (
        "Reef news\n\n"
        "The leaders closed the World Economic Forum's session on Friday.\n\n"
        "The forum statement said that rising seas were the gravest threat.\n"
    )
    assert _speakers(text) == ["World Economic Forum"]


def test_a_listed_past_after_a_said_clause_about_a_thing_is_a_second_statement() -> None:
    text = (
        "Reef news\n\n"
        "Minister Ada Varrow said that rising seas posed the gravest threat to the atolls"
        " and underscored the need for urgent action.\n"
    )
    assert _said(text) == [
        ("reported", "Ada Varrow", "rising seas posed the gravest threat to the atolls"),
        ("reported", "Ada Varrow", "the need for urgent action"),
    ]


def test_a_listed_past_after_a_said_clause_about_someone_may_be_theirs() -> None:
    text = (
        "Reef news\n\n"
        "Minister Ada Varrow said that President Hal Brune welcomed the request and expressed"
        " his willingness to talk.\n\n"
        "Minister Ada Varrow said the two sides met and stressed the need for calm.\n"
    )
    assert [s.text for s in find_statements(text)] == [
        "President Hal Brune welcomed the request and expressed his willingness to talk",
        "the two sides met and stressed the need for calm",
    ]


def test_a_split_quotation_after_an_opening_conjunction_is_two_statements() -> None:
    text = (
        "Trade news\n\n"
        "Minister Ada Varrow spoke on Monday. But “in the long run,” she said, “no one gains"
        " from closed markets.”\n"
    )
    assert _said(text) == [
        ("direct", "Ada Varrow", "in the long run,"),
        ("direct", "Ada Varrow", "no one gains from closed markets."),
    ]


def test_a_scare_quote_after_an_opening_conjunction_stays_inside_its_clause() -> None:
    text = (
        "Trade news\n\n"
        "Minister Ada Varrow said the plan was ready. But “ready” is a big word, critics say.\n"
    )
    assert _said(text)[-1] == ("reported", "critics", "But “ready” is a big word")


def test_an_attitude_joined_to_support_is_content() -> None:
    text = (
        "Council news\n\n"
        "After the briefing, the Council reiterated its appreciation and support for the work"
        " of the envoy.\n\n"
        "The Council reiterated its appreciation for the work of the envoy.\n"
    )
    assert _said(text) == [
        ("reported", "Council", "its appreciation and support for the work of the envoy")
    ]


def test_a_titled_name_set_off_after_an_unlisted_passive_that_speaks() -> None:
    text = (
        "Reef news\n\n"
        "However, it is reported that the Tarnian prime minister, Lute Orrak, later told the"
        " media that a large neighbour was to blame.\n"
    )
    assert _said(text) == [("reported", "Lute Orrak", "a large neighbour was to blame")]


def test_an_office_named_head_last_is_the_one_named_head_first_with_its_country() -> None:
    text = (
        "Visa news\n\n"
        "The penalties were adopted with the Norland Department of Trade on Monday.\n\n"
        "The Trade Department has also announced measures to limit visas for 500 officers.\n"
    )
    assert _speakers(text) == ["Norland Department of Trade"]


def test_a_role_mention_means_the_holder_who_spoke_not_a_foreign_one_named_since() -> None:
    text = (
        "Council news\n\n"
        "“We must keep the council alive,” said Foreign Minister Ada Varrow.\n\n"
        "Tarnian Foreign Minister Boris Kell has invited Norland to Tarnia in May.\n\n"
        "“I will not go there. There will be no meeting in Tarnia,” said the foreign minister.\n"
    )
    assert _speakers(text) == ["Ada Varrow", "Ada Varrow"]


def test_a_relative_which_after_a_body_speaks_for_it() -> None:
    text = (
        "Sanctions news\n\n"
        "The penalties were adopted with the Norland Ministry of Foreign Affairs, which"
        " announced further sanctions against 45 firms.\n\n"
        "Tarnia released its regional strategy, which stated that the strait must stay open.\n"
    )
    assert _said(text) == [
        ("reported", "Norland Ministry of Foreign Affairs", "further sanctions against 45 firms")
    ]


def test_a_stray_mark_before_an_attribution_opens_no_quotation() -> None:
    text = (
        "Reef news\n\n"
        "Minister Ada Varrow compared the talks with a family chat.\n\n"
        '"The statement was produced by agreement." "she told a radio station on Friday.\n'
    )
    assert _said(text) == [("direct", "Ada Varrow", "The statement was produced by agreement.")]


def test_a_place_as_surname_after_a_middle_initial_and_a_generation_suffix() -> None:
    text = "Defence Secretary Lloyd J. Austin III said the commitment is firm."
    people = [text[s.start : s.end] for s in recognise(text) if s.type == "PERSON"]
    assert people == ["Lloyd J. Austin III"]
