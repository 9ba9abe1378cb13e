"""Doctor: explains each kind of broken store and restores without deleting anything."""

from __future__ import annotations

import json
import os
import time
from functools import partial
from pathlib import Path

import pytest

from diplotui.doctor import diagnose, restore_newest_backup
from diplotui.model import Article
from diplotui.store import SCHEMA_VERSION, Store, StoreError, TextsAhead, body_path, text_hash
from diplotui.store.files import process_command
from tests.cli_runner import run_main


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
    with pytest.raises(StoreError, match="no backup to restore from"):
        restore_newest_backup(lonely)
    assert lonely.read_bytes() == b"{"


def test_texts_no_article_names_are_reported_and_only_old_ones_removed_on_repair(path: Path):
    """An import stopped by a full disk left its written texts in the body folder with
    nothing naming them, and nothing said so. ``doctor`` counts them; ``--repair`` removes
    those over a day old, never a newer one (a refresh writes its texts before it stores
    their articles, without the lock) nor one a backup's article names (a restore needs it)."""
    with Store.open(path) as store:  # its opening backs up the store with the article in it
        store.delete_article("0000000000a1")
    ahead = TextsAhead(partial(body_path, path))
    ahead.submit(["a text whose import stopped", "a text a refresh is about to store"])
    assert ahead.finish() == []
    stale = body_path(path, text_hash("a text whose import stopped"))
    fresh = body_path(path, text_hash("a text a refresh is about to store"))
    in_backup = body_path(path, text_hash("body"))
    day_old = time.time() - 25 * 3600
    for old in (stale, in_backup):
        os.utime(old, (day_old, day_old))
    reported = run_main("--db", str(path), "doctor")
    assert reported.returncode == 0, reported.stdout
    size = len("a text whose import stopped")
    assert f"1 article text(s) that no article names ({size} bytes" in reported.stdout
    assert "1 article text(s) that no article names, written after the newest backup" in (
        reported.stdout
    )
    assert "doctor --repair" in reported.stdout
    assert stale.exists() and fresh.exists()  # reporting removes nothing
    repaired = run_main("--db", str(path), "doctor", "--repair")
    assert repaired.returncode == 0, repaired.stdout
    assert "repair removed 1 article text(s) that no article named" in repaired.stdout
    assert "kept 1 article text(s) that no article names, written after the newest" in (
        repaired.stdout
    )
    assert not stale.exists() and fresh.exists() and in_backup.exists()


def test_repair_while_the_app_holds_the_store_says_it_was_refused_and_by_whom(
    path: Path, monkeypatch
):
    """``--repair`` with the app open exited 1 after the findings, its refusal easy to take for
    the store's health: one line now says the repair was refused and which process holds it."""
    monkeypatch.setattr("diplotui.cli.doctor.WRITE_LOCK_WAIT_SECONDS", 0.0)
    with Store.open(path):
        repaired = run_main("--db", str(path), "doctor", "--repair")
    assert repaired.returncode == 1
    assert repaired.stderr.splitlines() == [
        f"diplotui: --repair refused: {path}: already open in process {os.getpid()} "
        f"({process_command(os.getpid())}); close it first (nothing was written)"
    ]
    assert run_main("--db", str(path), "doctor", "--repair").stdout.endswith(
        "\nnothing to repair\n"
    )


def test_repair_of_an_unreadable_store_says_it_was_refused(path: Path):
    path.write_bytes(b'{"articles": {')
    repaired = run_main("--db", str(path), "doctor", "--repair", "--put-back")
    assert repaired.returncode == 1 and path.read_bytes() == b'{"articles": {'
    assert repaired.stderr.splitlines() == [
        "diplotui: --repair refused: the store cannot be read, so nothing was changed "
        "(run 'diplotui doctor --restore' to restore the newest good backup)"
    ]
