"""How the first ``ctrl+p`` on a large store answers: its first frame, each key typed while it
lists the library, and the longest the interface went without answering (left52, scale53).

Usage: .venv/bin/python bench/bench_palette_open.py STORE [--before SRC] [--runs 3]
       [--earlier-note] [--typed WORDS] [--settled]

STORE: a compacted store, e.g. ``generate_library(PATH, 100_000, 250_000)`` then
``Store.compact``. Each opening is a process of its own on a fresh copy of it (the first
opening's work is what is measured, and a first tag count notes the tags in the store):
it waits for start-up's work (the library's facets and two seconds; not the entity index,
minutes at 100,000, filled in a process of its own at the lowest priority), presses
``ctrl+p``, then types ``--typed`` one key every ``BETWEEN_KEYS`` from
``FIRST_KEY`` on, without waiting for the palette's hits (a key due while the loop is held
counts from when it was due, as a terminal's key waits); it waits until they are all in,
closes the palette, and opens it again to type the same alike (nothing left to list: what
the keys cost without a listing, palette54). Printed, for each tree: the palette's first
frame and its first frame listing commands (ms after ``ctrl+p``), each key's press to the
first frame showing it (and the CPU time the process, every thread, spent meanwhile: what
the load of a shared machine does not stretch), the longest stall of the event loop (wall,
and its thread's CPU), when the hits were all in, the second opening's frame, keys, stall
and hits, and a digest of the hits (both trees must agree).
``--before SRC``: the same openings with another tree's ``src`` first on the path, interleaved
opening by opening so that the machine's load falls on both alike.
``--earlier-note``: the store's note written again without the tags columns, as a build
before session 51 wrote it (the tag counts then read every record: left52's case).
``--settled``: a returning user's opening: the store's caches (``STORE.cache``: the search
index, the entity cache, as an earlier run of the app left them) copied with it, and
``ctrl+p`` pressed once the search index is ready and the entity index's filling stopped (an
hour at 100,000 articles, its thread decoding the helper's answers). Without them every
opening is a first run's, whose search index is built for minutes at 100,000 articles in
threads that share the interpreter with every key (palette54).
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SRC = Path(__file__).resolve().parents[1] / "src"
SUFFIXES = ("", ".checked", ".journal")
STEP = 0.005  # seconds the loop probe sleeps between turns
WAIT = 600.0  # seconds an opening's hits may take at most
FIRST_KEY = 0.3  # seconds after ``ctrl+p`` the first key is typed
BETWEEN_KEYS = 0.15  # and between keys: a key held back by a frozen loop counts from then


class LoopProbe:
    """The longest the event loop went without running a task ready after ``STEP``: in wall
    time, and in CPU time of the loop's own thread (what the load of a shared machine does
    not stretch; the wall time also counts the loop waiting for the GIL). Each of its turns
    notes the process's CPU time then (``cpu_at``)."""

    def __init__(self) -> None:
        self.longest = 0.0
        self.longest_cpu = 0.0
        self.ticks: list[tuple[float, float]] = []
        self._task: asyncio.Task[None] | None = None

    async def _run(self) -> None:
        last, last_cpu = time.perf_counter(), time.thread_time()
        self.ticks.append((last, time.process_time()))
        while True:
            await asyncio.sleep(STEP)
            now, now_cpu = time.perf_counter(), time.thread_time()
            self.ticks.append((now, time.process_time()))
            self.longest = max(self.longest, now - last - STEP)
            self.longest_cpu = max(self.longest_cpu, now_cpu - last_cpu)
            last, last_cpu = now, now_cpu

    def cpu_at(self, moment: float) -> float:
        """The process's CPU time at the probe's last turn at or before ``moment`` (a key
        due while the loop is held counts the CPU spent since the loop last ran)."""
        return max((cpu for at, cpu in self.ticks if at <= moment), default=self.ticks[0][1])

    def __enter__(self) -> LoopProbe:
        self._task = asyncio.get_running_loop().create_task(self._run())
        return self

    def __exit__(self, *_: object) -> None:
        assert self._task is not None
        self._task.cancel()


