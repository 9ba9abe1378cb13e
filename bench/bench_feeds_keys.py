"""Keys in the list while ``R`` refreshes the feeds: key press to the frame that shows it.

Issue 15: "the UI answers a key within 50 ms throughout" a refresh. The real app (headless,
120x40) holds a generated library of ``--articles`` (10,000) articles and ``--feeds`` (20)
feeds of 50 items on local servers (127.0.0.1 ... 127.0.0.10, in a child process), 5 items a
feed carrying a summary only (their pages are fetched and extracted): ``R`` brings in 1,000
articles while ``j`` and ``k`` are pressed in the list every ``--every`` seconds, and on for
``--after`` seconds once it is done (the list and counts brought up to date). A key's time
runs from its press (sent to the app's driver as Pilot sends keys, without waiting for the
app to be idle) to the first frame the app hands its driver after the list moved (what a
person sees next). Also reported: each store access the refresh ran on the UI thread, the
CPU time of the app's process and of its UI thread during ``R``, of each frame drawn and of
each uninterrupted stretch of the UI thread's work, and the full garbage collections (every
thread stops for them): the load of a shared machine stretches wall times, not these.
Each key's wall time is split, on the UI thread, into its CPU time, its wait on a run queue
for a core (``/proc/self/task/TID/schedstat``), its ``fsync`` time and the rest (blocked: the
interpreter lock, the frame's timer), beside the CPU of the app's other threads meanwhile.
``--parse-in both`` (the default) runs ``R`` with the parsing and extraction in a child
process (what the app does) and, side by side, in a thread of the app's process (what it did
before).

    .venv/bin/python bench/bench_feeds_keys.py [--articles 10000] [--feeds 20] [--runs 1]
        [--parse-in process|thread|both] [--copy LIBRARY_FOLDER] [--after 2]

``--boost`` runs the bench in a scheduling group of its own at niceness -10 (Linux
autogroups, as root): on a machine other jobs load, its process and the app's threads get the
cores as on a quieter one (how the feeds rounds measured since the eighth).

``--copy`` starts from a copy of a generated library's folder (e.g. /tmp/storecli/lib10k)
instead of generating one (minutes on a loaded machine).

A library opened for the first time builds its search index and entity cache in the
background (seconds of the interpreter lock at 10,000 articles), which is start-up's work, not
the refresh's: the bench opens the library once first and lets that work finish, so each run
starts as a library used the day before does, and presses ``R`` once the app's start-up
workers are done (the time each took is reported). ``--cold`` presses ``R`` 0.5 s after
start-up instead, on a library never opened before (what the bench did until its sixth round).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import importlib
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from textual import events
from textual.screen import Screen

from bench_feeds import served_elsewhere
from bench_key_to_frame import record_frames
from diplotui.feeds import add_feed
from diplotui.library.generate import generate_library
from diplotui.store import Store
from diplotui.tui import store_writes
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.controllers.base import Controller
from diplotui.tui.widgets.article_list import ArticleList


@contextmanager
def ui_stretches(
    steps: list[float],
    named: list[tuple[float, str]],
    timeline: list[tuple[float, float, str]] | None = None,
) -> Iterator[None]:
    """Record the CPU time (ms) of each uninterrupted stretch of work on this thread's event
    loop (one callback or task step: what a key waits behind). CPU time, so the load of a
    shared machine does not stretch it: a stretch over 50 ms misses the target even idle.
    ``named`` gets those over 20 ms with what ran; ``timeline`` those over 2 ms as (wall
    start, CPU ms, what ran), to tell what a slow key waited behind."""
    run = asyncio.events.Handle._run
    ui = threading.get_ident()

    def timed(handle):  # type: ignore[no-untyped-def]
        if threading.get_ident() != ui:
            return run(handle)
        what = described(handle)  # before: a finished coroutine no longer says what it ran
        began = time.perf_counter()
        start = time.thread_time()
        try:
            return run(handle)
        finally:
            spent = (time.thread_time() - start) * 1000
            steps.append(spent)
            if spent > 20:
                named.append((spent, what))
            if timeline is not None and spent > 2:
                timeline.append((began, spent, what))

    asyncio.events.Handle._run = timed  # type: ignore[method-assign]
    try:
        yield
    finally:
        asyncio.events.Handle._run = run  # type: ignore[method-assign]


def described(handle: asyncio.Handle) -> str:
    """What a step of the event loop ran: the task it resumed, as its coroutine and owner
    (``Timer._run (screen_update)`` draws a frame; ``MessagePump._process_messages_loop
    (ArticleList)`` handles that widget's messages), else the handle itself."""
    task = getattr(handle._callback, "__self__", None)  # type: ignore[attr-defined]
    if not isinstance(task, asyncio.Task):
        return repr(handle)[:100]
    coro = task.get_coro()
    frame = getattr(coro, "cr_frame", None)
    owner = frame.f_locals.get("self") if frame is not None else None
    what = getattr(coro, "__qualname__", repr(coro))
    ran = frame.f_locals.get("callback_with_args") if frame is not None else None
    if ran is not None:  # a worker's callback: which
        return f"{what} ({getattr(getattr(ran, 'func', ran), '__qualname__', '?')})"
    if owner is None:
        return what
    name = getattr(owner, "name", None)
    return f"{what} ({name if isinstance(name, str) else type(owner).__name__})"


@contextmanager
def frames_and_collections(frames: list[float], collections: list[float]) -> Iterator[None]:
    """Record the CPU time (ms) of each frame the UI thread draws (a screen's compositor
    refresh) and of each full garbage collection, whatever thread it ran in."""
    refresh = Screen._compositor_refresh
    started: dict[int, float] = {}

    def timed(screen):  # type: ignore[no-untyped-def]
        start = time.thread_time()
        try:
            return refresh(screen)
        finally:
            frames.append((time.thread_time() - start) * 1000)

    def collection(phase: str, info: dict[str, int]) -> None:
        if info["generation"] != 2:
            return
        if phase == "start":
            started[threading.get_ident()] = time.thread_time()
        elif (start := started.pop(threading.get_ident(), None)) is not None:
            collections.append((time.thread_time() - start) * 1000)

    Screen._compositor_refresh = timed  # type: ignore[method-assign]
    gc.callbacks.append(collection)
    try:
        yield
    finally:
        Screen._compositor_refresh = refresh  # type: ignore[method-assign]
        gc.callbacks.remove(collection)


def thread_schedstat(native_id: int) -> tuple[float, float]:
    """A thread's time on a core and waiting on a run queue for one (ms, from the kernel)."""
    try:
        with open(f"/proc/self/task/{native_id}/schedstat") as stats:
            ran, waited, _slices = stats.read().split()
    except (OSError, ValueError):
        return 0.0, 0.0
    return int(ran) / 1e6, int(waited) / 1e6


def others_cpu(ui: int) -> dict[int, float]:
    """The CPU time (ms) so far of each of this process's threads but the UI one."""
    return {
        int(task): thread_schedstat(int(task))[0]
        for task in os.listdir("/proc/self/task")
        if int(task) != ui
    }


def descendants_cpu() -> dict[int, float]:
    """The CPU time (ms) so far of each process descended from this one (the parsing child
    and its server, the entity cache's helper; the bench's servers too)."""
    found: dict[int, float] = {}
    pending = [os.getpid()]
    while pending:
        pid = pending.pop()
        try:
            tasks = os.listdir(f"/proc/{pid}/task")
        except OSError:
            continue
        for task in tasks:
            try:
                with open(f"/proc/{pid}/task/{task}/children") as listed:
                    children = [int(child) for child in listed.read().split()]
            except (OSError, ValueError):
                continue
            for child in children:
                try:
                    with open(f"/proc/{child}/schedstat") as stats:
                        found[child] = int(stats.read().split()[0]) / 1e6
                except (OSError, ValueError, IndexError):
                    continue
                pending.append(child)
    return found


def process_name(pid: int) -> str:
    """A short name for a descendant process: its module or the start of its code."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
            words = cmdline.read().decode(errors="replace").split("\0")
    except OSError:
        return f"process {pid} (ended)"
    for flag in ("-m", "-c"):
        if flag in words[:-1]:
            return f"{pid} {words[words.index(flag) + 1][:40]}"
    return f"{pid} {' '.join(words)[-40:]}"


def thread_names() -> dict[int, str]:
    """This process's live Python threads by native id."""
    return {t.native_id: t.name for t in threading.enumerate() if t.native_id is not None}


def busiest(
    before: dict[int, float],
    after: dict[int, float],
    names: dict[int, str],
    name_of: Callable[[int], str] | None = None,
) -> list[tuple[float, str]]:
    """(CPU ms, name) of the threads or processes that used 1 ms or more between the two."""
    return sorted(
        (
            (ms - before.get(key, 0.0), names.get(key) or (name_of or str)(key))
            for key, ms in after.items()
            if ms - before.get(key, 0.0) >= 1
        ),
        reverse=True,
    )


def spent_since(before: dict[int, float], after: dict[int, float]) -> float:
    """The CPU time (ms) the threads alive at the end used since ``before`` (a thread that
    ended meanwhile is left out)."""
    return sum(ms - before.get(task, 0.0) for task, ms in after.items())


@dataclass
class KeyCost:
    """Where one key's wall time went, on the UI thread (ms): on a core, waiting for one
    (the machine's load), in fsync (the disk), and the rest blocked (the interpreter lock,
    the frame's timer); and how much CPU the app's other threads used meanwhile."""

    wall: float
    cpu: float
    run_queue: float
    fsync: float
    others: float
    threads: list[tuple[float, str]] = field(default_factory=list)  # (CPU ms, thread), busiest
    children: float = 0.0  # CPU (ms) of the app's child processes meanwhile
    busy_children: list[tuple[float, str]] = field(default_factory=list)  # (CPU ms, process)
    behind: list[tuple[float, str]] = field(default_factory=list)  # UI stretches over 2 ms
    pressed: float = 0.0  # seconds after R was pressed

    @property
    def blocked(self) -> float:
        return max(0.0, self.wall - self.cpu - self.run_queue - self.fsync)


@contextmanager
def fsyncs_timed(waits: list[tuple[float, float]]) -> Iterator[None]:
    """Record (start, end) of each fsync this thread makes."""
    fsync = os.fsync
    ui = threading.get_ident()

    def timed(fd: int) -> None:
        if threading.get_ident() != ui:
            return fsync(fd)
        start = time.perf_counter()
        try:
            return fsync(fd)
        finally:
            waits.append((start, time.perf_counter()))

    os.fsync = timed
    try:
        yield
    finally:
        os.fsync = fsync


def refreshing(app: DiplotuiApp) -> bool:
    """Whether ``R`` runs (before its progress moved to the title bar: while its bar shows)."""
    actions = app.screen.reading_actions  # type: ignore[attr-defined]
    if hasattr(actions, "refreshing"):
        return bool(actions.refreshing)
    return bool(app.screen.query("RefreshBar"))


@contextmanager
def workers_named(finished: dict[str, float]) -> Iterator[None]:
    """Name each pool thread after the app's worker it runs (Textual's thread workers share
    the event loop's pool, named asyncio_N), so a slow key's neighbours say what they did;
    ``finished`` gets when each kind of worker last finished (perf_counter)."""
    run_in_thread = Controller.run_in_thread

    def named(self, work, *args, group, exclusive=False):  # type: ignore[no-untyped-def]
        def renamed(*args):  # type: ignore[no-untyped-def]
            threading.current_thread().name = f"{work.__name__} ({threading.get_native_id()})"
            try:
                return work(*args)
            finally:
                finished[work.__name__] = time.perf_counter()

        renamed.__name__ = work.__name__
        return run_in_thread(self, renamed, *args, group=group, exclusive=exclusive)

    Controller.run_in_thread = named  # type: ignore[method-assign]
    try:
        yield
    finally:
        Controller.run_in_thread = run_in_thread  # type: ignore[method-assign]


@dataclass
class Measured:
    """What one ``R`` measured: times in ms, CPU in seconds."""

    latencies: list[float] = field(default_factory=list)  # keys during R
    after: list[float] = field(default_factory=list)  # keys in the seconds after
    turns: list[float] = field(default_factory=list)  # store accesses on the UI thread
    frames: list[float] = field(default_factory=list)  # CPU of each frame
    collections: list[float] = field(default_factory=list)  # CPU of each full collection
    wall: float = 0.0
    settled: float = 0.0  # seconds the start-up workers took to finish before R
    cpu: float = 0.0
    ui_cpu: float = 0.0
    costs: list[KeyCost] = field(default_factory=list)  # keys during and after R
    started: float = 0.0  # perf_counter when R was pressed
    busy_after: list[tuple[float, str]] = field(default_factory=list)  # CPU ms by thread/process


async def settle(path: Path) -> float:
    """Open the library at ``path`` in the app and let its start-up workers finish (search
    index, entity cache, facets, list snapshot): the seconds that took."""
    store = Store.open(path)
    app = DiplotuiApp(store)
    started = time.perf_counter()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause(0.5)
        await app.workers.wait_for_complete()
        await pilot.pause(0.5)
        await app.workers.wait_for_complete()
    store.close()
    return time.perf_counter() - started


async def measure(
    store: Store,
    every: float,
    after: float,
    steps: list[float],
    named: list[tuple[float, str]],
    cold: bool = False,
) -> Measured:
    """Key-to-frame times during one ``R`` and for ``after`` seconds once it is done, the
    UI-thread store turns, frames and full collections, ``R``'s wall time, and the CPU
    seconds of this process and of its UI thread (this one) meanwhile; ``steps`` gets the
    CPU time of each stretch of the UI thread's work (``ui_stretches``). ``R`` is pressed
    once the start-up workers are done, or 0.5 s after start-up when ``cold``."""
    measured = Measured()
    moved: list[float] = []
    app = DiplotuiApp(store)
    frames = record_frames(app)
    for name in ("action_cursor_down", "action_cursor_up"):
        action = getattr(ArticleList, name)

        def recorded(self, action=action):  # type: ignore[no-untyped-def]
            moved.append(time.perf_counter())
            return action(self)

        setattr(ArticleList, name, recorded)
    write = store_writes.write_on_ui_thread

    def timed_write(app, function):  # type: ignore[no-untyped-def]
        def turn():  # type: ignore[no-untyped-def]
            start = time.perf_counter()
            try:
                return function()
            finally:
                measured.turns.append((time.perf_counter() - start) * 1000)

        return write(app, turn)

    store_writes.write_on_ui_thread = timed_write  # type: ignore[assignment]
    presses = 0
    fsyncs: list[tuple[float, float]] = []
    ui_native = threading.get_native_id()
    # frame -> (UI thread's schedstat, other threads' CPU, child processes' CPU)
    at_frames: dict[float, tuple[tuple[float, float], dict[int, float], dict[int, float]]] = {}
    timeline: list[tuple[float, float, str]] = []
    display = app._display

    def display_noted(screen, renderable):  # type: ignore[no-untyped-def]
        result = display(screen, renderable)
        if renderable is not None and moved:
            at_frames[frames[-1]] = (
                thread_schedstat(ui_native),
                others_cpu(ui_native),
                descendants_cpu(),
            )
        return result

    app._display = display_noted  # type: ignore[method-assign]

    async def press() -> float | None:
        """A ``j`` or ``k`` (two of each in turn), its time to the frame showing it."""
        nonlocal presses
        moved.clear()
        key = "j" if presses % 4 < 2 else "k"
        fsyncs.clear()
        ran, waited = thread_schedstat(ui_native)
        others = others_cpu(ui_native)
        children = descendants_cpu()
        pressed = time.perf_counter()
        event = events.Key(key, key)
        event.set_sender(app)
        driver = app._driver
        assert driver is not None
        driver.send_message(event)  # as Pilot does, without waiting for the app to idle
        presses += 1
        latency = None
        deadline = time.perf_counter() + 2
        while time.perf_counter() < deadline:
            shown = [f for f in frames if moved and f >= moved[0]]
            if shown:
                latency = (shown[0] - pressed) * 1000
                (ran_after, waited_after), others_after, children_after = at_frames.get(
                    shown[0],
                    (thread_schedstat(ui_native), others_cpu(ui_native), descendants_cpu()),
                )
                synced = sum(min(e, shown[0]) - s for s, e in fsyncs if s < shown[0]) * 1000
                cost = KeyCost(
                    latency,
                    ran_after - ran,
                    waited_after - waited,
                    synced,
                    spent_since(others, others_after),
                    threads=busiest(others, others_after, thread_names())[:3],
                    children=spent_since(children, children_after),
                    busy_children=busiest(children, children_after, {}, process_name),
                    behind=[
                        (cpu, what)
                        for began, cpu, what in timeline
                        if pressed - 0.05 <= began <= shown[0]
                    ],
                    pressed=pressed - measured.started,
                )
                measured.costs.append(cost)
                break
            await asyncio.sleep(0.001)
        frames.clear()
        at_frames.clear()
        timeline.clear()
        await asyncio.sleep(every)
        return latency

    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause(0.5)
        if not cold:
            measured.settled = time.perf_counter()
            await app.workers.wait_for_complete()
            measured.settled = time.perf_counter() - measured.settled
        app.screen.query_one(ArticleList).focus()
        await pilot.pause()
        started = measured.started = time.perf_counter()
        cpu, ui_cpu = time.process_time(), time.thread_time()
        with (
            ui_stretches(steps, named, timeline),
            frames_and_collections(measured.frames, measured.collections),
            fsyncs_timed(fsyncs),
        ):
            await pilot.press("R")
            while refreshing(app):
                if (latency := await press()) is not None:
                    measured.latencies.append(latency)
            measured.wall = time.perf_counter() - started
            until = time.perf_counter() + after
            threads_before, children_before = others_cpu(ui_native), descendants_cpu()
            names = thread_names()
            while time.perf_counter() < until:
                if (latency := await press()) is not None:
                    measured.after.append(latency)
                names.update(thread_names())
            measured.busy_after = busiest(threads_before, others_cpu(ui_native), names) + busiest(
                children_before, descendants_cpu(), {}, process_name
            )
            measured.cpu = time.process_time() - cpu
            measured.ui_cpu = time.thread_time() - ui_cpu
        await app.workers.wait_for_complete()
    store_writes.write_on_ui_thread = write
    return measured


def parse_in(where: str) -> None:
    """Have the app's refresh parse and extract in a child process or in a thread."""
    refresh_module = importlib.import_module("diplotui.feeds.refresh")
    workers = importlib.import_module("diplotui.feeds.workers")
    in_process = where == "process"
    refresh_module.extraction_executor = lambda _separate: workers.extraction_executor(in_process)


BOOSTED = "DIPLOTUI_BENCH_BOOSTED"


def boost() -> None:
    """Run again in a new session whose scheduling group is at niceness -10 (a new session
    is a group of its own: the cores are shared between groups first); says so if the
    group's niceness could not be set (not root, no autogroups) and runs anyway."""
    if os.environ.get(BOOSTED):
        return
    os.environ[BOOSTED] = "1"
    script = 'echo -10 > /proc/self/autogroup || echo "not boosted" >&2; exec "$@"'
    os.execvp("setsid", ["setsid", "-w", "sh", "-c", script, "sh", sys.executable, *sys.argv])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--feeds", type=int, default=20)
    parser.add_argument("--every", type=float, default=0.05)
    parser.add_argument("--after", type=float, default=2.0, help="seconds of keys after R")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--parse-in", choices=("process", "thread", "both"), default="both")
    parser.add_argument("--copy", type=Path, help="a generated library's folder to copy")
    parser.add_argument(
        "--cold", action="store_true", help="R 0.5 s after start-up, on a never-opened library"
    )
    parser.add_argument(
        "--boost", action="store_true", help="in a scheduling group of its own at niceness -10"
    )
    args = parser.parse_args()
    if args.boost:
        boost()
    places = ("process", "thread") if args.parse_in == "both" else (args.parse_in,)
    with tempfile.TemporaryDirectory() as prepared:
        if args.copy:
            source = shutil.copytree(args.copy, Path(prepared) / "library")
            (path,) = source.glob("*.json")
            path.with_name(path.name + ".lock").unlink(missing_ok=True)
            if not args.cold:
                took = asyncio.run(settle(path))
                print(f"the library opened once first, its start-up work done in {took:.1f} s")
            args.copy = source
        slow_runs, slow_keys, all_keys = 0, 0, 0
        for run, where in ((run, where) for run in range(args.runs) for where in places):
            keys = one_run(args, run, where)
            slow = sum(key > 50 for key in keys)
            slow_runs, slow_keys, all_keys = (
                slow_runs + bool(slow),
                slow_keys + slow,
                all_keys + len(keys),
            )
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(
        f"in all: {slow_runs} of {args.runs * len(places)} runs had a key over 50 ms "
        f"({slow_keys} of {all_keys} keys, during and after R)"
    )
    print(
        f"load average now {load}: on a shared machine a frame waits for a core whatever the "
        "app does. On an idle machine: .venv/bin/python bench/bench_feeds_keys.py --parse-in "
        "process --copy /tmp/storecli/lib10k --runs 5 (target: every key within 50 ms; on a "
        "loaded machine add --boost)"
    )


def one_run(args: argparse.Namespace, run: int, where: str) -> list[float]:
    """One ``R`` in a fresh copy of the library, parsing in a ``where``; prints its figures
    and gives each key's time (ms), during ``R`` and after it."""
    parse_in(where)
    with (
        served_elsewhere(args.feeds, 50, lambda f: 5) as (_bases, feed_urls, _pages),
        tempfile.TemporaryDirectory() as folder,
    ):
        if args.copy:
            copied = shutil.copytree(args.copy, Path(folder) / "copy")
            (path,) = copied.glob("*.json")
            with Store.open(path, read_only=True) as copy:
                args.articles = len(copy.article_ids())
        else:
            path = generate_library(Path(folder) / "library.json", args.articles, 0, seed=run)
        store = Store.open(path)
        for url in feed_urls:
            add_feed(store, url)
        store.close()
        store = Store.open(path)
        steps: list[float] = []
        named: list[tuple[float, str]] = []
        finished: dict[str, float] = {}
        with workers_named(finished):
            m = asyncio.run(measure(store, args.every, args.after, steps, named, args.cold))
        new = len(store.article_ids()) - args.articles
        store.close()
    keys, after = m.latencies, m.after
    longest = sorted(steps)[-3:][::-1]
    print(
        f"run {run + 1}, parsing in a {where}: R brought {new:,} articles into "
        f"{args.articles:,} in {m.wall:.1f} s, "
        + (
            "pressed 0.5 s after start-up"
            if args.cold
            else f"pressed once start-up's workers were done ({m.settled:.1f} s)"
        )
        + f" (CPU: app {m.cpu:.1f} s, UI thread "
        f"{m.ui_cpu:.1f} s); {len(keys)} keys (j/k in the list): key to frame median "
        f"{statistics.median(keys):.0f} ms, max {max(keys):.0f} ms, "
        f"{sum(k > 50 for k in keys)} over 50 ms ({sum(k > 40 for k in keys)} over 40); in the "
        f"{args.after:g} s after: {len(after)} keys, median "
        f"{statistics.median(after or [0]):.0f} ms, max {max(after or [0]):.0f} ms, "
        f"{sum(k > 50 for k in after)} over 50 ms ({sum(k > 40 for k in after)} over 40)"
    )
    print(
        f"    CPU: {len(m.frames)} frames, median {statistics.median(m.frames):.1f} ms, "
        f"max {max(m.frames):.1f} ms; UI-thread stretches of work: {len(steps):,}, longest "
        f"{', '.join(f'{s:.0f}' for s in longest)} ms, {sum(s > 50 for s in steps)} over "
        f"50 ms, {sum(s > 20 for s in steps)} over 20; {len(m.collections)} full garbage "
        f"collections (all threads), longest {max(m.collections or [0]):.0f} ms; "
        f"{len(m.turns)} store turns on the UI thread (wall): median "
        f"{statistics.median(m.turns):.1f} ms, max {max(m.turns):.1f} ms"
    )
    costs = m.costs
    slow = [c for c in costs if c.wall > 40]
    print(
        f"    per key on the UI thread (sums over {len(costs)} keys, ms): wall "
        f"{sum(c.wall for c in costs):.0f} = CPU {sum(c.cpu for c in costs):.0f} + run queue "
        f"{sum(c.run_queue for c in costs):.0f} + fsync {sum(c.fsync for c in costs):.0f} + "
        f"blocked {sum(c.blocked for c in costs):.0f}; per key CPU median "
        f"{statistics.median([c.cpu for c in costs]):.1f}, max {max(c.cpu for c in costs):.1f}"
    )
    for c in sorted(slow, key=lambda c: -c.wall)[:6]:
        print(
            f"    key of {c.wall:.0f} ms at {c.pressed:.1f} s: CPU {c.cpu:.1f}, run queue "
            f"{c.run_queue:.1f}, fsync {c.fsync:.1f}, blocked {c.blocked:.1f} (lock, timers); "
            f"other threads' CPU {c.others:.1f} ("
            + ", ".join(f"{name} {ms:.0f}" for ms, name in c.threads)
            + f"), child processes' CPU {c.children:.1f} ("
            + ", ".join(f"{name} {ms:.0f}" for ms, name in c.busy_children)
            + "); UI stretches over 2 ms: "
            + (", ".join(f"{cpu:.0f} {what}" for cpu, what in c.behind) or "none")
        )
    longest_stretch = [max((cpu for cpu, _ in c.behind), default=0.0) for c in costs]
    print(
        f"    around each key (CPU, ms): the UI thread's longest stretch median "
        f"{statistics.median(longest_stretch):.1f}, max {max(longest_stretch):.1f}; other "
        f"threads median {statistics.median([c.others for c in costs]):.1f}, max "
        f"{max(c.others for c in costs):.1f}; child processes median "
        f"{statistics.median([c.children for c in costs]):.1f}, max "
        f"{max(c.children for c in costs):.1f}"
    )
    searchable = finished.get("_index_changes", 0.0) - (m.started + m.wall)
    print(f"    R's arrivals searchable {searchable:.2f} s after R was done")
    print(
        f"    in the {args.after:g} s after R, CPU (ms) of other threads and child processes: "
        + ", ".join(f"{name} {ms:.0f}" for ms, name in m.busy_after)
    )
    for spent, what in sorted(named, reverse=True)[:5]:
        print(f"    {spent:.0f} ms CPU: {what}")
    return keys + after


if __name__ == "__main__":
    main()
