"""Highlights made and read, for the tests of listings and exports read in parts."""

from __future__ import annotations

import pytest

from diplotui.anchoring import new_highlight
from diplotui.model import Highlight
from diplotui.store import Store, text_hash


def highlights_read_in_parts(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The article ids of each ``Store.highlights_in`` call from now on (filled as they come),
    every highlight read at once (``Store.highlights``) refused: a listing of 250,000 held
    them all."""
    asked: list[list[str]] = []
    reads = Store.highlights_in

    def counted(store: Store, article_ids: list[str]) -> list[Highlight]:
        asked.append(list(article_ids))
        return reads(store, article_ids)

    def refused(store: Store, article_id: str | None = None) -> list[Highlight]:
        raise AssertionError("every highlight read at once")

    monkeypatch.setattr(Store, "highlights_in", counted)
    monkeypatch.setattr(Store, "highlights", refused)
    return asked


def highlight_of(texts: dict[str, str], title: str, words: str, **fields: object) -> Highlight:
    """A new highlight of ``words`` in the text of ``texts[title]``, the article whose id is
    its text's hash cut to twelve characters."""
    text = texts[title]
    start = text.index(words)
    return new_highlight(text_hash(text)[:12], text, start, start + len(words), **fields)  # type: ignore[arg-type]