class Frames:
    """Each frame the app sends the terminal (a headless app sends none but composes them
    all the same): when (and the process's CPU time then), and what the palette showed in
    it (its input, how many hits)."""

    def __init__(self, app: Any) -> None:
        from textual.command import CommandInput, CommandList, CommandPalette

        self.shown: list[tuple[float, float, str | None, int]] = []
        display = app._display

        def recording(screen: Any, renderable: Any) -> None:
            palette = app.screen
            now = (time.perf_counter(), time.process_time())
            if renderable is None:
                pass
            elif isinstance(palette, CommandPalette):
                typed = palette.query_one(CommandInput).value
                hits = palette.query_one(CommandList).option_count
                self.shown.append((*now, typed, hits))
            else:
                self.shown.append((*now, None, 0))
            display(screen, renderable)

        app._display = recording

    def first(self, since: float, typed: str, hits: int = 0, cpu: float | None = None) -> float:
        """Seconds from ``since`` to the first frame of the palette showing ``typed`` (or
        more typed after it) and ``hits`` or more; with ``cpu`` (the process's CPU time at
        ``since``), the CPU seconds the process spent meanwhile (all its threads: what the
        load of a shared machine does not stretch)."""
        for at, at_cpu, shown, count in self.shown:
            if at >= since and shown is not None and shown.startswith(typed) and count >= hits:
                return at - since if cpu is None else at_cpu - cpu
        return float("nan")


def send_key(app: Any, name: str, char: str | None) -> None:
    """Hand the app a key as its terminal driver does, not waiting for it to be handled
    (Pilot's ``press`` waits until the process is idle, a second at most, twice: a search
    running kept the next key back, and a listing kept every key typed after ``ctrl+p``
    back up to two seconds, palette54)."""
    from textual import events

    key = events.Key(name, char)
    key.set_sender(app)
    app._driver.send_message(key)


async def _all_in(app: Any, pilot: Any) -> None:
    """Until the palette's searches and listings are done (twice in a row: a listing's end
    starts a search), not start-up's workers (the entity index is filled for minutes)."""
    palette = app.screen
    deadline = time.monotonic() + WAIT
    idle = 0
    while idle < 2 and time.monotonic() < deadline:
        await asyncio.sleep(0.005)
        await pilot.pause()
        busy = any(w.node is palette or w.group == "palette-listing" for w in app.workers)
        idle = 0 if busy else idle + 1


def _hits(app: Any) -> list[str]:
    from textual.command import CommandList

    hits = app.screen.query_one(CommandList)
    return [str(hits.get_option_at_index(n).prompt) for n in range(hits.option_count)]


async def opening(path: Path, typed: str, settled: bool) -> dict[str, Any]:
    """One process's measures of its store's first and second ``ctrl+p``."""
    from diplotui.store import Store
    from diplotui.tui.app import DiplotuiApp

    store = Store.open(path)
    app = DiplotuiApp(store)
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            actions = app.screen.library_actions
            while actions.state.facets is None or (settled and actions.state.index is None):
                await asyncio.sleep(0.1)  # the library listed, filters (and search) ready
            if settled:
                await _entity_index_stopped(app)
            await asyncio.sleep(2)  # the rest of start-up's work on the UI thread
            frames = Frames(app)
            first = await _typed_in(app, pilot, typed)
            hits = _hits(app)
            await pilot.press("escape")
            await pilot.pause()
            again = await _typed_in(app, pilot, typed)
            again_hits = _hits(app)
            await pilot.press("escape")
    finally:
        store.close()
    return {
        "frame": frames.first(first.started, ""),
        "commands": frames.first(first.started, "", 1),
        "keys": first.keys(frames),
        "keys_cpu": first.keys_cpu(frames),
        "stall": first.stall,
        "stall_cpu": first.stall_cpu,
        "listed": first.listed,
        "again_frame": frames.first(again.started, "", 1),
        "again_keys": again.keys(frames),
        "again_keys_cpu": again.keys_cpu(frames),
        "again_stall": again.stall,
        "again_listed": again.listed,
        "hits": hashlib.sha256("\n\n".join(hits).encode()).hexdigest()[:12],
        "same_again": hits == again_hits,
        "count": len(hits),
    }


async def _entity_index_stopped(app: Any) -> None:
    """Stop filling the entity index (an hour at 100,000 articles, its texts read and its
    answers decoded in a thread of the app), as once it is full: what it filled is kept."""
    filling = [worker for worker in app.workers if worker.group == "entity-cache"]
    for worker in filling:
        worker.cancel()
    while not all(worker.is_finished for worker in filling):
        await asyncio.sleep(0.1)


@dataclass
class Typed:
    """One opening's keys: when each was due and what the palette shows once it is in."""

    started: float
    due: list[tuple[float, float, str]]  # when due, the process's CPU time then, typed
    listed: float
    stall: float
    stall_cpu: float

    def keys(self, frames: Frames) -> list[float]:
        return [frames.first(pressed, shown) for pressed, _, shown in self.due]

    def keys_cpu(self, frames: Frames) -> list[float]:
        return [frames.first(pressed, shown, cpu=cpu) for pressed, cpu, shown in self.due]


