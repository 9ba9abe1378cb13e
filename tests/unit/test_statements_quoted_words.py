"""Direct quotations and speakers' names the held-out rounds 84-87 missed or misread
(tests/statements_dev/SOURCES: classes of error, invented names)."""

from __future__ import annotations

from diplotui.statements import find_statements

TITLE = "A headline that is not read\n"


def found(body: str) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.kind, s.text) for s in find_statements(TITLE + body)]


def test_a_quotation_after_a_reported_clause_ending_in_a_colon_is_its_speakers() -> None:
    body = (
        "Without naming Erland or Vosk, with whom the bloc is at odds on trade, Ana Quiroga"
        " said that the key to a strong union is unity: “We cannot let this go, least of all"
        " when our shared rules are at stake.”\n"
    )
    assert found(body) == [
        ("Ana Quiroga", "reported", "the key to a strong union is unity"),
        (
            "Ana Quiroga",
            "direct",
            "We cannot let this go, least of all when our shared rules are at stake.",
        ),
    ]
