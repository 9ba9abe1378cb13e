"""Fixtures shared by the reliability tests."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.reliability.workload import HOLDER, seed


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
