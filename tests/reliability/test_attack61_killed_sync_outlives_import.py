"""A sync killed outright is still said after an import has run and ended (attack61): the
two kept one note, the import's end removed it, and the sync left half done was said by no
command, though no sync had run since."""

from __future__ import annotations

import random
from functools import partial
from pathlib import Path

from tests.cli_runner import run_main
from tests.reliability.test_attack60_killed_sync_said import KILLED_AT
from tests.reliability.test_kill_sync import (
    DIPLOTUI,
    annotate,
    kill_after_writes,
    killed,
    make_pair,
    sync,
    watched_places,
)
from tests.sharing import SharedCopies, git_identity, shared_copies

__all__ = ["git_identity", "shared_copies"]  # fixtures: an autouse one, and the copies


def test_a_killed_sync_is_said_after_an_import_ends(shared_copies: SharedCopies, tmp_path: Path):
    shared_copies.copy(make_pair, tmp_path)
    mai, bob = tmp_path / "mai.json", tmp_path / "bob.json"
    rng = random.Random(61)
    annotate(mai, 5, rng, "mai's")
    annotate(bob, 5, rng, "bob's")
    sync(bob, "bob")
    where, writes = KILLED_AT
    aim = partial(kill_after_writes, place=watched_places(mai)[where], writes=writes)
    assert killed([*DIPLOTUI, "--db", str(mai), "sync", "--author", "mai"], aim)
    talks = tmp_path / "talks.txt"
    talks.write_text("Talks resume\n\nThe ministers met in Doha and agreed to meet again.\n")

    imported = run_main("--db", str(mai), "import", str(talks))
    assert imported.returncode == 0, imported.stderr
    listed = run_main("--db", str(mai), "list")
    assert listed.returncode == 0
    [said] = listed.stderr.splitlines()
    assert said.startswith(f"diplotui: `diplotui --db {mai} sync` (process ")
    assert said.endswith("was killed before it finished: the store is whole, with what it "
                         "stored; run it again for the rest")  # fmt: skip
