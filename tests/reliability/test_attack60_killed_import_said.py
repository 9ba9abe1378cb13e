"""An import killed outright (``kill -9``: no handler runs) is said by the next command
(attack60). A Ctrl-C said what it left; a SIGKILL halfway through a folder left the store
whole and the work half done, and no command ever said so: ``list`` showed 102 articles of
the 1,002, as if the import had been of those."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

from diplotui.store import journal_path

FILES = 250  # three batches of the import's 100
BATCHES_BEFORE_THE_KILL = 1


def _diplotui(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "diplotui", "--db", str(db), *args],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip


def _commits(db: Path) -> int:
    """The store's journal lines: one a batch of articles committed."""
    return journal_path(db).read_bytes().count(b"\n")


def test_an_import_killed_midway_is_said_by_the_next_command_until_run_again(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(FILES):
        (folder / f"talks{n:04d}.txt").write_text(
            f"Talks round {n}\n\nThe ministers met for round {n} and agreed to meet again.\n",
            encoding="utf-8",
        )
    db = tmp_path / "lib.json"
    assert _diplotui(db, "--create", "list").returncode == 0
    wanted = _commits(db) + BATCHES_BEFORE_THE_KILL
    importing = subprocess.Popen(
        [sys.executable, "-m", "diplotui", "--db", str(db), "import", str(folder)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 120
    while _commits(db) < wanted and importing.poll() is None:
        assert time.monotonic() < deadline, "the import stored nothing in two minutes"
        time.sleep(0.01)
    importing.send_signal(signal.SIGKILL)
    assert importing.wait() == -signal.SIGKILL

    listed = _diplotui(db, "list", "--json")
    assert listed.returncode == 0
    stored = len(json.loads(listed.stdout)) - 2  # the bundled articles aside
    assert 0 < stored < FILES
    [said] = listed.stderr.splitlines()
    assert said.startswith(f"diplotui: `diplotui --db {db} import {folder}` (process ")
    assert said.endswith(
        "was killed before it finished: the store is whole, with what it stored; run it again "
        "for the rest"
    )
    doctor = _diplotui(db, "doctor")
    assert f"readable, {stored + 2} articles" in doctor.stdout + doctor.stderr

    again = _diplotui(db, "import", str(folder))
    assert again.returncode == 0, again.stderr
    assert again.stderr.splitlines()[-1] == (f"{FILES - stored} imported, {stored} duplicate")
    after = _diplotui(db, "list", "--json")
    assert after.stderr == "" and len(json.loads(after.stdout)) == FILES + 2
