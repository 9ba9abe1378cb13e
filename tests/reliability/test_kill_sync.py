"""SIGKILL ``diplotui sync`` in the middle: before and after its local commit, after the fetch,
before and after it writes the merge into the store, before the push, and at random moments
(inside ``git fast-import``, the store's write, the push). Each time the store opens, holds
every local highlight as it was, and the next sync converges with the other store."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from diplotui.anchoring import new_highlight
from diplotui.store import Store
from tests.cli_runner import run_main
from tests.sharing import SharedCopies, git_identity, shared_copies, shared_pair

__all__ = ["git_identity", "shared_copies"]  # fixtures: an autouse one, and the copies

DIPLOTUI = [sys.executable, "-m", "diplotui.cli.main"]
TEXTS = [f"Paragraph {i} of the communique on fisheries and dams. " * 30 for i in range(12)]
KILLED_AT_A_STEP = """
import os, signal, sys
from pathlib import Path
from diplotui.share import Sync
from diplotui.store import Store

path, when = Path(sys.argv[1]), sys.argv[2]
calls = []

def die():
    os.kill(os.getpid(), signal.SIGKILL)

def progress(step):
    if step == when:
        die()

def on_store(work):
    done = work()
    calls.append(work)
    if when == f"after store call {len(calls)}":
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
    "after store call 2",  # the merge written into the store, not committed
    "sending",  # the merge committed, not pushed
]
RANDOM_KILLS = 5


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


def killed(command: list[str], at: float | None) -> None:
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if at is not None:
        time.sleep(at)
        child.send_signal(signal.SIGKILL)
    _, err = child.communicate(timeout=120)
    assert child.returncode in (-signal.SIGKILL, 0), err.decode()


def make_pair(folder: Path) -> None:
    shared_pair(folder, TEXTS)


@pytest.fixture
def pair(shared_copies: SharedCopies, tmp_path: Path) -> tuple[Path, Path]:
    """mai's store published, bob's cloned from it (``shared_pair``)."""
    shared_copies.copy(make_pair, tmp_path)
    return tmp_path / "mai.json", tmp_path / "bob.json"


def check_kill_and_rerun(mai: Path, bob: Path, kill: list[str], at: float | None) -> None:
    before = highlights(mai)
    killed(kill, at)
    after = highlights(mai)  # the store opens: the lock died with the process
    assert {i: after.get(i) for i in before} == before  # no local highlight lost or changed
    sync(mai, "mai")  # a re-run finishes what the killed one began
    sync(bob, "bob")
    assert highlights(mai) == highlights(bob)


@pytest.mark.parametrize("step", STEPS)
def test_a_sync_killed_at_each_step_loses_nothing_and_the_next_converges(pair, step):
    mai, bob = pair
    rng = random.Random(step)
    annotate(mai, 40, rng, "mai's")
    annotate(bob, 40, rng, "bob's")
    sync(bob, "bob")  # mai's sync has bob's highlights to merge
    script = [sys.executable, "-c", KILLED_AT_A_STEP, str(mai), step]
    check_kill_and_rerun(mai, bob, script, None)
    assert len(highlights(mai)) == 80


@pytest.mark.slow
def test_diplotui_sync_killed_at_random_moments_loses_nothing(pair):
    mai, bob = pair
    rng = random.Random(18)
    for round_number in range(RANDOM_KILLS):
        annotate(mai, 60, rng, f"mai's, round {round_number}")
        annotate(bob, 60, rng, f"bob's, round {round_number}")
        sync(bob, "bob")
        command = [*DIPLOTUI, "--db", str(mai), "sync", "--author", "mai"]
        check_kill_and_rerun(mai, bob, command, rng.uniform(0.5, 3.0))
    assert len(highlights(mai)) == RANDOM_KILLS * 120
