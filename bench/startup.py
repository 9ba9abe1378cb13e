"""Measure process start to first paint in a pseudo-terminal (shared by start-up benchmarks).

A child runs under a pty of a fixed size; the clock stops when the expected text shows up in
what the child writes to the terminal, which is when a person would see it.
"""

from __future__ import annotations

import os
import pty
import select
import signal
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

BARE_APP = """
from textual.app import App
from textual.widgets import Label

class Bare(App):
    def compose(self):
        yield Label("bare-textual-floor")

Bare().run()
"""


def time_to_text(
    argv: Sequence[str], needle: str, env: dict[str, str], timeout: float = 30.0
) -> float:
    """Seconds from spawning ``argv`` in a 120x40 pty until ``needle`` is written to it."""
    master, slave = pty.openpty()
    os.set_blocking(master, False)
    import fcntl
    import struct
    import termios

    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    started = time.perf_counter()
    child = subprocess.Popen(
        list(argv), stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True
    )
    os.close(slave)
    seen = b""
    target = needle.encode()
    try:
        while time.perf_counter() - started < timeout:
            ready, _, _ = select.select([master], [], [], 0.05)
            if ready:
                try:
                    seen += os.read(master, 65536)
                except OSError:
                    break
                if target in seen:
                    return time.perf_counter() - started
            if child.poll() is not None:
                break
        raise RuntimeError(f"{needle!r} not painted; output tail: {seen[-400:]!r}")
    finally:
        os.killpg(child.pid, signal.SIGKILL)
        child.wait()
        os.close(master)


def compare(
    runs: int, candidates: dict[str, tuple[Sequence[str], str]], env: dict[str, str]
) -> dict[str, float]:
    """Alternate the candidates ``runs`` times each and return their medians (seconds)."""
    samples: dict[str, list[float]] = {name: [] for name in candidates}
    for _ in range(runs):
        for name, (argv, needle) in candidates.items():
            samples[name].append(time_to_text(argv, needle, env))
    return {name: statistics.median(values) for name, values in samples.items()}


def bare_app_command(workdir: Path) -> list[str]:
    script = workdir / "bare_app.py"
    script.write_text(BARE_APP)
    return [sys.executable, str(script)]


def terminal_env() -> dict[str, str]:
    env = dict(os.environ)
    env.update({"TERM": "xterm-256color", "COLUMNS": "120", "LINES": "40"})
    env.pop("CI", None)
    return env
