"""The real ``diplotui`` command in a real terminal (tmux), for the app-side reliability tests.

Each test gets its own tmux server (its own socket), so tests running side by side, or the e2e
tests' server, are never disturbed; the server is killed when the test ends.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

CONSOLE_SCRIPT = Path(sys.executable).with_name("diplotui")
WIDTH, HEIGHT = 120, 40
SIZE_CHECKS = 500  # 5 s: an app started at another size then shows it on its screen

needs_tmux = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


class Terminal:
    """One tmux server; ``start`` runs a command in a fresh 120x40 session."""

    def __init__(self, socket: str) -> None:
        self.socket = socket
        self.session = ""
        self.count = 0

    def tmux(self, *args: str) -> str:
        return subprocess.run(
            ["tmux", "-L", self.socket, *args], capture_output=True, text=True, check=False
        ).stdout

    def start(self, command: str) -> None:
        """Run ``command`` in a new session once the pane has its size, read from the terminal.

        The pane's shell starts with ``COLUMNS=80 LINES=24`` in its environment, which an app
        takes before the terminal's own size (Python's ``shutil.get_terminal_size``): the app
        drew at 80x24. A half second's sleep first let the shell set them again from the
        terminal (0.5 s every start); now they are left out, once the terminal says 40 rows of
        120 (asked at most ``SIZE_CHECKS`` times, 10 ms apart: tmux may size a pane late)."""
        self.count += 1
        self.session = f"s{self.count}"
        sized = f"[ \"$(stty size)\" = '{HEIGHT} {WIDTH}' ]"
        wait = f"n=0; until {sized} || [ $n -ge {SIZE_CHECKS} ]; do n=$((n+1)); sleep 0.01; done"
        self.tmux(
            "new-session", "-d", "-s", self.session, "-x", str(WIDTH), "-y", str(HEIGHT),
            f"{wait}; unset COLUMNS LINES; exec {command}",
        )  # fmt: skip

    def start_app(self, store: Path, *args: str) -> None:
        """The real app, replacing the pane's shell, so the pane's pid is the app's pid."""
        self.start(" ".join([str(CONSOLE_SCRIPT), "--db", str(store), *args]))

    def pid(self) -> int:
        return int(self.tmux("display", "-p", "-t", self.session, "#{pane_pid}").strip())

    def keys(self, *keys: str) -> None:
        self.tmux("send-keys", "-t", self.session, *keys)

    def screen(self, escapes: bool = False) -> str:
        return self.tmux("capture-pane", "-p", *(["-e"] if escapes else []), "-t", self.session)

    def wait_for(self, *needles: str, timeout: float = 60.0) -> str:
        """The screen once it shows every needle; fails with the screen if it never does."""
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if all(needle in screen for needle in needles):
                return screen
            time.sleep(0.05)
        raise AssertionError(f"{needles!r} never appeared; the screen was:\n{screen}")

    def alive(self) -> bool:
        return self.session in self.tmux("list-sessions", "-F", "#{session_name}").split()


@pytest.fixture
def terminal() -> Iterator[Terminal]:
    term = Terminal(f"diplotui-rel-{os.getpid()}-{time.monotonic_ns()}")
    try:
        yield term
    finally:
        term.tmux("kill-server")
