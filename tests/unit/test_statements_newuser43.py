"""Finder errors a new user met in articles on the 2025 Thailand-Cambodia ceasefire talks
(newuser43, session 43: Green Bangla, Arise, Inquirer, LINE TODAY), as classes; invented
sentences and names, never the articles' text."""

from __future__ import annotations

from diplotui.statements import find_statements


def _roles(text: str) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.role, s.text) for s in find_statements(text)]


def test_a_lowercase_acting_before_the_title_stays_in_the_role() -> None:
    text = "Talks\n\nThai acting Prime Minister Somchai Rattana said the border would close.\n"
    assert _roles(text) == [
        ("Somchai Rattana", "Thai acting Prime Minister", "the border would close")
    ]


def test_acting_before_the_nationality_stays_in_the_role() -> None:
    text = "Talks\n\nActing Thai Prime Minister Somchai Rattana said the border would close.\n"
    assert _roles(text) == [
        ("Somchai Rattana", "Acting Thai Prime Minister", "the border would close")
    ]


def test_an_acting_leaders_nationality_is_read_so_another_countrys_official_is_not_him() -> None:
    """The nationality before "acting" was lost, so "A Malaysian official said" took the
    words of the next person quoted, the Thai acting prime minister."""
    text = (
        "Talks\n\n"
        "Thai acting Prime Minister Somchai Rattana and Cambodian Prime Minister Vann Sokha met"
        " in Putrajaya on Monday. A Malaysian official said the envoys of both powers attended"
        " the meeting. However, Thai acting Prime Minister Somchai told reporters before"
        " leaving: “We do not trust them.”\n"
    )
    assert [(speaker, role) for speaker, role, _ in _roles(text)] == [
        ("Malaysian official", "Malaysian official"),
        ("Somchai Rattana", "Thai acting Prime Minister"),
    ]


def test_a_dateline_in_capitals_before_a_colon_is_not_the_speakers_words() -> None:
    """Malaysian papers open a lede "KUALA LUMPUR: ...": the place was quoted as said."""
    text = (
        "Talks\n\n"
        "KUALA LUMPUR: Norland will keep talking to both sides, says Prime Minister Amir"
        " Kassim.\n"
    )
    assert _roles(text) == [
        ("Amir Kassim", "Prime Minister", "Norland will keep talking to both sides")
    ]
