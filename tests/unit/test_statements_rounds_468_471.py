"""Errors of rounds 468-471 that recur across outlets (stfix88, session 46: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements


def _said(text: str) -> list[tuple[str, str, str]]:
    return [(s.kind, s.speaker, s.text) for s in find_statements(text)]


def test_a_university_provost_is_a_title_not_part_of_the_name() -> None:
    text = (
        "Closure\n\n"
        "Norland State Provost Harwick Ardent said the centre would close. Ardent emphasized"
        " that there had been no problems.\n"
    )
    assert _said(text) == [
        ("reported", "Harwick Ardent", "the centre would close"),
        ("reported", "Harwick Ardent", "there had been no problems"),
    ]

