"""A batch written without its fsync (the app's refresh, on the UI thread): made durable by
``Store.sync`` from another thread, or by the next write before it appends, or by closing."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from diplotui.model import Article
from diplotui.store import Store, journal_path, text_hash
from diplotui.store import storage as storage_module


def add(store: Store, n: int) -> Article:
    text = f"Article {n}: the ministers met and agreed on a statement."
    article = Article(id=store.new_article_id(text_hash(text)), title=f"T{n}", text_hash="")
    return store.add_article(article, text)


@pytest.fixture
def store(tmp_path: Path, monkeypatch) -> Iterator[Store]:
    monkeypatch.setattr(storage_module, "COMPACT_ON_CLOSE_BELOW_BYTES", 0)  # keep the journal
    with Store.open(tmp_path / "library.json") as opened:
        yield opened


@pytest.fixture
def journal_syncs(store: Store, monkeypatch) -> list[int]:
    """The journal's size at each of its fsyncs (other files' are left out)."""
    sizes: list[int] = []
    fsync = os.fsync
    journal = journal_path(store.path)

    def recorded(fd: int) -> None:
        fsync(fd)
        if os.fstat(fd).st_ino == os.stat(journal).st_ino:
            sizes.append(os.fstat(fd).st_size)

    monkeypatch.setattr(os, "fsync", recorded)
    return sizes


def test_a_batch_without_sync_is_written_and_synced_by_another_thread(
    store: Store, journal_syncs: list[int]
):
    journal = journal_path(store.path)
    with store.batch(sync=False):
        article = add(store, 1)
    written = journal.stat().st_size
    assert journal_syncs == []  # the writing thread did not wait for the disk
    with Store.open(store.path, read_only=True) as reader:  # but the line is in the journal
        assert reader.article(article.id).title == "T1"
    syncer = threading.Thread(target=store.sync)
    syncer.start()
    syncer.join()
    assert journal_syncs == [written]
    store.sync()  # nothing left to sync: no second fsync
    assert journal_syncs == [written]


def test_the_next_write_syncs_an_unsynced_line_before_appending(
    store: Store, journal_syncs: list[int]
):
    journal = journal_path(store.path)
    with store.batch(sync=False):
        add(store, 1)
    unsynced = journal.stat().st_size
    add(store, 2)  # an ordinary durable write: the line before goes to disk first
    assert journal_syncs == [unsynced, journal.stat().st_size]


def test_closing_syncs_an_unsynced_line(store: Store, journal_syncs: list[int]):
    with store.batch(sync=False):
        add(store, 1)
    size = journal_path(store.path).stat().st_size
    store.close()
    assert journal_syncs == [size]
