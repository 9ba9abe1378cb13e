"""The pilot's waits settle on the app's own state instead of polling the process's CPU.

Textual's pilot waits after every key (twice) and every ``pause()`` until a 20 ms window
passes with under 1 ms of process CPU (``textual._wait.wait_for_idle``): every key costs at
least 40 ms of sleep, ~4,500 waits a run. Here the wait returns as soon as the app has
nothing left to do that the event loop can see, checked twice in a row:

- no callback ready to run in the loop and no timer due within ``IMMINENT`` seconds
  (Textual's idle windows caught most of those; the wait sleeps until they are due, then
  looks again);
- every message pump of the app (the app, its screens, their widgets) has an empty queue,
  is waiting for its next message (not handling one) and has no ``call_next`` callback;
- every screen has no layout, repaint, recompose or dirty widget waiting for its next frame,
  no ``call_after_refresh`` callback, and no animation is running.

While the app works where the loop cannot see (a thread worker, a call in a thread pool, a
thread started since the run began: the store's compaction and backup, the clipboard), the
wait looks again every ``POLL`` seconds, and Textual's own test ends it too: a 20 ms window
without CPU (less this wait's own; a thread blocked on an event a test holds is idle). That
test is never applied while the loop has work: on a loaded machine a process waiting for a
core uses no CPU either, and Textual's wait then returns before the key is handled.
Once the app has quit, only its threads are waited for.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections import Counter
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import thread as pool_threads
from typing import Any

import textual._wait
import textual.app
import textual.pilot
from textual._context import active_app
from textual.app import App
from textual.screen import Screen
from textual.worker import WorkerState

from diplotui.session.drafts import DraftWriter

IMMINENT = 0.05
"""Timers due within this many seconds are waited for (Textual's idle windows of 20 ms caught
most of those: a timer firing in a window made it wait for another)."""

QUIET_CHECKS = 2
"""Loop turns in a row the app must be found quiet before the wait returns."""

WINDOW = textual._wait.SLEEP_GRANULARITY
WINDOW_CPU = textual._wait.SLEEP_IDLE
"""Textual's idle window (20 ms) and the CPU under which it counts as idle (1 ms)."""

BOUND = 5.0
"""Seconds a wait lasts at most where the app never settles. Textual's bound, one second, is
what a key's work and frame take on a loaded machine (at load 15 a test process gets a
seventh of a core): a wait ended there, and the test looked before the key was handled (in a
whole-suite run at load 15, 20 of the first 360 tests had a wait end at that bound). A wait
that settles returns as soon as it does, so this costs only where the app is still working."""

POLL = 0.005
"""How often a wait looks again while the app works where the loop cannot see (a thread)."""

SERVER_THREADS = ("(serve_forever)", "(process_request_thread)")
"""The ends of the names Python gives the threads of an HTTP server a test runs (its loop and
each request's handler: ``tests/feeds/server.py``): the test's, not the app's, which serves
nothing. Counted as the app's, the server's loop, alive all the test, sent every wait of a
test with a feed server to Textual's idle windows (200-400 waits, 5-7 s a test); the app's
own fetches run in its own threads, which are still waited for."""

REFRESH_FLAGS = (
    "_repaint_required",
    "_layout_required",
    "_refresh_styles_required",
    "_scroll_required",
)
"""A widget's refreshes asked for and carried out on its next idle turn (``_check_refresh``)."""

OUTCOMES: Counter[str] = Counter()
"""How the waits of this process ended: settled, an idle window, or ``max_sleep``."""

_threads_at_start = frozenset(threading.enumerate())
_pool_calls = 0
_pool_calls_lock = threading.Lock()


def _count_pool_calls() -> None:
    """Count calls submitted to thread pools and not yet finished (``run_in_executor`` and
    Textual's thread workers go through ``submit`` too). A finished call is uncounted in
    the loop that waits for it, after the loop has been told of its result."""
    submit = ThreadPoolExecutor.submit

    def counted_submit(self: ThreadPoolExecutor, *args: Any, **kwargs: Any) -> Future[Any]:
        global _pool_calls
        with _pool_calls_lock:
            _pool_calls += 1
        future = submit(self, *args, **kwargs)
        future.add_done_callback(_uncount)
        return future

    ThreadPoolExecutor.submit = counted_submit  # type: ignore[method-assign]


def _uncount(_future: Future[Any]) -> None:
    global _pool_calls
    with _pool_calls_lock:
        _pool_calls -= 1


