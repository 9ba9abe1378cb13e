"""Errors of held-out rounds 236-239 that recur across outlets (stfix33, session 31: classes
of error, not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements


def _said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in find_statements(text)]


def test_a_surname_in_capitals_first_names_one_person_however_titled() -> None:
    text = (
        "Japan–Norland Foreign Ministers’ Meeting\n\n"
        "On May 3, KATO Hiroshi, Minister for Foreign Affairs of Japan, held a meeting with"
        " Ivo Marsh, Foreign Minister of Norland.\n\n"
        "Minister Marsh welcomed the visit.\n\n"
        "In response, Minister KATO stated that he is pleased to meet again. Furthermore, he"
        " stated that trade is also important.\n"
    )
    assert _said(text) == [
        ("KATO Hiroshi", "he is pleased to meet again"),
        ("KATO Hiroshi", "trade is also important"),
    ]


def test_an_infinitive_after_the_verb_is_the_content_not_the_fronted_phrase() -> None:
    text = (
        "Ministers meet\n\n"
        "Foreign Minister Ivo Marsh met Foreign Minister Dan Crane on Monday.\n\n"
        "Regarding the trade field, the two Ministers affirmed to continue promoting trade"
        " between the two countries.\n"
    )
    assert _said(text) == [
        ("two Ministers", "to continue promoting trade between the two countries"),
    ]


def test_has_since_urged_is_a_statement_and_its_infinitive_keeps_its_relative_clause() -> None:
    text = (
        "Envoy meets staff\n\n"
        "Foreign Minister Ivo Marsh has told the embassy staff in Paris that ties are good. He"
        " has since urged them not to behave in any way that might harm those ties.\n"
    )
    assert _said(text) == [
        ("Ivo Marsh", "ties are good"),
        ("Ivo Marsh", "them not to behave in any way that might harm those ties"),
    ]


def test_acknowledging_the_points_raised_by_someone_says_nothing() -> None:
    text = (
        "Talks\n\n"
        "Foreign Minister Ivo Marsh met adviser Dan Crane on Monday. Crane acknowledged the"
        " points raised by Marsh, reaffirming his support for closer ties.\n"
    )
    assert _said(text) == [("Dan Crane", "his support for closer ties")]


def test_issues_raised_by_someone_that_go_on_into_a_clause_are_content() -> None:
    text = (
        "Talks\n\n"
        "Foreign Minister Ivo Marsh met adviser Dan Crane on Monday. Crane stressed the issues"
        " raised by Marsh must be solved.\n"
    )
    assert _said(text) == [("Dan Crane", "the issues raised by Marsh must be solved")]


def test_a_presidency_relays_the_president_and_he_then_speaks_for_himself() -> None:
    text = (
        "Talks in the capital\n\n"
        "Foreign Minister Ivo Marsh met President Dan Crane on Monday.\n\n"
        "In a statement released by the Norland presidency, it said that the President noted"
        " that “the region faces many challenges.” He added that this must be done “within"
        " the framework of mutual respect.”\n"
    )
    assert [speaker for speaker, _ in _said(text)] == ["Norland presidency", "Dan Crane"]


def test_a_quotation_closing_before_according_to_is_the_sources_report() -> None:
    text = (
        "Talks in the capital\n\n"
        "Foreign Minister Ivo Marsh met Prime Minister Dan Crane on Monday.\n\n"
        "Marsh later met with Crane, during which the premier “stressed the importance of"
        " trade between the two countries,” according to the PM’s office.\n"
    )
    found = [(s.speaker, s.kind, s.text) for s in find_statements(text)]
    assert found == [
        (
            "PM’s office",
            "reported",
            "Marsh later met with Crane, during which the premier “stressed the importance of"
            " trade between the two countries,”",
        )
    ]


def test_declaring_martial_law_or_war_is_an_act_not_a_statement() -> None:
    text = (
        "Talks\n\n"
        "It was the first meeting since President Ivo Marsh declared martial law. Marsh"
        " declared war on corruption last year. He declared that martial law is over.\n"
    )
    assert _said(text) == [("Ivo Marsh", "martial law is over")]


def test_a_presidents_own_presidency_relays_his_words() -> None:
    text = (
        "Talks in the capital\n\n"
        "The Norland President, Ivo Marsh, confirmed on Monday that ties are good, according"
        " to a press statement issued by the Norland Presidency.\n\n"
        "According to the press statement, Marsh emphasized Norland’s eagerness to trade.\n\n"
        "Foreign Minister Dan Crane said trade grew, according to the Norland Presidency.\n"
    )
    assert [speaker for speaker, _ in _said(text)] == [
        "Ivo Marsh",
        "Ivo Marsh",
        "Norland Presidency",
    ]
