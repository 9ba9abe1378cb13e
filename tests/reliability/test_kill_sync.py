"""SIGKILL ``diplotui sync`` in the middle: before and after its local commit, after the fetch,
before and after it writes the merge into the store, before the push, and while it writes
(inside git's writes of the commit and the fetch, the store's write, the push). Each time the
store opens, holds every local highlight as it was, and the next sync converges with the other
store."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from diplotui.anchoring import new_highlight
from diplotui.share.sync import repository_path
from diplotui.store import Store, journal_path
from tests.cli_runner import run_main
from tests.sharing import (
    SharedCopies,
    add_highlight,
    article_ids,
    git_identity,
    shared_copies,
    shared_pair,
)

__all__ = ["git_identity", "shared_copies"]  # fixtures: an autouse one, and the copies

DIPLOTUI = [sys.executable, "-m", "diplotui.cli.main"]
TEXTS = [f"Paragraph {i} of the communique on fisheries and dams. " * 30 for i in range(12)]
KILLED_AT_A_STEP = """
import os, signal, sys
from pathlib import Path
from diplotui.share import Sync
from diplotui.store import Store

path, when = Path(sys.argv[1]), sys.argv[2]
updating = [False]

def die():
    os.kill(os.getpid(), signal.SIGKILL)

def progress(step):
    if step == when:
        die()
    updating.append(step == "updating the store")

def on_store(work):
    done = work()
    if when == "after the store write" and updating[-1]:  # the merge's one write
        die()
    return done

with Store.open(path) as store:
    Sync(store, "mai", on_store=on_store, progress=progress).run()
"""
STEPS = [
    "committing",  # before anything: nothing committed
    "fetching",  # the local commit made, nothing fetched
    "merging",  # fetched, nothing merged
    "updating the store",  # merged in memory, the store not written
    "after the store write",  # the merge written into the store, not committed
    "sending",  # the merge committed, not pushed
]
KILL_AIMS = [  # where a write is watched for, and how many are seen before the kill
    ("repository", 1),  # inside the local commit (git fast-import)
    ("repository", 4),  # further into git's writes: the commit's end, the fetch
    ("journal", 1),  # inside the store's write of the merge
    ("remote", 1),  # inside the push
    ("journal", 2),  # the store's later writes (authors, stamps)
]


def annotate(path: Path, count: int, rng: random.Random, note: str) -> None:
    with Store.open(path) as store, store.batch():
        ids = sorted(store.article_ids())
        for _ in range(count):
            article_id = rng.choice(ids)
            text = store.article_text(article_id)
            start = rng.randrange(len(text) - 40)
            store.save_highlight(new_highlight(article_id, text, start, start + 30, note=note))


def highlights(path: Path) -> dict[str, dict[str, Any]]:
    """Every highlight the store holds, as a user sees it (the author a sync adds aside)."""
    with Store.open(path, read_only=True) as store:
        return {
            h.id: {k: v for k, v in h.to_dict().items() if k != "author"}
            for h in store.highlights()
        }


def sync(path: Path, author: str) -> None:
    """``diplotui sync`` run to its end, in this process: only the killed syncs need one of
    their own, and a child interpreter costs ~0.25 s of CPU per sync."""
    done = run_main("--db", str(path), "sync", "--author", author)
    assert done.returncode == 0, done.stdout + done.stderr


def folder_size(folder: Path) -> tuple[int, int]:
    """(entries, bytes) under ``folder``: git's writes of objects, packs and refs change it.
    Walked with ``os.walk``, which passes over a folder git removes while it is read (its
    incoming objects' temporary folder): ``rglob`` raised FileNotFoundError there."""
    sizes = []
    for parent, _folders, files in os.walk(folder):
        for name in files:
            try:
                sizes.append(os.stat(os.path.join(parent, name)).st_size)
            except FileNotFoundError:  # a lock or temporary file git has just renamed
                continue
    return len(sizes), sum(sizes)


def watched_places(mai: Path) -> dict[str, Callable[[], object]]:
    """What a sync of mai's store writes, each read as a value that changes with every write."""

    def journal() -> object:
        try:
            return journal_path(mai).stat().st_size
        except FileNotFoundError:
            return None

    return {
        "repository": lambda: folder_size(repository_path(mai)),
        "journal": journal,
        "remote": lambda: folder_size(mai.parent / "desk.git"),
    }


def kill_after_writes(
    child: subprocess.Popen[bytes], place: Callable[[], object], writes: int
) -> bool:
    """SIGKILL ``child`` once ``place`` has been seen to change ``writes`` times; False if it
    ended first. Aimed by count, the kill lands inside that write however fast or loaded the
    machine is (a delay in seconds fell after the end of most syncs)."""
    seen, value = 0, place()
    deadline = time.monotonic() + 60
    while seen < writes:
        if child.poll() is not None:
            return False
        assert time.monotonic() < deadline, "the sync never wrote there"
        now = place()
        seen += now != value
        value = now
        time.sleep(0.0005)
    child.send_signal(signal.SIGKILL)
    return True


def wait_for_the_group_to_end(leader: int) -> None:
    """The git commands a killed sync had started finish on their own, as they would after a
    real crash; the test goes on once they have, so none of them races the next sync."""
    deadline = time.monotonic() + 60
    while True:
        try:
            os.killpg(leader, 0)
        except ProcessLookupError:
            return
        if not any(state != "Z" for state in group_states(leader)):
            return
        assert time.monotonic() < deadline, "the killed sync's git commands never ended"
        time.sleep(0.005)


def group_states(group: int) -> list[str]:
    """The states of the processes of ``group`` (``/proc``). One that ended but is not yet
    reaped (``Z``) races nothing: orphaned by the kill, it waits for init, which here reaped
    about once a second (1.4 s of the test's wait at most kills)."""
    states = []
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(os.path.join(entry.path, "stat"), encoding="utf-8") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:  # it ended as the folder was read
            continue
        if int(fields[2]) == group:
            states.append(fields[0])
    return states


def killed(command: list[str], aim: Callable[[subprocess.Popen[bytes]], bool] | None) -> bool:
    """Run ``command``, killed by ``aim`` if given; whether the kill came before its end."""
    child = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True
    )
    landed = aim is not None and aim(child)
    _, err = child.communicate(timeout=120)
    wait_for_the_group_to_end(child.pid)
    assert child.returncode in (-signal.SIGKILL, 0), err.decode()
    return landed


