"""A cache's long row, and a helper's long answer, is read an item at a time: one
``json.loads`` of the 30 MB row of an article holding 185,000 statements held the interpreter
lock for a second, the UI frozen while the Statements view's worker read the cache."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from diplotui.ingest import seed_if_empty
from diplotui.library import text_cache
from diplotui.library.statement_cache import StatementCache
from diplotui.store import Store

SHORT = 200  # bytes: the seeds' rows and answers are longer


@contextmanager
def loads_watched(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """The lengths ``json.loads`` is given meanwhile, rows from ``SHORT`` bytes long read in
    pieces."""
    monkeypatch.setattr(text_cache, "LONG_ROW", SHORT)
    loads = json.loads
    lengths: list[int] = []

    def watched(row: Any, **kwargs: Any) -> Any:
        lengths.append(len(row))
        return loads(row, **kwargs)

    monkeypatch.setattr(json, "loads", watched)
    try:
        yield lengths
    finally:
        monkeypatch.setattr(json, "loads", loads)


def _filled(store: Store, save: bool = True) -> StatementCache:
    seed_if_empty(store)
    filled = StatementCache.load(store)
    filled.fill(store, store.articles(), save=save)
    return filled


def test_a_long_row_reads_back_the_same_without_one_loads_of_it(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(store_path) as store:
        filled = _filled(store)
        with loads_watched(monkeypatch) as lengths:
            read = StatementCache.load(store)
        for article in store.articles():
            found = read.statements(article)
            assert found and found == filled.statements(article)
    assert lengths and max(lengths) <= SHORT


def test_a_helpers_long_answer_reads_the_same_without_one_loads_of_it(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(store_path) as store:
        filled = _filled(store, save=False)
        helped = StatementCache(filled.path.with_name("elsewhere.json"), filled.version, [])
        articles = store.articles()
        with loads_watched(monkeypatch) as lengths:
            assert helped.fill_in_process(store, articles) == len(articles)
        for article in articles:
            assert helped.statements(article) == filled.statements(article)
    assert all(length <= SHORT for length in lengths), lengths


ROWS = [
    b"[]",
    b"[ ]",
    b"[1]",
    b'[1, [2, "x"] , {"a": 3}]',
    b" [[[]], [[1, [2]]]]\n",
    b"{}",
    b"3",
    b'{"spans": [[1, 2]], "done": true}',
    b'{"a": {"b": [1]}, "c": []}',
]
LONE_SURROGATE = '["words \ud800 kept"]'.encode("utf-8", "surrogatepass")  # inert.utf8_kept


@pytest.mark.parametrize("row", [*ROWS, LONE_SURROGATE])
@pytest.mark.parametrize("depth", [0, 1, 3])
def test_a_row_read_in_pieces_is_the_json_it_holds(
    row: bytes, depth: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(text_cache, "LONG_ROW", 0)
    assert text_cache.decoded_in_pieces(row, depth) == json.loads(row)


@pytest.mark.parametrize(
    "row",
    [
        b"[1,]",
        b"[1 2]",
        b"[1] x",
        b"[",
        b"[,1]",
        b"[1]]",
        b"[[1,]]",
        b'{"a": 1,}',
        b'{"a" 1}',
        b"{1: 2}",
    ],
)
def test_a_malformed_row_read_in_pieces_is_refused(
    row: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(text_cache, "LONG_ROW", 0)
    with pytest.raises((ValueError, IndexError)):
        text_cache.decoded_in_pieces(row, depth=3)
