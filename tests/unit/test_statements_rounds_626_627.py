"""Classes of error found on rounds 626-627 (issue 17, stfix130): each recurs in other outlets'
text, shown here on invented sentences and names."""

from __future__ import annotations

from diplotui.statements import find_statements

TITLE = "A headline that is not read\n\n"


def _said(body: str) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.kind, s.text) for s in find_statements(TITLE + body)]


def test_spokespersons_for_a_body_speak_as_one_group() -> None:
    body = (
        "The convoy left the port on Monday.\n"
        "Spokespersons for the convoy stated that the boarding took place at sea and affirmed"
        " that the voyage would go on.\n"
    )
    assert _said(body) == [
        ("Spokespersons", "reported", "the boarding took place at sea"),
        ("Spokespersons", "reported", "the voyage would go on"),
    ]


def test_a_trials_defence_speaks_as_one_group() -> None:
    body = (
        "The trial of Karl Berger entered its tenth week.\n"
        "The defence said that the witness could not be trusted.\n"
        "The prosecution called two more witnesses.\n"
    )
    assert _said(body) == [("defence", "reported", "the witness could not be trusted")]


def test_a_sentence_broken_over_two_lines_is_no_headline() -> None:
    body = (
        "The trial of Karl Berger entered its tenth week.\n"
        'The lawyers described the witness as a "serial liar" for proposing to use force\n'
        "to overturn the council.\n"
    )
    assert _said(body) == [("lawyers", "direct", "serial liar")]


def test_a_characterised_quotation_inside_a_reported_clause_is_the_outer_speakers() -> None:
    body = (
        "The Norland government said the convoy was stopped.\n"
        "The Foreign Ministry said that it would dismiss the boat as “a stunt” and deport the"
        " crew.\n"
    )
    assert _said(body) == [
        ("Norland government", "reported", "the convoy was stopped"),
        (
            "Foreign Ministry",
            "reported",
            "it would dismiss the boat as “a stunt” and deport the crew",
        ),
    ]


def test_a_flotilla_is_an_organisation_named_whole() -> None:
    body = (
        "Warships stopped five boats of the Northern Hope Flotilla on Monday.\n"
        "“Our boats are being boarded,” Northern Hope Flotilla said.\n"
    )
    assert _said(body) == [
        ("Northern Hope Flotilla", "direct", "Our boats are being boarded,"),
    ]


def test_a_contingent_speaks_as_one_group() -> None:
    body = (
        "Warships stopped five boats of the convoy on Monday.\n"
        "“The warships are closing in,” said the Baltic contingent of the convoy in a statement.\n"
    )
    assert _said(body) == [("Baltic contingent", "direct", "The warships are closing in,")]


def test_a_long_title_cased_line_is_a_headline_naming_no_one_new() -> None:
    text = (
        "Anna Ho’s trial is happening now. Follow the latest updates.\n\n"
        "Day 12: March 3, 2025\n\n"
        "The Daily: Live Updates | Day 12 of Anna Ho’s Trial: Ho Clarifies Early Statement,"
        " Identifies Not As Northern But Southern Norlander\n\n"
        "The trial of Anna Ho entered its twelfth day on Thursday.\n\n"
        "On Wednesday, prosecutors questioned Ho about comments she made on her “Radio Talk”"
        " program, where she said: “We just want to be heard.”\n"
    )
    assert [(s.speaker, s.kind, s.text) for s in find_statements(text)] == [
        ("Anna Ho", "direct", "We just want to be heard.")
    ]


def test_individuals_speak_as_one_group() -> None:
    body = (
        "The king raised the tycoon’s case at the summit, according to three individuals briefed"
        " on the talks.\n"
    )
    assert _said(body) == [
        ("three individuals", "reported", "The king raised the tycoon’s case at the summit")
    ]


def test_a_role_introduced_by_its_own_words_is_not_the_unnamed_source_last_speaking() -> None:
    body = (
        "The king raised the case at the summit, according to three individuals briefed on the"
        " talks and a Norland trade official.\n"
        "The deal was not signed, one source said.\n"
        "The king spent five minutes on it, the person added.\n"
        "“We are still talking,” the trade official confirmed.\n"
    )
    assert _said(body)[1:] == [
        ("source", "reported", "The deal was not signed"),
        ("source", "reported", "The king spent five minutes on it"),
        ("trade official", "direct", "We are still talking,"),
    ]


def test_those_on_board_speak_as_one_group() -> None:
    body = (
        "Warships stopped five boats of the convoy on Monday.\n"
        "Those on board said that they heard loud bangs near the boats.\n"
    )
    assert _said(body) == [("those on board", "reported", "they heard loud bangs near the boats")]
