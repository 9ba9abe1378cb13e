"""attack58: a first run killed while it stored its seeds left the store file made and its
journal not, or both and no seed: the next ``diplotui list`` showed an empty library, said to
be "a copy made without its journal" or silent, and the app never seeded the first; a kill
between the seeds and the note that they were stored brought them back once removed. A store
made for a first run now notes in its file that it awaits its seeds, the seeds and the note
that they were stored are one write, and a read finishes a first run cut short as the app
does. Each instant of a real first run (each of its fsyncs) is tried with a SIGKILL."""

from __future__ import annotations

import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from diplotui.store import Store, journal_path
from diplotui.tui.launch import open_for_app
from tests.cli_runner import run_main

KILLED_AT_FSYNC = """
import os, signal, sys
wanted, done = int(sys.argv[1]), [0]
sync = os.fsync
def fsync(fd):
    sync(fd)
    done[0] += 1
    if done[0] == wanted:
        os.kill(os.getpid(), signal.SIGKILL)
os.fsync = fsync
from diplotui.cli.main import main
main(["--db", sys.argv[2], "list"])
"""
SEEDS = 2


def _first_run_killed(path: Path, instant: int) -> bool:
    """A first ``diplotui list`` killed at its ``instant``-th fsync; False when it ended
    before (the instant is past its end)."""
    run = subprocess.run(
        [sys.executable, "-c", KILLED_AT_FSYNC, str(instant), str(path)],
        capture_output=True, timeout=60, check=False,
    )  # fmt: skip
    return run.returncode == -signal.SIGKILL


def _listed(output: str) -> list[str]:
    return [line.split()[0] for line in output.splitlines()]


@pytest.mark.slow
def test_a_first_run_killed_at_any_instant_is_finished_or_whole_at_the_next_start(
    tmp_path: Path,
):
    finished = whole = 0
    for instant in range(1, 100):
        path = tmp_path / str(instant) / "library.json"
        path.parent.mkdir()
        if not _first_run_killed(path, instant):
            break
        result = run_main("--db", str(path), "list")
        assert result.returncode == 0, (instant, result.stderr)
        assert len(_listed(result.stdout)) == SEEDS, (instant, result.stdout)
        said = [line for line in result.stderr.splitlines() if "first run" in line]
        assert result.stderr.splitlines() == said, (instant, result.stderr)  # no other notice
        finished += bool(said)
        whole += not said
        # stored with the note that they were: removed, they stay removed
        assert run_main("--db", str(path), "rm", *_listed(result.stdout)).returncode == 0
        again = run_main("--db", str(path), "list")
        assert _listed(again.stdout) == [] and "first run" not in again.stderr, instant
        if whole == 2:  # the later instants are a whole library's closing
            break
    assert finished and whole, (finished, whole)  # kills fell before the seeds and after


def _killed_when(tmp_path: Path, left: Callable[[Path], bool]) -> Path:
    """A store whose first run was killed at the first instant that ``left`` it so."""
    for instant in range(1, 100):
        path = tmp_path / str(instant) / "library.json"
        path.parent.mkdir()
        assert _first_run_killed(path, instant), "no instant left the store so"
        if left(path):
            return path
    raise AssertionError("unreachable")


def _file_alone(path: Path) -> bool:
    """The store file made, its journal not."""
    return path.exists() and not journal_path(path).exists()


def _file_without_seeds(path: Path) -> bool:
    """The file and its journal made, no seed stored."""
    if not journal_path(path).exists():
        return False
    with Store.open(path, read_only=True) as store:
        return store.articles() == []


@pytest.mark.parametrize("left", [_file_alone, _file_without_seeds])
def test_the_app_finishes_a_first_run_killed_before_its_seeds_were_stored(
    tmp_path: Path, left: Callable[[Path], bool]
):
    path = _killed_when(tmp_path, left)
    store, said = open_for_app(path, read_only=False)
    try:
        assert len(store.articles()) == SEEDS
        assert [str(line) for line in said] == [
            f"First run: imported {SEEDS} bundled articles into {path}."
        ]
    finally:
        store.close()


@pytest.mark.parametrize("left", [_file_alone, _file_without_seeds])
def test_a_read_finishes_a_first_run_killed_before_its_seeds_were_stored(
    tmp_path: Path, left: Callable[[Path], bool]
):
    path = _killed_when(tmp_path, left)
    result = run_main("--db", str(path), "list")
    assert result.returncode == 0, result.stderr
    assert len(_listed(result.stdout)) == SEEDS
    [line] = result.stderr.splitlines()
    assert line.startswith(f"diplotui: first run: imported {SEEDS} bundled articles into {path}")