def _work_in_threads(app: App[Any]) -> bool:
    """Whether the app may be working where the loop cannot see it."""
    if _pool_calls:
        return True
    if any(
        worker._thread_worker and worker.state in (WorkerState.PENDING, WorkerState.RUNNING)
        for worker in app.workers
    ):
        return True
    pool_threads_alive = pool_threads._threads_queues
    return any(
        thread not in _threads_at_start
        and thread not in pool_threads_alive
        and not thread.name.endswith(SERVER_THREADS)
        and not _waiting_for_a_draft(thread)
        and thread.is_alive()
        for thread in threading.enumerate()
    )


def _waiting_for_a_draft(thread: threading.Thread) -> bool:
    """Whether ``thread`` is a draft writer's with no draft to write: once a note or tags
    are typed it lives as long as its app, waiting for the next draft. Counted as the app's
    work, it sent every later wait of the test to Textual's idle windows (81 of the 85 waits
    of a test typing tags, ~2,000 idle windows a run); a draft put or being written still
    counts (``_pending``, ``_writing``)."""
    owner = getattr(getattr(thread, "_target", None), "__self__", None)
    return isinstance(owner, DraftWriter) and not owner._pending and not owner._writing


def _next_timer(loop: asyncio.AbstractEventLoop, app: App[Any]) -> float | None:
    """Seconds until the loop's next timer is due, if it has one, leaving out the app's
    animations: a widget redrawn for ever (``auto_refresh``: an indeterminate progress bar's
    pulse, a loading indicator) had a timer due every 67 ms and held each wait while it was
    shown to its one-second bound. Its frames are still waited for (``_frame_pending``).

    Exact only within ``IMMINENT``, the one use of the figure: when no timer at all is due
    that soon, the soonest one's seconds are returned, as no timer left out could make it
    sooner. The app's animations (a walk of every node) are then not looked for: ~1% of a UI
    test's CPU, in each look of each wait (suite61)."""
    now = loop.time()
    live = [handle for handle in loop._scheduled if not handle.cancelled()]  # type: ignore[attr-defined]
    if not live:
        return None
    soonest = min(handle.when() for handle in live) - now
    if soonest > IMMINENT:
        return soonest
    animations = _animation_tasks(app)
    scheduled = [handle.when() for handle in live if _task_woken_by(handle) not in animations]
    return min(scheduled) - now if scheduled else None


def _animation_tasks(app: App[Any]) -> set[asyncio.Task[Any]]:
    """The tasks of the app's ``auto_refresh`` timers."""
    tasks = set()
    for node in list(app._registry):
        timer = getattr(node, "_auto_refresh_timer", None)
        if timer is not None and timer._task is not None:
            tasks.add(timer._task)
    return tasks


def _task_woken_by(handle: asyncio.TimerHandle) -> object:
    """The task a timer handle wakes (an ``asyncio.sleep`` resolves its future), if any."""
    future = handle._args[0] if handle._args else None  # type: ignore[attr-defined]
    if not isinstance(future, asyncio.Future):
        return None
    callbacks = future._callbacks or []  # type: ignore[attr-defined]
    return getattr(callbacks[0][0], "__self__", None) if callbacks else None


def _pump_busy(pump: Any) -> bool:
    """Whether a message pump has messages or callbacks waiting, or is handling one (its
    task is running and not waiting for its queue)."""
    if pump._next_callbacks or pump._pending_message is not None:
        return True
    queue = pump.__dict__.get("_message_queue")
    if queue is None:
        return False
    if queue.values:
        return True
    task = pump._task
    if task is None or task.done():
        return False
    return not any(not waiter.done() for waiter in queue.ready_event._waiters)


def _frame_pending(screen: Screen[Any]) -> bool:
    update_timer = screen.__dict__.get("_Screen__update_timer")
    return bool(
        screen._layout_required
        or screen._repaint_required
        or screen._recompose_required
        or screen._dirty_widgets
        or screen._callbacks
        or (update_timer is not None and update_timer._active.is_set())
    )


def _app_quiet(app: App[Any]) -> bool:
    if _pump_busy(app) or app._animator._animations:
        return False
    try:
        screen = app.screen
    except Exception:  # no screen: the app has not started or has ended
        return True
    if _frame_pending(screen):
        return False
    return not any(_pump_busy(node) for node in list(app._registry))


def _app_ended(app: App[Any]) -> bool:
    """Whether the app's message loop has ended (it quit): it will handle nothing more, so
    only its threads are waited for. Its screens' update timers can go on ticking after it
    ended, due within ``IMMINENT`` every frame, which held every wait after a quit to its
    one-second bound (three such waits after a test's ``ctrl+q``)."""
    task = app._task
    return task is not None and task.done()


