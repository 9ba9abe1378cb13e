"""The subordinate test's cheap start (stspeed47d): a clause mark right before a mention, or
before its space, starts the mention's clause, so no search back over the line is made. The
marks it reads are exactly those ``_clause_start`` ends a clause at."""

from __future__ import annotations

import string

from diplotui.statements.subjects import _NOT_COMMA_MARKS, _clause_start
from tests.unit.statements_said import said


def test_the_cheap_starts_marks_are_the_clause_marks() -> None:
    for char in string.printable + "”“’\u00a0":
        for text in (f"ab{char}X", f"ab{char} X"):
            ends_clause = _clause_start(text, len(text) - 1) in (3, 4)
            assert ends_clause == (char in _NOT_COMMA_MARKS or char == ","), repr(text)


def test_he_is_the_main_subject_when_the_subordinate_subject_follows_its_comma() -> None:
    text = (
        "Patrols\n\n"
        "Tunde Okafor greeted the crew when the Consul General of Peru to Nigeria,"
        " Luis Vega visited the base.\n"
        "He said the visit would help both navies.\n"
        "Okafor thanked the crew when the Consul General of Peru to Nigeria,Luis Vega left.\n"
        "He said the navies would meet again.\n"
    )
    assert said(text) == [
        ("reported", "Tunde Okafor", "the visit would help both navies"),
        ("reported", "Tunde Okafor", "the navies would meet again"),
    ]
