"""Store writes from thread workers: the one path, and why it is needed.

The app writes to the store on its UI thread: every change of the annotation session, the
settings, saved filters. Jobs too slow for that thread run in thread workers, and a worker
never writes to the store itself: it hands each write to :func:`write_on_ui_thread`, which runs
it on the UI thread and gives the worker its result or its error. So every write is made in
order with the user's own, none waits on another thread's batch holding the store, and what
the screen shows (the list, the open article) is brought up to date on that one thread.

The workers that write:

- **an import** (``ImportScreen``: reading and parsing a thousand files) hands over one write
  per batch of files (``import_paths(..., run_write=...)``); a failed write stops the import
  and the dialog says why in one line;
- **a feeds refresh** (``R``: fetching and extracting pages) hands over every store access of
  ``diplotui.feeds.refresh`` (``access=``), a batch of at most 25 articles at a time, each
  written without waiting for the disk: the refresh's own thread fsyncs it (``Store.sync``)
  before it goes on;
- **a copy** (a clipboard tool may hang) hands over its quote-history record; a failed save
  is said in the copy's notification.

Workers that only read the store, or write caches of their own beside it (search index,
entity and statement caches, the list snapshot), need no hand-over.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any, TypeVar, cast

from textual.app import App
from textual.message import Message

if TYPE_CHECKING:
    from diplotui.tui.app import DiplotuiApp

ResultT = TypeVar("ResultT")
REFRESH_GROUP = "feeds-refresh"
"""The worker group of ``R``'s refresh (the app writes no list snapshot while it runs)."""
QUIT_WAIT_SECONDS = 5.0
"""How long quitting waits at most for the workers that write (a copy whose clipboard tool
answers late) to end; a refresh is cancelled and stops at its next batch."""


class WritesHanded(Message):
    """A worker queued a write: the UI thread makes the queued writes."""


class WriteHandOver:
    """The queue of writes workers hand to the UI thread. Textual's ``call_from_thread``
    waited for a loop that might be ending: a write handed over as the app quit was lost
    (the app no longer running) or waited for ever (posted to a loop that stopped). Here a
    write is queued, then the UI thread is told; when the app ends (:meth:`end`, as it
    unmounts) the queue is emptied there, and the workers that write are waited for, their
    later writes made on their own thread, one at a time: every write handed over is made
    before the store is closed."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._queued: deque[tuple[Callable[[], Any], Future[Any]]] = deque()
        self._ended = False
        self._writers = 0  # workers running that may hand writes over
        self._alone = threading.Lock()  # writes made off the UI thread, once it has ended

    def hand_over(self, app: App[object], write: Callable[[], ResultT]) -> ResultT:
        """In a worker: ``write``'s result (or error) once the UI thread has made it."""
        future: Future[ResultT] = Future()
        with self._lock:
            ended = self._ended
            if not ended:
                self._queued.append((write, future))
        if ended:
            with self._alone:
                return write()
        app.post_message(WritesHanded())
        return future.result()

    def make_queued(self) -> None:
        """On the UI thread: make every write queued, in order."""
        while True:
            with self._lock:
                if not self._queued:
                    return
                write, future = self._queued.popleft()
            if future.set_running_or_notify_cancel():
                try:
                    future.set_result(write())
                except BaseException as error:  # the worker raises it
                    future.set_exception(error)

    def writer(self, work: Callable[[], object]) -> Callable[[], None]:
        """``work`` (a worker that may hand writes over), counted while it runs so that
        :meth:`end` waits for it."""

        def counted() -> None:
            with self._lock:
                self._writers += 1
            try:
                work()
            finally:
                with self._lock:
                    self._writers -= 1

        return counted

    async def end(self, wait: float = QUIT_WAIT_SECONDS) -> None:
        """On the UI thread as the app ends: make the writes queued; from now on a worker's
        write is made on its own thread; wait (at most ``wait`` seconds) for the workers
        that write to end, the loop running meanwhile (a worker may still hand it its
        report)."""
        with self._lock:
            self._ended = True
        self.make_queued()
        deadline = time.monotonic() + wait
        while self._writers and time.monotonic() < deadline:
            await asyncio.sleep(0.01)


def write_on_ui_thread(app: App[object], write: Callable[[], ResultT]) -> ResultT:
    """Run ``write`` on the UI thread and return its result (or raise its error) in the worker
    (on the worker's thread once the app has ended: see :class:`WriteHandOver`)."""
    return cast("DiplotuiApp", app).writes.hand_over(app, write)
