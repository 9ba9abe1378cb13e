"""SIGKILL the real app in a terminal in the middle of an in-app import (issue 12.12).

The import runs in the app's worker while the app keeps its list snapshot current. After each
kill the store must parse, hold no fewer articles than before, and the snapshot beside it may
lag behind the store but never show an article the store does not hold; the next start opens
the store for writing at once.
"""

from __future__ import annotations

import json
import random
import time
from pathlib import Path

import pytest

from diplotui.library.snapshot import load_snapshot, snapshot_path
from diplotui.store import Store, load_store_json
from tests.reliability.terminal import Terminal, needs_tmux, terminal
from tests.reliability.test_app_kill import kill, seed

__all__ = ["terminal"]  # the fixture, used by name

pytestmark = [needs_tmux, pytest.mark.slow]

FILES = 3000
KILL_RUNS = 4


def make_files(folder: Path) -> None:
    folder.mkdir()
    for n in range(FILES):
        (folder / f"round-{n:04d}.txt").write_text(
            f"Talks round {n}\n\nThe ministers met in Hanoi for round {n} and agreed to meet "
            "again next month.\n",
            encoding="utf-8",
        )


def start_writable(terminal: Terminal, path: Path) -> int:
    terminal.start_app(path)
    screen = terminal.wait_for("Open  / Search")  # the list is painted and has the focus
    assert "read-only" not in screen and "already open" not in screen, screen
    return terminal.pid()


def stored_ids(path: Path) -> set[str]:
    load_store_json(path)  # parses the whole file as the app would; fails on any corruption
    with Store.open(path, read_only=True) as store:
        return {article.id for article in store.articles()}


def test_app_killed_during_an_import_keeps_store_and_snapshot_consistent(
    tmp_path: Path, terminal: Terminal
) -> None:
    path = tmp_path / "library.json"
    seed(path)
    folder = tmp_path / "incoming"
    make_files(folder)
    rng = random.Random(5)
    committed = stored_ids(path)
    mid_import = current_snapshots = 0
    for _ in range(KILL_RUNS):
        pid = start_writable(terminal, path)
        terminal.keys("I")
        terminal.wait_for("tab completes")
        terminal.keys("-l", str(folder))
        terminal.keys("Enter")
        time.sleep(rng.uniform(0.3, 3.0))
        kill(terminal, pid)
        after = stored_ids(path)
        assert committed <= after, "an import killed midway lost articles stored before it"
        mid_import += len(after) < FILES + 1
        committed = after
        snapshot = load_snapshot(path)  # None unless taken of the store exactly as it is
        if snapshot is not None:
            current_snapshots += 1
            assert set(snapshot.ids) == committed
        if snapshot_path(path).exists():  # a stale one shows an earlier committed store
            kept = json.loads(snapshot_path(path).read_bytes())
            assert set(kept["ids"].split()) <= committed, "the snapshot shows uncommitted articles"
        if len(committed) >= FILES + 1:
            break
    assert mid_import >= 1, "no kill landed inside the import"
    start_writable(terminal, path)  # the next start paints and takes the write lock at once
    print(f"\n{mid_import} kills mid-import, {current_snapshots} current snapshots checked")
