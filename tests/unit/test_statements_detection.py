"""Statements found or refused in frames the held-out rounds 32-39 missed or misread
(tests/statements_dev/SOURCES: classes of error, invented names)."""

from __future__ import annotations

from diplotui.statements import find_statements

TITLE = "A headline that is not read\n"


def found(body: str) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.kind, s.text) for s in find_statements(TITLE + body)]


def test_a_negated_verb_of_saying_says_nothing() -> None:
    body = (
        "The ministry did not say when the note was sent. Tomas Vela declined to say who"
        " would attend.\nThe ministry said the note was sent on Monday.\n"
    )
    assert found(body) == [("ministry", "reported", "the note was sent on Monday")]
