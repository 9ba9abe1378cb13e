"""A store another process holds: the refusal names what that process runs, where the system
says (Linux's /proc), not its pid alone: "already open in process 4242 (diplotui's app)",
so the user knows which window to close, and an import knows the app's `I` takes its files."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.reliability.workload import HOLDER, seed

DIPLOTUI = [sys.executable, "-m", "diplotui"]


@pytest.fixture(params=[(), ("import", "in/")], ids=["app", "import"])
def held_by_diplotui(request, tmp_path: Path) -> Iterator[tuple[Path, int, str]]:
    """A store held by a process whose command line is the app's or an import's (the
    holder's own code, its arguments as ``diplotui`` would be given them)."""
    path = tmp_path / "library.json"
    seed(path)
    argv = [*DIPLOTUI[:1], "-c", HOLDER, str(path), "-m", "diplotui", "--db", str(path)]
    holder = subprocess.Popen(
        [*argv, *request.param], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
    what = "diplotui import" if request.param else "diplotui's app"
    yield path, holder.pid, what
    holder.communicate("\n", timeout=10)


@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="no /proc to ask")
def test_a_held_store_names_what_its_holder_runs(held_by_diplotui, tmp_path: Path):
    path, pid, what = held_by_diplotui
    article = tmp_path / "talks.txt"
    article.write_text("Border talks\n\nThe ministers met in Hanoi on Tuesday.\n")
    done = subprocess.run(
        [*DIPLOTUI, "--db", str(path), "import", str(article)],
        capture_output=True, text=True, timeout=30, check=False,
    )  # fmt: skip
    assert done.returncode == 1
    [line] = done.stderr.splitlines()
    assert f"already open in process {pid} ({what}); close it first (nothing was written)" in line
    sure = what == "diplotui's app"
    assert line.endswith(
        "; its `I` imports the files there"
        if sure
        else "; if that is diplotui's app, its `I` imports the files there"
    ), line
