"""A statement finder (or recogniser) that raises on some texts, as a bug one odd article meets:
the tests of the per-article guards (CLI, app, cache helper, the library's entity index)
simulate it here, at the finder's or recogniser's module, and keep the store real."""

from __future__ import annotations

import pytest


def finder_raises_on(monkeypatch: pytest.MonkeyPatch, words: str = "") -> None:
    """``diplotui.statements.find_statements`` raising ``IndexError`` on every text holding
    ``words`` (every text when ``words`` is empty), finding as ever on the others."""
    import diplotui.statements as statements

    real = statements.find_statements

    def find_statements(text, spans, **options):  # type: ignore[no-untyped-def]
        if words in text:
            raise IndexError("string index out of range")
        return real(text, spans, **options)

    monkeypatch.setattr(statements, "find_statements", find_statements)


def recogniser_raises_on(monkeypatch: pytest.MonkeyPatch, words: str) -> None:
    """``diplotui.entities.recognise`` raising ``RecursionError`` on every text holding
    ``words``, recognising as ever the others."""
    import diplotui.entities as entities

    real = entities.recognise

    def recognise(text, corrections):  # type: ignore[no-untyped-def]
        if words in text:
            raise RecursionError("maximum recursion depth exceeded")
        return real(text, corrections)

    monkeypatch.setattr(entities, "recognise", recognise)
