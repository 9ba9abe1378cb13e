"""``diplotui`` without a command where standard input is no terminal (a script, cron, a
pipe) started the app anyway (attack64): it drew into the void and waited for keys that
never came, holding the store's lock against every later command until killed. It is
refused in one line, exit 1, the store as it was and free."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.cli_runner import run_main

REFUSED = (
    "diplotui: the app reads its keys from a terminal, and standard input is not one (a script, "
    "a pipe?): it did not start; give a command to run without it (diplotui --help lists them)"
)


def _app_without_a_terminal(db: Path, *more: str) -> subprocess.CompletedProcess[str]:
    """``diplotui --db DB`` as a script starts it, standard input no terminal (before the
    fix it ran on: the timeout fails the test rather than hanging it)."""
    return subprocess.run(
        [sys.executable, "-m", "diplotui", "--db", str(db), *more],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=30,
    )


def test_the_app_without_a_terminal_is_refused_in_one_line(tmp_path: Path):
    db = tmp_path / "lib.json"
    assert run_main("--db", str(db), "--create", "list").returncode == 0
    held = db.read_bytes()
    done = _app_without_a_terminal(db)
    assert done.returncode == 1, done.stderr
    assert done.stderr.strip() == REFUSED and done.stdout == ""
    assert db.read_bytes() == held


def test_the_store_stays_free_for_the_next_command(tmp_path: Path):
    db = tmp_path / "lib.json"
    assert run_main("--db", str(db), "--create", "list").returncode == 0
    assert _app_without_a_terminal(db).returncode == 1
    assert run_main("--db", str(db), "tag", "49636c1dda0e", "asean").returncode == 0