def make_pair(folder: Path) -> None:
    shared_pair(folder, TEXTS)


@pytest.fixture
def pair(shared_copies: SharedCopies, tmp_path: Path) -> tuple[Path, Path]:
    """mai's store published, bob's cloned from it (``shared_pair``)."""
    shared_copies.copy(make_pair, tmp_path)
    return tmp_path / "mai.json", tmp_path / "bob.json"


def check_kill_and_rerun(
    mai: Path,
    bob: Path,
    kill: list[str],
    aim: Callable[[subprocess.Popen[bytes]], bool] | None = None,
) -> bool:
    """Whether the kill landed before the command's end; the checks after it either way."""
    before = highlights(mai)
    landed = killed(kill, aim)
    after = highlights(mai)  # the store opens: the lock died with the process
    assert {i: after.get(i) for i in before} == before  # no local highlight lost or changed
    sync(mai, "mai")  # a re-run finishes what the killed one began
    sync(bob, "bob")
    assert highlights(mai) == highlights(bob)
    return landed


@pytest.mark.parametrize("step", STEPS)
def test_a_sync_killed_at_each_step_loses_nothing_and_the_next_converges(pair, step):
    mai, bob = pair
    rng = random.Random(step)
    annotate(mai, 40, rng, "mai's")
    annotate(bob, 40, rng, "bob's")
    sync(bob, "bob")  # mai's sync has bob's highlights to merge
    script = [sys.executable, "-c", KILLED_AT_A_STEP, str(mai), step]
    check_kill_and_rerun(mai, bob, script)
    assert len(highlights(mai)) == 80


@pytest.mark.slow
def test_diplotui_sync_killed_while_it_writes_loses_nothing(pair):
    mai, bob = pair
    rng = random.Random(18)
    places = watched_places(mai)
    landed = 0
    for round_number, (where, writes) in enumerate(KILL_AIMS):
        annotate(mai, 60, rng, f"mai's, round {round_number}")
        annotate(bob, 60, rng, f"bob's, round {round_number}")
        sync(bob, "bob")
        command = [*DIPLOTUI, "--db", str(mai), "sync", "--author", "mai"]
        aim = partial(kill_after_writes, place=places[where], writes=writes)
        landed += check_kill_and_rerun(mai, bob, command, aim)
    assert len(highlights(mai)) == len(KILL_AIMS) * 120
    assert landed == len(KILL_AIMS), "every kill came before the sync's end"


STORE_FILES = ("", ".journal", ".checked")
"""A store's own files, as a backup of it holds them (its texts' folder only grows)."""


def copy_store(store: Path, to: Path) -> None:
    for suffix in STORE_FILES:
        shutil.copy2(store.with_name(store.name + suffix), to / (store.name + suffix))


@pytest.mark.parametrize("step", STEPS)
def test_a_restored_stores_sync_killed_at_each_step_ends_as_if_not_killed(pair, tmp_path, step):
    """mai's store put back from a backup taken after joining: what she made since comes
    back, what she removed since stays removed, and what she made on the backup is sent,
    whichever step of her first sync after it was killed."""
    mai, bob = pair
    ids = article_ids(TEXTS)
    removed = add_highlight(mai, ids[0], "Paragraph 0 of")
    sync(mai, "mai")
    sync(bob, "bob")
    backup = tmp_path / "backup"
    backup.mkdir()
    copy_store(mai, backup)
    made_since = add_highlight(mai, ids[1], "Paragraph 1 of")
    sync(mai, "mai")
    with Store.open(mai) as store:
        store.remove_highlight(removed)
    sync(mai, "mai")
    bobs = add_highlight(bob, ids[2], "Paragraph 2 of")
    sync(bob, "bob")
    for name in STORE_FILES:
        (backup / (mai.name + name)).replace(mai.with_name(mai.name + name))
    on_the_backup = add_highlight(mai, ids[3], "Paragraph 3 of")
    killed([sys.executable, "-c", KILLED_AT_A_STEP, str(mai), step], None)
    assert on_the_backup in highlights(mai)
    sync(mai, "mai")
    sync(bob, "bob")
    assert set(highlights(mai)) == set(highlights(bob)) == {made_since, bobs, on_the_backup}
