"""The reading's cheap tests of session 47 (stspeed47b): the reporter's-clause pattern is
searched only where the statement holds ", " or " a move ", which each of its phrases holds,
the unlisted participles only where "ing" follows the comma, titles' stops only where a full
stop stands, and a reported statement's closing mark only where it holds a quotation mark."""

from __future__ import annotations

import re

from diplotui.statements import lexicon as lx
from diplotui.statements.finder import (
    _DASHED_REPORTER_CLAUSE,
    _REPORTER_CLAUSE,
    _TITLE_STOP,
    _UNLISTED_PARTICIPLE,
    _WITHOUT_DETAILS,
)
from tests.unit.statements_said import said


def test_every_reporter_clause_holds_what_the_cheap_test_looks_for() -> None:
    phrases = lx.REPORTER_CLAUSES + _WITHOUT_DETAILS
    assert phrases
    for phrase in phrases:
        assert ", " in phrase or " a move " in phrase, phrase
        pattern = _REPORTER_CLAUSE if phrase.startswith(", ") else _DASHED_REPORTER_CLAUSE
        assert pattern.search(f"X said Y{phrase}Z") is not None


_HEADLINE = "Talks go on\n\n"  # the first line of a bare text is its headline


def test_reporter_clause_still_ends_the_statement() -> None:
    text = "Foreign Minister Ana Ruiz said the talks were useful, though no date was set."
    assert said(_HEADLINE + text) == [("reported", "Ana Ruiz", "the talks were useful")]


def test_a_move_dashed_still_ends_the_statement() -> None:
    text = "Foreign Minister Ana Ruiz announced new sanctions – a move seen as a step to talks."
    assert said(_HEADLINE + text) == [("reported", "Ana Ruiz", "new sanctions")]


def test_a_statement_without_a_comma_is_not_cut() -> None:
    text = "Foreign Minister Ana Ruiz said the talks were useful and that a date was set."
    assert said(_HEADLINE + text) == [
        ("reported", "Ana Ruiz", "the talks were useful and that a date was set")
    ]


def test_quotation_closed_past_its_mark_still() -> None:
    text = (
        "Foreign Minister Ana Ruiz said Iran is a “neighbouring country,” adding that talks"
        " would go on."
    )
    assert said(_HEADLINE + text) == [
        ("reported", "Ana Ruiz", "Iran is a “neighbouring country,”"),
        ("reported", "Ana Ruiz", "talks would go on"),
    ]


def test_every_unlisted_participle_holds_ing() -> None:
    """``_emit`` searches ``_UNLISTED_PARTICIPLE`` only where "ing" follows the comma."""
    pattern = _UNLISTED_PARTICIPLE.pattern
    group = re.search(r"\(\?:([a-z?|]+)\)\\b", pattern)  # the participles' alternation
    assert group is not None
    participles = group.group(1).split("|")
    assert len(participles) > 15
    assert all(participle.endswith("ing") for participle in participles), participles
    others = pattern[group.end() :].split("|")  # the alternatives after it: ", demanding"
    # and the audience's reaction (", gathering loud applause"), each holding "ing" too
    assert [other for other in others if other.startswith(",")] == [
        ", demanding(?= (?:that",
        ", expressing\\b",  # whatever its object (stfix153)
        ", (?:gathering",
    ]
    for participle in ("calling", "labelling", "referencing", "demanding"):
        assert _UNLISTED_PARTICIPLE.search(f"X said Y, {participle} that Z") is not None


def test_a_title_stop_is_a_full_stop() -> None:
    """``_attribution_after`` strips titles' stops only where a full stop stands."""
    assert "\\." in _TITLE_STOP.pattern
    assert _TITLE_STOP.sub("", "said Dr. Ruiz") == "said  Ruiz"
