"""Rotating backups: taken on writable open when the file changed, atomic, a few kept."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from diplotui.model import Article
from diplotui.store import Store, backups, text_hash
from diplotui.store.backups import BACKUPS_KEPT, backup_files, keep_backup


def tag_once(path: Path, tag: str) -> None:
    with Store.open(path) as store:
        if store.is_new:
            store.add_article(Article(id="0000000000a1", title="t", text_hash=""), "body")
        article = store.articles()[0]
        article.tags = [tag]
        store.save_article(article)


def test_backup_taken_on_open_only_when_the_file_changed(tmp_path: Path):
    path = tmp_path / "library.json"
    tag_once(path, "one")
    assert backup_files(path) == []  # there was no file to back up yet
    tag_once(path, "two")
    first = backup_files(path)
    assert len(first) == 1
    Store.open(path).close()
    Store.open(path, read_only=True).close()
    assert len(backup_files(path)) == 2  # the "two" state, once
    Store.open(path).close()
    assert len(backup_files(path)) == 2
    assert backup_files(path)[0].read_bytes() == path.read_bytes()


def test_only_the_newest_are_kept(tmp_path: Path):
    path = tmp_path / "library.json"
    for n in range(BACKUPS_KEPT + 4):
        tag_once(path, f"t{n}")
    kept = backup_files(path)
    assert len(kept) == BACKUPS_KEPT
    assert kept == sorted(kept, reverse=True)
    assert b"t7" in kept[0].read_bytes()


def test_identical_bytes_are_not_saved_twice(tmp_path: Path):
    path = tmp_path / "library.json"
    assert keep_backup(path, b"{}") is not None
    assert keep_backup(path, b"{}") is None
    assert keep_backup(path, b'{"a": {}}') is not None
    assert text_hash("x")  # the module stays importable beside backup (no import cycle)


def test_a_first_backup_a_full_disk_refuses_leaves_no_folder(tmp_path: Path, monkeypatch):
    """A refresh stopped by a full disk left an empty backups folder beside the store: its
    writable open made it for a first backup that could not be written (left44)."""

    def full(target: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(target))

    monkeypatch.setattr(backups, "atomic_write_bytes", full)
    path = tmp_path / "library.json"
    path.write_text("{}")
    with pytest.raises(OSError, match="No space left"):  # said by the store's open (attack57)
        keep_backup(path, b"{}")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["library.json"]
