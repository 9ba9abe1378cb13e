"""Errors of rounds 340-343 that recur across outlets (stfix58, session 38: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.entities import recognise
from diplotui.statements import find_statements
from tests.unit.statements_said import said as _said


def test_a_titlecase_dateline_with_its_country_in_brackets_is_no_subject() -> None:
    text = (
        "Tarn talks\n"
        "Lyon [France], May 24: France's president held meetings on Thursday, urging"
        " calm after the riots. Ivo Marsh arrived in the capital.\n"
    )
    assert _said(text) == [("reported", "Ivo Marsh", "calm after the riots")]


def test_nonetheless_stands_between_a_subject_and_its_verb() -> None:
    text = "Tarn talks\n\nThe Norland Union nonetheless expressed concerns about the text.\n"
    assert _said(text) == [("reported", "Norland Union", "concerns about the text")]


def test_a_counting_phrase_is_no_part_of_a_group() -> None:
    text = "Tarn talks\n\nA number of northern countries asserted that the rules must change.\n"
    assert _said(text) == [("reported", "northern countries", "the rules must change")]


def test_companies_with_a_relative_clause_and_a_floating_both_speak() -> None:
    text = "Tarn talks\n\nThe companies that own the cables both said the cause was unclear.\n"
    assert _said(text) == [("reported", "companies", "the cause was unclear")]


def test_an_unknown_name_with_an_of_apposition_speaks() -> None:
    text = (
        "Tarn talks\n\nTarnco, owner of the cable linking Finland and Estonia, said the repairs"
        " would take ten days.\n"
    )
    assert _said(text) == [("reported", "Tarnco", "the repairs would take ten days")]


def test_a_person_with_an_of_apposition_speaks() -> None:
    text = "Tarn talks\n\nIvo Marsh, the owner of the firm, said the repairs would take ten days.\n"
    assert _said(text) == [("reported", "Ivo Marsh", "the repairs would take ten days")]


def test_an_inverted_attribution_closed_by_an_office_in_a_body() -> None:
    text = (
        "Tarn talks\n\nThe new rules have harmed the island, said Ivo Marsh, president of the"
        " island's senate -- a body that advises on laws.\n\nThe rules will harm the capital,"
        " said Ann Bee, the head of the agency.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "The new rules have harmed the island"),
        ("reported", "Ann Bee", "The rules will harm the capital"),
    ]


def test_hyphenated_ranks_and_the_retired_mark_are_no_part_of_a_name() -> None:
    text = "The director, Rtd Lt-Col Ivo Marsh, said the teams had arrived."
    persons = [s.text for s in recognise(text) if s.type == "PERSON"]
    assert persons == ["Ivo Marsh"]


def test_undotted_initials_after_a_title_open_a_name() -> None:
    text = "Norland Vice President JD Marsh spoke. Marsh emphasized that the plan is sound."
    persons = [s.text for s in recognise(text) if s.type == "PERSON"]
    assert persons[0] == "JD Marsh"
    assert _said(text) == [("reported", "JD Marsh", "the plan is sound")]


def test_a_list_of_countries_speaks_as_one_after_an_unlisted_verb() -> None:
    text = (
        "Tarn talks\n\nGermany, Sweden, Ireland and the UK were firm in their opposition,"
        " stating that the talks belong in Geneva.\n"
    )
    assert _said(text) == [
        ("reported", "Germany, Sweden, Ireland and the UK", "the talks belong in Geneva")
    ]


def test_a_place_owning_the_noun_after_it_ends_no_body_name() -> None:
    text = (
        "Tarn talks\n\nThe Commonwealth Observer Group on Kenya's general elections says it"
        " will respect the decision.\n"
    )
    orgs = [s.text for s in recognise(text) if s.type == "ORG"]
    assert orgs == ["Commonwealth Observer Group"]
    assert _said(text) == [
        ("reported", "Commonwealth Observer Group", "it will respect the decision")
    ]


def test_the_member_of_a_named_parliament_is_the_person_named_before() -> None:
    text = (
        "Tarn talks\n\nIvo Marsh spoke in Tarnville. The Norlandic member of the European"
        " Parliament called on parties to refrain from violence.\n"
    )
    assert _said(text) == [("reported", "Ivo Marsh", "parties to refrain from violence")]


def test_the_head_of_a_named_body_is_the_one_person_titled_in_it() -> None:
    text = (
        "Tarn talks\n\nThe talks may fail, according to the head of the Tarn Health"
        " Organization. THO Director-General Ivo Marsh said the text was weak.\n"
    )
    assert [s.speaker for s in find_statements(text)] == ["Ivo Marsh", "Ivo Marsh"]


def test_the_company_is_the_business_that_spoke_last() -> None:
    text = (
        "Tarn talks\n\nTarnco, owner of the cable linking Finland and Estonia, said the cause"
        " was unclear. The company has said repairs typically take ten days.\n"
    )
    assert [s.speaker for s in find_statements(text)] == ["Tarnco", "Tarnco"]
