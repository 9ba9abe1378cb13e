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


def test_a_sync_killed_while_it_writes_is_said_until_a_sync_ends(
    shared_copies: SharedCopies, tmp_path: Path
):
    shared_copies.copy(make_pair, tmp_path)
    mai, bob = tmp_path / "mai.json", tmp_path / "bob.json"
    rng = random.Random(60)
    annotate(mai, 20, rng, "mai's")
    annotate(bob, 20, rng, "bob's")
    sync(bob, "bob")
    where, writes = KILLED_AT
    aim = partial(kill_after_writes, place=watched_places(mai)[where], writes=writes)
    assert killed([*DIPLOTUI, "--db", str(mai), "sync", "--author", "mai"], aim)

    listed = run_main("--db", str(mai), "list")
    assert listed.returncode == 0
    [said] = listed.stderr.splitlines()
    assert said.startswith(f"diplotui: `diplotui --db {mai} sync` (process ")
    assert said.endswith("was killed before it finished: the store is whole, with what it "
                         "stored; run it again for the rest")  # fmt: skip

    again = subprocess.run(
        [sys.executable, "-m", "diplotui", "--db", str(mai), "sync", "--author", "mai"],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert again.returncode == 0, again.stderr
    assert run_main("--db", str(mai), "list").stderr == ""
    sync(bob, "bob")
    assert highlights(mai) == highlights(bob) and len(highlights(mai)) == 40
