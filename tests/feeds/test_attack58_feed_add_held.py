"""attack58: ``feed add`` and ``add`` fetched their addresses (a failing host three times,
with its pauses) before they found the store held by another process and stored nothing: the
refusal now comes first, before any request."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli_runner import run_main
from tests.feeds.server import FeedServer
from tests.reliability.workload import HOLDER, seed


@pytest.fixture
def held(tmp_path: Path) -> Iterator[tuple[Path, int]]:
    path = tmp_path / "library.json"
    seed(path)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
    yield path, holder.pid
    holder.communicate("\n", timeout=10)


@pytest.mark.parametrize(
    ("argv", "address"), [(("feed", "add"), "/rss2.xml"), (("add",), "/article-summit.html")]
)
def test_a_held_store_is_said_before_any_request(
    held: tuple[Path, int], server: FeedServer, argv: tuple[str, ...], address: str
):
    path, pid = held
    result = run_main("--db", str(path), *argv, server.url(address))
    assert result.returncode == 1
    [line] = result.stderr.splitlines()
    assert f"{path}: already open in process {pid}" in line
    assert "nothing was written" in line
    assert result.stdout == ""
    assert sum(server.hits.values()) == 0
