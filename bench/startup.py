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
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

BARE_APP = """
from textual.app import App
from textual.widgets import Label

class Bare(App):
    def compose(self):
        yield Label("bare-textual-floor")

Bare().run()
"""


def cpu_seconds(pid: int) -> float:
    """The CPU time (user + system, every thread) process ``pid`` has used so far (Linux):
    in nanoseconds from each thread's ``schedstat`` where the kernel keeps it (``stat``
    counts 10 ms ticks, too coarse to tell two ~250 ms start-ups apart), else from ``stat``."""
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
        return (
            sum(
                int(Path(f"/proc/{pid}/task/{task}/schedstat").read_text().split()[0])
                for task in tasks
            )
            / 1e9
        )
    except (OSError, ValueError, IndexError):
        pass
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def time_to_text(
    argv: Sequence[str],
    needle: str,
    env: dict[str, str],
    timeout: float = 30.0,
    then: tuple[str, str] | None = None,
) -> tuple[float, float | None, float]:
    """Seconds from spawning ``argv`` in a 120x40 pty until ``needle`` is written to it; with
    ``then=(key, answer)``, the key is typed as soon as ``needle`` shows, and the second figure
    is the time from spawning until ``answer`` shows (when the app has handled a key). The
    third is the CPU time the process had used when ``needle`` showed (what a busy machine
    does not inflate)."""
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
    painted: float | None = None
    cpu = float("nan")
    try:
        while time.perf_counter() - started < timeout:
            ready, _, _ = select.select([master], [], [], 0.01)
            if ready:
                try:
                    seen += os.read(master, 65536)
                except OSError:
                    break
                if painted is None and target in seen:
                    painted = time.perf_counter() - started
                    cpu = cpu_seconds(child.pid)
                    if then is None:
                        return painted, None, cpu
                    os.write(master, then[0].encode())
                    target, seen = then[1].encode(), b""
                elif painted is not None and target in seen:
                    return painted, time.perf_counter() - started, cpu
            if child.poll() is not None:
                break
        raise RuntimeError(f"{target!r} not painted; output tail: {seen[-400:]!r}")
    finally:
        os.killpg(child.pid, signal.SIGKILL)
        child.wait()
        os.close(master)


Candidate = tuple[Sequence[str], str, tuple[str, str] | None]
"""The command, the text that shows it painted, and optionally a key and the text answering it."""


def compare(
    runs: int,
    candidates: dict[str, Candidate],
    env: dict[str, str],
    prepare: Mapping[str, Callable[[], object]] | None = None,
) -> dict[str, tuple[float, float | None, float]]:
    """Alternate the candidates ``runs`` times each; medians (seconds) of painted, answered
    and the CPU time used until painted.
    ``prepare`` names what to do, unmeasured, before each run of a candidate (e.g. another
    process writing to its store)."""
    painted: dict[str, list[float]] = {name: [] for name in candidates}
    answered: dict[str, list[float]] = {name: [] for name in candidates}
    cpu: dict[str, list[float]] = {name: [] for name in candidates}
    prepare = prepare or {}
    for name, (argv, needle, then) in candidates.items():
        if name in prepare:
            prepare[name]()
        time_to_text(argv, needle, env, then=then)  # unmeasured: writes bytecode caches
    for _ in range(runs):
        for name, (argv, needle, then) in candidates.items():
            if name in prepare:
                prepare[name]()
            paint, answer, used = time_to_text(argv, needle, env, then=then)
            painted[name].append(paint)
            cpu[name].append(used)
            if answer is not None:
                answered[name].append(answer)
    return {
        name: (
            statistics.median(painted[name]),
            statistics.median(answered[name]) if answered[name] else None,
            statistics.median(cpu[name]),
        )
        for name in candidates
    }


def bare_app_command(workdir: Path) -> list[str]:
    script = workdir / "bare_app.py"
    script.write_text(BARE_APP)
    return [sys.executable, str(script)]


def terminal_env() -> dict[str, str]:
    env = dict(os.environ)
    env.update({"TERM": "xterm-256color", "COLUMNS": "120", "LINES": "40"})
    env.pop("CI", None)
    # As on a user's machine, modules run from cached bytecode: a run must not recompile them.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env
