"""The garbage collector paused while records load, shared safely by every thread.

``gc.disable()`` is one switch for the whole process. Each loader used to note whether it was
on and put it back as found, so two overlapping loads in two threads turned it on under the one
still running, and the app, seeing it off while a worker loaded, took that for the launcher's
start-up pause and froze a half-built library out of collection. Here every pause is counted:
collection comes back when the last holder lets go, and only if it was on before the first.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_holders = 0
_was_enabled = False
_start_up_held = False


def _hold() -> None:
    global _holders, _was_enabled
    with _lock:
        if _holders == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holders += 1


def _let_go() -> None:
    global _holders
    with _lock:
        _holders -= 1
        if _holders == 0 and _was_enabled:
            gc.enable()


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Loading creates ~10 objects per record and no cycles; collecting meanwhile only costs."""
    _hold()
    try:
        yield
    finally:
        _let_go()


def pause_for_start_up() -> None:
    """Start-up allocates hundreds of thousands of long-lived objects and frees nothing:
    the launcher pauses collection until the app has drawn its first frame."""
    global _start_up_held
    with _lock:
        if _start_up_held:
            return
        _start_up_held = True
    _hold()


def resume_after_start_up() -> bool:
    """End the launcher's pause, freezing what start-up made so later collections skip it.
    False, freezing nothing, when the launcher never paused (a load's pause is not its)."""
    global _start_up_held
    with _lock:
        if not _start_up_held:
            return False
        _start_up_held = False
        gc.freeze()
    _let_go()
    return True


def end_start_up_pause() -> None:
    """Let go of the launcher's pause where the app drew no frame (it could not start: a
    store held or unreadable), freezing nothing: ``main`` called in a longer-lived process
    (a test, a script) left collection off for the rest of its life."""
    global _start_up_held
    with _lock:
        if not _start_up_held:
            return
        _start_up_held = False
    _let_go()
