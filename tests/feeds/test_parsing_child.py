"""The child process a refresh parses in ends when the process it works for is killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.test_cli_library import cli
from tests.feeds.server import FeedServer

pytestmark = pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads /proc")

ROOT = Path(__file__).resolve().parents[2]
GONE_WITHIN = 60.0
"""How long a killed refresh's child may take to notice (a deadline for a loaded machine,
not a measure: it notices within a second)."""

APP_WORKER = """
import os, sys, threading, time
from diplotui.feeds.workers import extraction_executor

threading.Thread(target=threading.Event().wait, daemon=True).start()  # as the app has
executor = extraction_executor(True)
print(executor.submit(os.getpid).result(), flush=True)
time.sleep(600)
"""


def children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found.extend(int(child) for child in (task / "children").read_text().split())
    return found


def running(pid: int) -> bool:
    """Whether ``pid`` still runs (a zombie nobody reaped has ended)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def wait_until_gone(pids: list[int]) -> list[int]:
    deadline = time.monotonic() + GONE_WITHIN
    while time.monotonic() < deadline and any(running(pid) for pid in pids):
        time.sleep(0.05)
    return [pid for pid in pids if running(pid)]


@pytest.fixture
def leftovers() -> Iterator[list[int]]:
    """Children a failing test found still running, ended after it."""
    pids: list[int] = []
    yield pids
    for pid in pids:
        if running(pid):
            os.kill(pid, signal.SIGKILL)


def test_a_killed_refresh_leaves_no_parsing_process_behind(
    tmp_path: Path, server: FeedServer, leftovers: list[int]
):
    """``diplotui refresh`` killed (SIGKILL, a crash, an OOM kill) left its parsing child
    waiting for work for ever, 50 MB each: it holds both ends of its own pipes, so it never
    saw its parent go. Six killed refreshes were six such processes until a reboot."""
    db = str(tmp_path / "lib.json")
    assert cli("--db", db, "feed", "add", server.url("/rss2.xml")).returncode == 0
    asked = server.hits["/rss2.xml"]
    release = threading.Event()
    server.routes["/rss2.xml"] = lambda request: release.wait(GONE_WITHIN)
    command = [sys.executable, "-m", "diplotui", "--db", db, "refresh", "--force"]
    refresh = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + GONE_WITHIN
        while server.hits["/rss2.xml"] == asked and time.monotonic() < deadline:
            time.sleep(0.02)
        assert server.hits["/rss2.xml"] > asked, "the refresh asked for its feed"
        leftovers.extend(children(refresh.pid))
        assert leftovers, "the refresh forked its parsing child at once"
    finally:
        refresh.send_signal(signal.SIGKILL)
        refresh.wait()
        release.set()
    assert wait_until_gone(leftovers) == []


def test_the_apps_parsing_process_ends_when_the_app_is_killed(leftovers: list[int]):
    """The app's child comes from a server process (which waited for the child, as the child
    waited for it): the child, the server and the resource tracker end with the app."""
    command = [sys.executable, "-c", APP_WORKER]
    app = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert app.stdout is not None
        leftovers.append(int(app.stdout.readline()))
        leftovers.extend(children(app.pid))  # its server process and resource tracker
    finally:
        app.send_signal(signal.SIGKILL)
        app.wait()
    assert wait_until_gone(leftovers) == []
