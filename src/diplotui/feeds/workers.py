"""Where a refresh parses feeds and extracts pages: a thread, or a child process.

Parsing and extraction are Python under the interpreter lock. In the app, a thread doing them
starves the UI thread (a key waited up to a second during a refresh, bench_feeds_keys.py), so
the app has them done in a child process and its own interpreter stays free for drawing and
the store. The child is forked from a server process started once per app (``forkserver``,
never a fork of the app's threads) that has imported the parsers already: each refresh's
worker starts in milliseconds, and runs at a lower priority than the app (a key's frame gets
a busy core first). A process with no other thread yet (``diplotui refresh``) forks
its child directly, at once: it starts in milliseconds with what this process has imported,
and parses on the second core while this one fetches and stores (a thread beside the event
loop took a third more CPU than the same parsing alone, both waiting for the interpreter lock).
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import multiprocessing
import os
import pickle
import queue
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from functools import partial
from typing import Any, TypeVar

T = TypeVar("T")

PRELOADED = ("diplotui.feeds.parse", "diplotui.ingest.formats", "feedparser", "trafilatura")
"""Imported once by the server process that forks the workers."""
BACKGROUND_NICENESS = 10
"""How much lower the app's parsing child runs than the app: when a key arrives while both
cores are busy, the scheduler gives the app's UI thread the core at once instead of sharing
it (at niceness 10 the child gets about a tenth of a contended core, all of an idle one)."""


IN_FLIGHT = 2
"""Batches handed to the worker at once: while it works on one, the next waits beside it."""
BATCH_CALLS = 8
"""Calls in one batch at most, so that results keep coming back while others wait."""

_Call = tuple[Callable[..., Any], tuple[Any, ...]]
_Sent = tuple[list[_Call], Callable[["Future[list[Outcome]]"], None]]
"""A batch's calls, and what takes their outcomes back to the loop."""


class ParsingWorker:
    """The refresh's parsing and extraction worker, called from its event loop.

    Calls are sent in batches. One call at a time left the child idle between calls: each
    result travels back through the executor's threads in this process, which wait for the
    interpreter lock while the event loop fetches and stores (up to its 5 ms switch
    interval), and only then is the next call sent: 120 calls of a refresh idled the child
    0.11-0.18 s. Now calls made while batches are in flight wait, and go together as the
    next batch when one comes back, so the worker always has the next one at hand."""

    def __init__(self, executor: Executor) -> None:
        self.executor = executor
        self._waiting: list[tuple[_Call, asyncio.Future[Any]]] = []
        self._in_flight = 0
        self._sending: queue.SimpleQueue[_Sent | None] = queue.SimpleQueue()
        self._sender = threading.Thread(
            target=self._submit_each, name="diplotui-parse-sender", daemon=True
        )
        self._sender.start()

    async def run(self, function: Callable[..., T], *args: Any) -> T:
        """``function(*args)`` in the worker; its exception is raised here."""
        result: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        self._waiting.append(((function, args), result))
        self._send()
        return await result

    def shutdown(self, wait: bool = True) -> None:
        """End the worker once the batches sent are done; ``wait=False`` (a refresh stopped:
        the app quits) returns at once, the calls not started dropped."""
        self._sending.put(None)
        if wait:
            self._sender.join()

    def _send(self) -> None:
        while self._waiting and self._in_flight < IN_FLIGHT:
            batch = self._waiting[:BATCH_CALLS]
            del self._waiting[:BATCH_CALLS]
            self._in_flight += 1
            done = partial(self._back, asyncio.get_running_loop(), batch)
            self._sending.put(([call for call, _result in batch], done))

    def _submit_each(self) -> None:
        """The sender's thread: each batch submitted to the executor, then its end. Not on
        the event loop: the first submission starts the child process, which waits until
        the server process has imported the parsers (1-2 s, several under load), and a
        loop held so could not see its refresh stopped (a quitting app waited 5 s)."""
        while True:
            sent = self._sending.get()
            if sent is None:
                break
            calls, done = sent
            self.executor.submit(run_each, calls).add_done_callback(done)
        self.executor.shutdown(wait=True, cancel_futures=True)

    def _back(
        self,
        loop: asyncio.AbstractEventLoop,
        batch: list[tuple[_Call, asyncio.Future[Any]]],
        done: Future[list[Outcome]],
    ) -> None:
        """A batch is back (in the executor's thread): its results are set in the loop's."""
        if loop.is_closed():  # the refresh has ended: nobody waits for these
            return
        with contextlib.suppress(RuntimeError):  # closed meanwhile
            loop.call_soon_threadsafe(self._landed, batch, done)

    def _landed(
        self, batch: list[tuple[_Call, asyncio.Future[Any]]], done: Future[list[Outcome]]
    ) -> None:
        self._in_flight -= 1
        results = [result for _call, result in batch]
        try:
            outcomes = done.result()
        except BaseException as error:  # the worker died: every call of the batch fails
            outcomes = [(False, error)] * len(batch)
        for result, (succeeded, value) in zip(results, outcomes, strict=True):
            if result.done():  # its caller was cancelled
                continue
            if succeeded:
                result.set_result(value)
            else:
                result.set_exception(value)
        self._send()


