"""A ``diplotui sync`` killed outright (``kill -9``) is said by the next command (attack60):
the next sync finished its work, but until it ran no command said a sync was left half done
(a ``list`` showed the store as if the sync had never begun)."""

from __future__ import annotations

import random
import subprocess
import sys
from functools import partial
from pathlib import Path

from tests.cli_runner import run_main
from tests.reliability.test_kill_sync import (
    DIPLOTUI,
    annotate,
    highlights,
    kill_after_writes,
    killed,
    make_pair,
    sync,
    watched_places,
)
from tests.sharing import SharedCopies, git_identity, shared_copies

__all__ = ["git_identity", "shared_copies"]  # fixtures: an autouse one, and the copies

KILLED_AT = ("journal", 1)  # inside the store's write of the merge: test_kill_sync's KILL_AIMS


def killed_sync(shared_copies: SharedCopies, tmp_path: Path, seed: int, each: int) -> Path:
    """mai's store, after a sync with bob (each holding ``each`` highlights of their own)
    was killed inside its write; bob's store beside it, ``bob.json``."""
    shared_copies.copy(make_pair, tmp_path)
    mai, bob = tmp_path / "mai.json", tmp_path / "bob.json"
    rng = random.Random(seed)
    annotate(mai, each, rng, "mai's")
    annotate(bob, each, rng, "bob's")
    sync(bob, "bob")
    where, writes = KILLED_AT
    aim = partial(kill_after_writes, place=watched_places(mai)[where], writes=writes)
    assert killed([*DIPLOTUI, "--db", str(mai), "sync", "--author", "mai"], aim)
    return mai


def assert_killed_sync_said(mai: Path) -> None:
    """The next command says the sync was killed, and that the store is whole."""
    listed = run_main("--db", str(mai), "list")
    assert listed.returncode == 0
    [said] = listed.stderr.splitlines()
    assert said.startswith(f"diplotui: `diplotui --db {mai} sync` (process ")
    assert said.endswith("was killed before it finished: the store is whole, with what it "
                         "stored; run it again for the rest")  # fmt: skip


def test_a_sync_killed_while_it_writes_is_said_until_a_sync_ends(
    shared_copies: SharedCopies, tmp_path: Path
):
    mai = killed_sync(shared_copies, tmp_path, 60, 20)
    assert_killed_sync_said(mai)

    again = subprocess.run(
        [sys.executable, "-m", "diplotui", "--db", str(mai), "sync", "--author", "mai"],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert again.returncode == 0, again.stderr
    assert run_main("--db", str(mai), "list").stderr == ""
    bob = tmp_path / "bob.json"
    sync(bob, "bob")
    assert highlights(mai) == highlights(bob) and len(highlights(mai)) == 40