class _IdleWindow:
    """Textual's own test of idleness, for work the loop cannot see: a window of ``WINDOW``
    seconds in which the process (threads included) used under ``WINDOW_CPU`` seconds of
    CPU, less the CPU of this wait's own checks."""

    def __init__(self) -> None:
        self.restart()

    def restart(self) -> None:
        self.started, self.cpu, self.own = time.monotonic(), time.process_time(), 0.0

    def ended_idle(self) -> bool:
        """Whether a whole window has passed without work; a new window starts after each."""
        if time.monotonic() - self.started < WINDOW:
            return False
        idle = time.process_time() - self.cpu - self.own < WINDOW_CPU
        self.restart()
        return idle


async def settled(min_sleep: float = 0.0, max_sleep: float = 1.0) -> None:
    """Textual's ``wait_for_idle`` for the app under test: returns once the app is settled."""
    app = active_app.get(None)
    if app is None or min_sleep > 0:
        await textual._wait.wait_for_idle(min_sleep, max_sleep)
        return
    max_sleep = max(max_sleep, BOUND)
    loop = asyncio.get_running_loop()
    started = time.monotonic()
    window = _IdleWindow()
    quiet = 0
    while time.monotonic() - started < max_sleep:
        checking = time.process_time()
        ended = _app_ended(app)
        due = None if ended else _next_timer(loop, app)
        in_loop = not ended and (bool(loop._ready) or (due is not None and due <= IMMINENT))  # type: ignore[attr-defined]
        unseen = not in_loop and (_work_in_threads(app) or not (ended or _app_quiet(app)))
        window.own += time.process_time() - checking
        if in_loop:  # work the loop will run now or soon: no window counts across it
            quiet = 0
            window.restart()
            await asyncio.sleep(0 if loop._ready else max(due or 0.0, 0.0))  # type: ignore[attr-defined]
        elif unseen:  # a thread works, or a pump waits on one
            quiet = 0
            if window.ended_idle():
                OUTCOMES["idle window"] += 1
                return
            await asyncio.sleep(POLL)
        else:
            quiet += 1
            if quiet >= QUIET_CHECKS:
                OUTCOMES["settled"] += 1
                return
            await asyncio.sleep(0)
    OUTCOMES["max_sleep"] += 1


def _refresh_asked(node: Any) -> bool:
    """Whether a node has a refresh asked for that only its next idle turn carries out."""
    return any(getattr(node, flag, False) for flag in REFRESH_FLAGS)


def _screen_has_nothing_waiting(app: App[Any]) -> bool:
    """Whether the pilot's barrier for the screen's widgets would find nothing to wait for:
    the app has not ended, is quiet (``_app_quiet``: every pump's queue empty, no frame due),
    has no resize to send, and no widget of the screen has a refresh its idle turn would
    carry out."""
    if _app_ended(app) or getattr(app, "_resize_event", None) is not None:
        return False
    try:
        screen = app.screen
    except Exception:  # no screen: Textual's barrier answers for that case
        return False
    if not _app_quiet(app) or _refresh_asked(screen):
        return False
    return not any(_refresh_asked(node) for node in screen.walk_children())


def _barrier_only_where_something_waits() -> None:
    """Textual's pilot ends each ``press`` and starts each ``pause`` with a barrier: a
    callback posted to the app and to every widget of the screen, awaited until each has
    run (``Pilot._wait_for_screen``). After a settled wait there is nothing left in any of
    those queues, so each widget only handles the callback and an idle turn that finds
    nothing to do: ~1.2 ms a key, 4% of a UI test's CPU (``bench/README.md``, session 55).
    The barrier is passed over when the app is found with nothing waiting, and kept
    otherwise (work still queued, a refresh only an idle turn carries out, a resize)."""
    barrier = textual.pilot.Pilot._wait_for_screen

    async def wait_for_screen(self: textual.pilot.Pilot[Any], timeout: float = 30.0) -> bool:
        if _screen_has_nothing_waiting(self.app):
            OUTCOMES["barrier passed over"] += 1
            return True
        return await barrier(self, timeout)

    textual.pilot.Pilot._wait_for_screen = wait_for_screen  # type: ignore[method-assign]


def install() -> None:
    """Make the pilot (``press``, ``pause``, ``click``...) wait with ``settled``."""
    _count_pool_calls()
    textual.app.wait_for_idle = settled  # type: ignore[attr-defined]
    textual.pilot.wait_for_idle = settled  # type: ignore[attr-defined]
    _barrier_only_where_something_waits()
