"""Errors of rounds 598-599 that recur across outlets (stfix117, session 55: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_the_opposition_speaks_as_a_group() -> None:
    text = "Terms\n\nThe opposition argues that the charter limits presidents to two terms.\n"
    assert _said(text) == [
        ("reported", "opposition", "the charter limits presidents to two terms"),
    ]
