"""Background work behind the app's UI thread for the machine's cores.

When a key arrives while every core is busy, the scheduler shares a core between the UI thread
and whatever else is runnable unless that work runs at a lower priority: then the UI thread
gets a core at once and the work all of an idle one. Child processes lower their own niceness;
a thread of the app's own process can on Linux, where a thread's niceness is its own
(``setpriority`` with a thread id). Elsewhere the work simply runs at the usual priority.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

BACKGROUND_NICENESS = 10
"""How much lower background work runs than the app: at niceness 10 it gets about a tenth of a
core the UI thread also wants, and all of an idle one."""
_LOWEST = 19

T = TypeVar("T")


def lower_this_thread() -> bool:
    """Lower the calling thread's priority by ``BACKGROUND_NICENESS`` (Linux only: elsewhere
    the call would lower the whole process); whether it was lowered. Irreversible without
    privileges, so only for a thread of its own (see :func:`run_behind_ui`)."""
    if not sys.platform.startswith("linux"):
        return False
    thread = threading.get_native_id()
    try:
        niceness = os.getpriority(os.PRIO_PROCESS, thread)
        os.setpriority(os.PRIO_PROCESS, thread, min(_LOWEST, niceness + BACKGROUND_NICENESS))
    except OSError:
        return False
    return True


def run_behind_ui(work: Callable[[], T], name: str = "diplotui-background") -> T:
    """``work()`` in a new thread at a lower priority (threads it starts inherit it), waited
    for; its result, or its exception raised here. A new thread, because a lowered thread
    cannot be raised again without privileges and a pool would hand it other work later."""
    outcome: list[T] = []
    failure: list[BaseException] = []

    def lowered() -> None:
        lower_this_thread()
        try:
            outcome.append(work())
        except BaseException as error:  # handed to the waiting thread
            failure.append(error)

    thread = threading.Thread(target=lowered, name=name, daemon=True)
    thread.start()
    thread.join()
    if failure:
        raise failure[0]
    return outcome[0]


def lower_process(pid: int, lowest: bool = False) -> None:
    """Lower a child process's priority (from its parent, as soon as it is started: its
    interpreter's start-up and imports run behind the UI thread too) by
    ``BACKGROUND_NICENESS``, or with ``lowest`` to the lowest there is: niceness 19 and, on
    Linux, the idle scheduling class. Lowered only, a helper busy on one core still made a
    key's UI thread wait on a run queue (the kernel puts a waking thread on a core it finds
    idle, else shares one); a core running only idle-class work counts as idle, and the UI
    thread takes it at once. For work that may wait for idle cores (a cache)."""
    if hasattr(os, "setpriority"):
        with contextlib.suppress(OSError):
            niceness = os.getpriority(os.PRIO_PROCESS, pid)
            lowered = _LOWEST if lowest else min(_LOWEST, niceness + BACKGROUND_NICENESS)
            os.setpriority(os.PRIO_PROCESS, pid, lowered)
    if lowest and hasattr(os, "SCHED_IDLE"):
        with contextlib.suppress(OSError):
            os.sched_setscheduler(pid, os.SCHED_IDLE, os.sched_param(0))


def apart_from_terminal() -> dict[str, Any]:
    """``subprocess.Popen`` arguments that keep a helper process out of the terminal's
    signals (the app ends it), in a process group of its own but in the app's session.

    A session of its own (``start_new_session``) would, on Linux with autogroups (the
    default on desktops), put the helper in a scheduling group of its own that shares the
    cores equally with the app's whole group whatever its niceness: a helper filling the
    entity cache after ``R`` then took a core from the app's UI thread as if not lowered."""
    if sys.version_info >= (3, 11):
        return {"process_group": 0}
    return {"start_new_session": True}  # Python 3.10: no process_group


class KeyWatch:
    """Whether the UI thread is handling a key, from its arrival to the frame showing it.

    Background Python work asks :meth:`wait_quiet` at its safe points and waits meanwhile:
    two threads wanting the interpreter lock take turns with it, so a busy one beside the UI
    thread doubled a key's time there (a refresh's facets growth and search-index sync right
    after ``R``). The app says when a key arrived, when its handlers have run
    (:meth:`dispatched`) and when each frame is drawn (:meth:`drawn`): the first frame after
    the handlers ran shows the key. A frame drawn between the key's arrival and its handlers
    (a progress bar's) does not. Waits are bounded and a key counts as handled after
    ``STALE`` seconds even if no frame said so (a key a widget keeps to itself never reaches
    the app's handlers), so a stream of keys slows background work down, never stops it.
    """

    STALE = 0.25
    LIMIT = 0.05
    """The longest one wait for a key's frame lasts (a frame takes 5-15 ms)."""

    def __init__(self) -> None:
        self._quiet = threading.Event()
        self._quiet.set()
        self._arrived = 0.0
        self._dispatched = False

    def arrived(self) -> None:
        """A key arrived (its handlers have not run, its frame is not drawn yet)."""
        self._arrived = time.monotonic()
        self._dispatched = False
        self._quiet.clear()

    def dispatched(self) -> None:
        """The last key's handlers ran: the next frame shows what it did."""
        self._dispatched = True

    def drawn(self) -> None:
        """A frame was drawn: it shows the last key if its handlers had run."""
        if self._dispatched:
            self.shown()

    def shown(self) -> None:
        """A frame showing the last key was drawn."""
        self._quiet.set()

    @property
    def handling(self) -> bool:
        return not self._quiet.is_set() and time.monotonic() - self._arrived < self.STALE

    def idle_for(self) -> float:
        """Seconds since the last key arrived."""
        return time.monotonic() - self._arrived

    def wait_quiet(self, limit: float | None = None) -> None:
        """Wait until no key is being handled, at most ``limit`` (``LIMIT``) seconds."""
        if self.handling:
            self._quiet.wait(self.LIMIT if limit is None else limit)
