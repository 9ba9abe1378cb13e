"""The reading's cheap searches of session 48 (stspeed48a): the reporter's clauses that open
with ", " are one pattern the engine scans for by that literal; the dashed rest (" – a move "),
searched only where " a move " stands, would have had it try every phrase at every space. A
numbered military unit's number is searched for, its country read back before it (an optional
country first had the engine try the pattern at every character)."""

from __future__ import annotations

import re

import pytest

from diplotui.statements.finder import (
    _DASHED_REPORTER_CLAUSE,
    _REPORTER_PHRASES,
    _numbered_units,
)
from tests.unit.statements_said import said

_HEADLINE = "Talks go on\n\n"  # the first line of a bare text is its headline


def test_every_dashed_reporter_clause_holds_a_move() -> None:
    """``_emit`` searches ``_DASHED_REPORTER_CLAUSE`` only where " a move " stands."""
    dashed = [phrase for phrase in _REPORTER_PHRASES if not phrase.startswith(", ")]
    assert dashed
    for phrase in dashed:
        assert " a move " in phrase, phrase
        assert _DASHED_REPORTER_CLAUSE.search(f"X said Y{phrase}Z") is not None


def test_the_first_reporter_clause_ends_the_statement_whichever_pattern_finds_it() -> None:
    dashed_first = (
        "Foreign Minister Ana Ruiz announced new sanctions – a move seen as a step to talks,"
        " though no date was set."
    )
    assert said(_HEADLINE + dashed_first) == [("reported", "Ana Ruiz", "new sanctions")]
    comma_first = (
        "Foreign Minister Ana Ruiz announced new sanctions, though no date was set – a move"
        " seen as a step to talks."
    )
    assert said(_HEADLINE + comma_first) == [("reported", "Ana Ruiz", "new sanctions")]


_OLD_NUMBERED_UNIT = re.compile(  # session 47's pattern: the country optional before the number
    r"(?:(?:U\.S\.|US|U\.K\.|UK) )?\d{1,3}(?:st|nd|rd|th) (?:[A-Z][a-z]+ ){0,2}"
    r"(?:Fleet|Army|Corps|Division|Brigade|Regiment|Battalion)\b"
)


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. 7th Fleet said, and the UK 3rd Division, and 1st Army said.",
        "US 1234th Fleet, U.K. 12th Pacific Naval Brigade and U.S.7th Army",
        "UK 8th Army US 9th Corps",
        "a 2nd Regiment in the U.S. 101st Airborne Division",
    ],
)
def test_numbered_units_as_the_pattern_with_the_optional_country_found_them(text: str) -> None:
    """The number is searched for and the country read back before it: the same mentions."""
    found = [(s.start, s.end, s.text) for s in _numbered_units(text, [])]
    assert found == [(m.start(), m.end(), m.group()) for m in _OLD_NUMBERED_UNIT.finditer(text)]
    assert found
