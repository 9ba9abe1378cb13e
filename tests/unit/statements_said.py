"""What the finder says of a text, as the statement tests assert it: one shared reading, so
each rule's test names its sentences and expected triples, not its own copy of the helper."""

from __future__ import annotations

from diplotui.statements import find_statements


def said(text: str) -> list[tuple[str, str, str]]:
    """Each statement found in ``text`` as (kind, speaker, words)."""
    return [(s.kind, s.speaker, s.text) for s in find_statements(text)]
