"""Doctor: explains each kind of broken store and restores without deleting anything."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplotui.doctor import diagnose, restore_newest_backup
from diplotui.model import Article
from diplotui.store import SCHEMA_VERSION, Store, StoreError


@pytest.fixture
def path(tmp_path: Path) -> Path:
    path = tmp_path / "library.json"
    with Store.open(path) as store:
        store.add_article(Article(id="0000000000a1", title="t", text_hash=""), "body")
    Store.open(path).close()  # takes the first backup
    return path


def messages(path: Path) -> str:
    return "\n".join(f.message for f in diagnose(path).findings)


def test_healthy_store(path: Path):
    diagnosis = diagnose(path)
    assert diagnosis.healthy and diagnosis.readable
    assert "1 good backup" in messages(path)


@pytest.mark.parametrize(
    "content, reason",
    [
        (b'{"articles": {', "invalid JSON"),
        (b"", "empty"),
        (b"\x00" * 10, "NUL"),
        (b'{"articles": []}', "malformed"),
        (json.dumps({"meta": {"1": {"schema": SCHEMA_VERSION + 1}}}).encode(), "newer"),
    ],
)
def test_broken_store_is_explained_then_restored(path: Path, content: bytes, reason: str):
    path.write_bytes(content)
    diagnosis = diagnose(path)
    assert not diagnosis.healthy
    assert reason in messages(path)
    assert "doctor --restore" in messages(path)
    assert path.read_bytes() == content
    restored = restore_newest_backup(path)
    assert restored.broken_copy.read_bytes() == content
    assert diagnose(path).healthy
    with Store.open(path, read_only=True) as store:
        assert store.article("0000000000a1").title == "t"


def test_missing_bodies_and_lock_holder_are_reported(path: Path):
    for body in path.with_name("library.json.bodies").rglob("*.txt"):
        body.unlink()
    with Store.open(path):
        text = messages(path)
    assert "1 article text(s) missing" in text
    assert "open for writing in process" in text
    assert not diagnose(path).healthy


def test_restore_refuses_a_readable_store_and_a_store_without_backups(path: Path, tmp_path: Path):
    with pytest.raises(StoreError, match="readable"):
        restore_newest_backup(path)
    lonely = tmp_path / "lonely.json"
    lonely.write_bytes(b"{")
    with pytest.raises(StoreError, match="no good backup"):
        restore_newest_backup(lonely)
    assert lonely.read_bytes() == b"{"