Outcome = tuple[bool, Any]


def run_each(calls: list[_Call]) -> list[Outcome]:
    """A batch in the worker: each call's result, or its exception (one call failing on
    hostile bytes fails that call alone). An exception that could not travel back from a
    child process is sent as a RuntimeError naming it."""
    outcomes: list[Outcome] = []
    for function, args in calls:
        try:
            outcomes.append((True, function(*args)))
        except Exception as error:
            outcomes.append((False, _portable(error)))
    return outcomes


def _portable(error: Exception) -> Exception:
    try:
        pickle.dumps(error)
    except Exception:
        return RuntimeError(f"{type(error).__name__}: {error}")
    return error


def extraction_executor(separate_process: bool) -> Executor:
    """One worker for parsing and extraction: a child process, or a thread of this one.

    One is enough: parsing mostly waits for nothing, and a second would contend with the
    event loop and the store writes for the machine's cores."""
    if separate_process and fork_is_safe():
        return _forked_now()  # needs no resource tracker: its semaphores are unlinked at once
    if not separate_process or not _main_importable():
        return ThreadPoolExecutor(1, thread_name_prefix="diplotui-extract")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(list(PRELOADED))
    _start_resource_tracker()
    return ProcessPoolExecutor(1, mp_context=context, initializer=_in_background)


def _forked_now() -> Executor:
    """A worker forked now, before this process starts any thread. The objects that exist
    are frozen out of the garbage collector's reach meanwhile: the child's collections would
    otherwise visit every one of them and copy each memory page they touch."""
    executor = ProcessPoolExecutor(
        1, mp_context=multiprocessing.get_context("fork"), initializer=_as_child
    )
    gc.freeze()
    try:
        executor.submit(int).result()
    finally:
        gc.unfreeze()
    return executor


def fork_is_safe() -> bool:
    """Whether a plain fork is safe here: the platform has it and this process runs no other
    thread (a fork copies a lock another thread holds, held for ever in the child)."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def _start_resource_tracker() -> None:
    """multiprocessing starts its resource tracker with ``sys.stderr``'s descriptor, which
    fails where the app has replaced ``sys.stderr`` by a capture without one (descriptor -1):
    started here with the real standard error for the moment it takes."""
    from multiprocessing import resource_tracker

    try:
        usable = sys.stderr is not None and sys.stderr.fileno() >= 0
    except (AttributeError, OSError, ValueError):
        usable = False
    if usable or sys.__stderr__ is None:
        resource_tracker.ensure_running()
        return
    with contextlib.redirect_stderr(sys.__stderr__):
        resource_tracker.ensure_running()


def _main_importable() -> bool:
    """Whether a child can import this program's main module, as multiprocessing has it do
    (the ``diplotui`` script, ``python -m diplotui``, pytest: yes; code read from stdin: no)."""
    main = sys.modules.get("__main__")
    path = getattr(main, "__file__", None)
    return path is None or os.path.exists(path)


def _in_background() -> None:
    """The app's parsing child: quiet, and behind the app's UI thread for the cores."""
    _as_child()
    with contextlib.suppress(OSError):
        os.nice(BACKGROUND_NICENESS)


def _as_child() -> None:
    """A worker is quiet, and ends with the process it works for."""
    _quiet()
    _leave_with_parent()


def _leave_with_parent() -> None:
    """Exit once the process the worker works for is gone (killed, crashed). The worker holds
    both ends of its own pipes, and the app's holds the one its server process waits on, so
    neither ever saw the parent go: each waited for work, or blocked writing a result, for
    ever, 50 MB each. The parent's sentinel (a pipe only the parent writes) says it."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        parent.join()
        os._exit(1)

    threading.Thread(target=watch, name="diplotui-parent-watch", daemon=True).start()


def _quiet() -> None:
    """The worker's standard streams go nowhere: a library's warning printed there would
    land in the middle of the app's screen."""
    null = os.open(os.devnull, os.O_RDWR)
    for stream in (0, 1, 2):
        os.dup2(null, stream)
    os.close(null)
