"""SIGKILL a process in the middle of an import while it keeps its list snapshot current, as
the app does (issue 12.12): the snapshot may lag, but never shows an uncommitted article."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from diplotui.library.snapshot import load_snapshot, snapshot_path
from diplotui.store import Store, journal_path

FILES = 400
KILLS = 5
"""Each kill comes one or two batches (of the import's 20) after its process's start, so all
five stay inside the import."""

# The app's way: the import runs in a worker thread (batches of files), the UI thread takes
# list snapshots meanwhile (view_of, then write_snapshot).
IMPORTING_APP = """
import sys, threading, time
from diplotui.ingest import import_paths
from diplotui.library.snapshot import view_of, write_snapshot
from diplotui.store import Store
store = Store.open(sys.argv[1])
worker = threading.Thread(
    target=import_paths, args=(store, [sys.argv[2]]), kwargs={"batch_size": 20}
)
worker.start()
print("importing", flush=True)
while True:
    view = view_of(store)
    if view is not None:
        write_snapshot(view)
    time.sleep(0.002)
"""


def make_files(folder: Path) -> None:
    folder.mkdir()
    for n in range(FILES):
        (folder / f"article-{n:04d}.txt").write_text(
            f"Talks round {n}\n\nThe ministers met for round {n} and agreed to meet again.\n",
            encoding="utf-8",
        )


def journal_lines(path: Path) -> int:
    return journal_path(path).read_bytes().count(b"\n")


def kill_after_commits(
    process: subprocess.Popen[bytes], path: Path, commits: int, then_wait: float
) -> None:
    """SIGKILL the importing process ``then_wait`` seconds after its journal has grown by
    ``commits`` batches (time for a snapshot of them, or not): a delay chosen in advance
    could fall before its first commit on a loaded machine."""
    wanted = journal_lines(path) + commits
    deadline = time.monotonic() + 60
    while journal_lines(path) < wanted:
        assert time.monotonic() < deadline, "the import committed nothing in a minute"
        time.sleep(0.0005)
    time.sleep(then_wait)
    process.send_signal(signal.SIGKILL)
    process.wait()


def test_a_snapshot_taken_during_an_import_never_shows_uncommitted_articles(tmp_path: Path):
    path = tmp_path / "library.json"
    files = tmp_path / "incoming"
    make_files(files)
    Store.open(path).close()
    rng = random.Random(12)
    current_snapshots = mid_import = 0
    for _ in range(KILLS):
        process = subprocess.Popen(
            [sys.executable, "-c", IMPORTING_APP, str(path), str(files)], stdout=subprocess.PIPE
        )
        assert process.stdout is not None and process.stdout.readline() == b"importing\n"
        kill_after_commits(process, path, rng.randint(1, 2), rng.uniform(0, 0.05))
        with Store.open(path, read_only=True) as store:
            committed = {a.id for a in store.articles()}
        mid_import += 0 < len(committed) < FILES + 2
        snapshot = load_snapshot(path)  # None unless taken of the store exactly as it is
        if snapshot is not None:
            current_snapshots += 1
            assert set(snapshot.ids) == committed
        if snapshot_path(path).exists():  # a stale one showed an earlier committed store:
            kept = json.loads(snapshot_path(path).read_bytes())  # imports only add, so a subset
            assert set(kept["ids"].split()) <= committed
    print(f"\n{current_snapshots} current snapshots checked, {mid_import} kills mid-import")
    assert mid_import == KILLS  # every kill really landed inside the import
