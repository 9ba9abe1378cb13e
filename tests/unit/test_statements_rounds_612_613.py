"""Classes of error found on rounds 612-613 (issue 17, stfix123): each recurs in other outlets'
text, shown here on invented sentences and names."""

from __future__ import annotations

from diplotui.statements import find_statements


def _said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in find_statements("Norland news\n\n" + text + "\n")]


def test_students_speak_as_a_group() -> None:
    text = (
        "The rector met the dean on Monday. “We will not give up,” the students said. "
        "The march went on. The police were slow to come, the students stated."
    )
    assert _said(text) == [
        ("students", "We will not give up,"),
        ("students", "The police were slow to come"),
    ]
