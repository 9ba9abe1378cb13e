"""SIGKILL the real app in a terminal in the middle of an in-app import (issue 12.12), after
a few of its batches were written.

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
from diplotui.store import Store, journal_path, load_store_json
from tests.reliability.terminal import Terminal, needs_tmux, terminal
from tests.reliability.test_app_kill import kill, seed

__all__ = ["terminal"]  # the fixture, used by name

pytestmark = [needs_tmux, pytest.mark.slow]

FILES = 3000
KILL_RUNS = 3  # the first kill, and kills of imports that find earlier ones' articles stored
MOST_BATCHES_BEFORE_KILL = 4  # of 30 (100 files each): three runs never import them all


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


def journal_size(path: Path) -> int | None:
    try:
        return journal_path(path).stat().st_size
    except FileNotFoundError:
        return None


def wait_for_batches(path: Path, size: int | None, batches: int) -> None:
    """Until the store's journal has been seen to change ``batches`` times from ``size`` (each
    batch of files is one write): a kill that follows lands inside the import however fast or
    loaded the machine is, where a delay in seconds could come before it began or after its
    end."""
    seen = 0
    deadline = time.monotonic() + 60
    while seen < batches:
        assert time.monotonic() < deadline, f"the import wrote {seen} batches, not {batches}"
        now = journal_size(path)
        seen += now != size
        size = now
        time.sleep(0.0005)


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
        journal = journal_size(path)
        terminal.keys("Enter")
        wait_for_batches(path, journal, rng.randint(1, MOST_BATCHES_BEFORE_KILL))
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
    assert mid_import == KILL_RUNS, "every kill landed inside the import"
    start_writable(terminal, path)  # the next start paints and takes the write lock at once
    print(f"\n{mid_import} kills mid-import, {current_snapshots} current snapshots checked")
