"""The reading's cheap searches of session 48 (stspeed48a): the reporter's clauses that open
with ", " are one pattern the engine scans for by that literal; the dashed rest (" – a move "),
searched only where " a move " stands, would have had it try every phrase at every space."""

from __future__ import annotations

from diplotui.statements.finder import _DASHED_REPORTER_CLAUSE, _REPORTER_PHRASES
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
