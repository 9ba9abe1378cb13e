"""A hang-up whose graceful end never comes still ends the process.

With its terminal gone, Textual's shutdown can block for ever on output nobody reads (its
writer thread's queue full): a test's app left running after its tmux server was killed held
its store's lock, so every later start of that library was read-only.
"""

from __future__ import annotations

import signal
import subprocess
import sys

CHILD = """
import asyncio, os, queue, signal
from diplotui.tui import launch

launch.HANG_UP_GRACE_S = 0.5
launch._end_on_hangup(object())


async def main():
    os.kill(os.getpid(), signal.SIGHUP)  # its handler runs before the next line
    stuck = queue.Queue(maxsize=1)
    stuck.put(None)
    stuck.put(None)  # as Textual's driver closing on a full writer queue: never returns


asyncio.run(main())
"""


def test_an_app_stuck_after_a_hang_up_ends_with_the_signals_status() -> None:
    child = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, timeout=30)
    assert child.returncode == 128 + signal.SIGHUP, child.stderr.decode()
