"""Fixtures shared by the reliability tests."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli_runner import run_main
from tests.reliability.workload import HOLDER, seed
from tests.tui.helpers import keep_every_notice


@pytest.fixture(autouse=True)
def every_notice_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """The reliability tests that start the app read every notice it raised
    (``tests.tui.helpers.notices_said``), as the UI tests do: one notice shows at a time."""
    keep_every_notice(monkeypatch)


@pytest.fixture
def held_store(tmp_path: Path) -> Iterator[tuple[Path, int]]:
    """A seeded store whose write lock another real process holds (path, holder pid)."""
    path = tmp_path / "library.json"
    seed(path)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
    yield path, holder.pid
    holder.communicate("\n", timeout=10)


@pytest.fixture
def two_names(tmp_path: Path) -> tuple[Path, Path, str]:
    """A seeded store in ``first/`` and a hard link to its file in ``second/``."""
    first, second = tmp_path / "first" / "library.json", tmp_path / "second" / "library.json"
    first.parent.mkdir()
    second.parent.mkdir()
    article_id = seed(first)[0]
    second.hardlink_to(first)
    return first, second, article_id


@pytest.fixture
def other_process() -> Iterator[int]:
    """A live process that is no diplotui work: the pid a killed command's note names."""
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        yield other.pid
    finally:
        other.kill()
        other.wait()


@pytest.fixture
def empty_library(tmp_path: Path) -> Path:
    """A store made by a first command (its seeds imported), closed again."""
    db = tmp_path / "lib.json"
    assert run_main("--db", str(db), "--create", "list").returncode == 0
    return db
