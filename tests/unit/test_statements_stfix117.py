"""Errors of rounds 598-599 that recur across outlets (stfix117, session 55: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_the_opposition_speaks_as_a_group() -> None:
    text = "Terms\n\nThe opposition argues that the charter limits presidents to two terms.\n"
    assert _said(text) == [
        ("reported", "opposition", "the charter limits presidents to two terms"),
    ]


def test_an_unlisted_present_before_a_bare_given_name_attributes_a_quotation() -> None:
    text = (
        "Vote\n\n"
        '"I did not vote, my candidate is excluded," laments Ivo, a student in the old town.\n'
    )
    assert _said(text) == [("direct", "Ivo", "I did not vote, my candidate is excluded,")]
