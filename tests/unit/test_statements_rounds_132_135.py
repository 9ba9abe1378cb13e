"""Statements and speakers the held-out rounds 132-135 missed or misread
(tests/statements_dev/SOURCES: classes of error, invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements

TITLE = "A headline that is not read\n"


def found(body: str) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.kind, s.text) for s in find_statements(TITLE + body)]


def test_guillemets_quote_as_double_marks_do() -> None:
    body = (
        "President Ana Vila assured that Chile «sees no obstacle» to the talks, as Peru asked.\n"
        "«We are open to a trade deal with Chile,» the President said to reporters.\n"
    )
    assert found(body) == [
        ("Ana Vila", "direct", "sees no obstacle"),
        ("Ana Vila", "direct", "We are open to a trade deal with Chile,"),
    ]
