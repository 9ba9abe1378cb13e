"""Ctrl-C held back while a durable write and its record in the caller's report are one step.

A Ctrl-C landing after a batch was written but before the import's report listed it left the
batch stored and never said (found as duplicates on the next run): the signal is noted while
the step runs and raised as the KeyboardInterrupt it is once the step is done.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


@contextmanager
def interrupt_held() -> Iterator[None]:
    """Run the block whole, then raise KeyboardInterrupt if Ctrl-C came meanwhile. Only the
    main thread receives signals, and only Python's own handler turns one into the exception:
    elsewhere (a worker thread, an app's handler) the block runs as it is."""
    if (
        threading.current_thread() is not threading.main_thread()
        or signal.getsignal(signal.SIGINT) is not signal.default_int_handler
    ):
        yield
        return
    came: list[int] = []

    def note(signum: int, _frame: FrameType | None) -> None:
        came.append(signum)

    signal.signal(signal.SIGINT, note)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    if came:
        raise KeyboardInterrupt