async def _typed_in(app: Any, pilot: Any, typed: str) -> Typed:
    """``ctrl+p``, then ``typed`` a key every ``BETWEEN_KEYS`` from ``FIRST_KEY`` on without
    waiting for the palette, until its hits are all in; the loop probed meanwhile."""
    from textual.command import CommandPalette

    with LoopProbe() as probe:
        started = time.perf_counter()
        send_key(app, "ctrl+p", None)
        due = []
        for end in range(1, len(typed) + 1):
            at = started + FIRST_KEY + (end - 1) * BETWEEN_KEYS
            await asyncio.sleep(max(0.0, at - time.perf_counter()))
            char = typed[end - 1]
            send_key(app, "space" if char == " " else char, char)
            due.append((at, typed[:end]))
        await _all_in(app, pilot)
        assert isinstance(app.screen, CommandPalette)
        listed = time.perf_counter() - started
    keys = [(at, probe.cpu_at(at), shown) for at, shown in due]
    return Typed(started, keys, listed, probe.longest, probe.longest_cpu)


def copy_store(source: Path, target: Path, caches: bool = False) -> None:
    for suffix in SUFFIXES:
        if Path(f"{source}{suffix}").exists():
            shutil.copy2(f"{source}{suffix}", f"{target}{suffix}")
    if caches:
        shutil.rmtree(f"{target}.cache", ignore_errors=True)
        shutil.copytree(f"{source}.cache", f"{target}.cache")
    bodies = Path(f"{target}.bodies")
    if not bodies.exists():
        bodies.symlink_to(Path(f"{source}.bodies").resolve())


def note_as_earlier(path: Path) -> None:
    """Write the store's note again as a version before the tags columns wrote it."""
    import diplotui.store.storage as storage_module
    from diplotui.store import Store
    from diplotui.store.records import ARTICLES, HIGHLIGHTS

    earlier: dict[str, tuple[str, ...]] = {ARTICLES: (), HIGHLIGHTS: ()}
    original, storage_module.STRING_COLUMNS = storage_module.STRING_COLUMNS, earlier
    try:
        with Store.open(path) as store:
            store.compact()
    finally:
        storage_module.STRING_COLUMNS = original


def measured(src: Path, store: Path, typed: str, settled: bool) -> dict[str, Any]:
    """One opening in a process of its own, with ``src`` first on its path."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    command = [sys.executable, __file__, str(store), "--one", "--typed", typed]
    command += ["--settled"] if settled else []
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode:
        raise SystemExit(f"{src}: exited {done.returncode}\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.splitlines()[-1])


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f}"


def report(label: str, runs: list[dict[str, Any]]) -> None:
    def median(key: str) -> float:
        return statistics.median(run[key] for run in runs)

    def keys(key: str) -> str:
        pressed = sorted(each for run in runs for each in run[key])
        return f"median {_ms(statistics.median(pressed))} ms, worst {_ms(pressed[-1])} ms"

    print(
        f"{label}: first frame {_ms(median('frame'))} ms, commands listed"
        f" {_ms(median('commands'))} ms; keys press to frame {keys('keys')} (the process's"
        f" CPU meanwhile {keys('keys_cpu')}); loop's longest"
        f" stall {_ms(median('stall'))} ms (its thread's CPU {_ms(median('stall_cpu'))} ms);"
        f" hits all in {_ms(median('listed'))} ms; second opening (nothing to list): frame"
        f" {_ms(median('again_frame'))} ms, keys {keys('again_keys')} (CPU"
        f" {keys('again_keys_cpu')}), loop's longest stall"
        f" {_ms(median('again_stall'))} ms, hits in {_ms(median('again_listed'))} ms; hits"
        f" {sorted({run['hits'] for run in runs})} ({runs[0]['count']}), the same again:"
        f" {all(run['same_again'] for run in runs)} (medians of {len(runs)})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--before", type=Path, help="another tree's src, measured alike")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--earlier-note", action="store_true")
    parser.add_argument("--typed", default="wong tokyo")
    parser.add_argument("--settled", action="store_true", help="a returning user's opening")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(asyncio.run(opening(args.store, args.typed, args.settled))))
        return
    trees = {"after": SRC, **({"before": args.before} if args.before else {})}
    runs: dict[str, list[dict[str, Any]]] = {label: [] for label in trees}
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "source.json"
        copy_store(args.store, source, args.settled)
        if args.earlier_note:
            note_as_earlier(source)
        for number in range(args.runs):
            for label, src in sorted(trees.items(), reverse=number % 2 == 1):
                path = Path(folder) / f"{label}{number}.json"
                copy_store(source, path, args.settled)
                runs[label].append(measured(src, path, args.typed, args.settled))
                print(label, number, runs[label][-1], f"load {os.getloadavg()[0]:.1f}", flush=True)
                for suffix in SUFFIXES:
                    Path(f"{path}{suffix}").unlink(missing_ok=True)
                shutil.rmtree(f"{path}.cache", ignore_errors=True)
    for label in sorted(trees, reverse=True):
        report(label, runs[label])


if __name__ == "__main__":
    main()
