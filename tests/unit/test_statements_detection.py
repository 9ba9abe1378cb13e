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


def test_a_quotation_a_naming_verb_frames_is_its_subjects_however_short() -> None:
    body = (
        'President Ana Quiroga rejected the claims, calling them a "grave obstacle" to ties.\n'
        'Lisbon has criticised the plan, branding the talks as "rival dialogue".\n'
        "Ortega wrote to Tomas Vela, who this week called Managua an “awkward neighbour.”\n"
        'Envoy Rui Sal expressed concern over the siege, accusing the army of a "hunger war".\n'
    )
    assert found(body) == [
        ("Ana Quiroga", "direct", "grave obstacle"),
        ("Lisbon", "direct", "rival dialogue"),
        ("Tomas Vela", "direct", "awkward neighbour."),
        ("Rui Sal", "reported", "concern over the siege"),
        ("Rui Sal", "direct", "hunger war"),
    ]
