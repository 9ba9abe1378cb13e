"""Statements and speakers the held-out rounds 144-151 missed or misread
(tests/statements_dev/SOURCES: classes of error, invented sentences and names)."""

from __future__ import annotations

from diplotui.model import EntitySpan
from diplotui.statements import find_statements


def spanned(text: str, persons: list[str]) -> list[EntitySpan]:
    """PERSON spans for ``persons``, each found after the one before."""
    spans, at = [], 0
    for name in persons:
        at = text.index(name, at)
        spans.append(EntitySpan(at, at + len(name), "PERSON", name))
        at += len(name)
    return spans


def test_it_after_a_semicolon_is_the_one_body_speaking_before() -> None:
    text = (
        "Ministers meet\n\n"
        "The ministers of the bloc met in Oslo on Monday.\n\n"
        "The Conference reaffirmed its support for the treaty; It stressed the need for more"
        " aid to the region.\n\n"
        "The Conference condemned the attacks. It urged calm along the border.\n"
    )
    assert [(s.speaker, s.text) for s in find_statements(text, [])] == [
        ("Conference", "its support for the treaty"),
        ("Conference", "the need for more aid to the region"),
        ("Conference", "calm along the border"),
    ]
