"""How long the first ``ctrl+p`` holds the interface on a large store whose trust note an older
build wrote (no tags column: the tag counts read every article's and highlight's document).

Usage: .venv/bin/python bench/bench_palette_open.py STORE [--runs 3]

STORE: a compacted store, e.g. ``generate_library(PATH, 100_000, 250_000)`` then
``Store.compact``. It is copied once and its note written again without the tags columns, as
an earlier version wrote it. First, ``Store.tag_counts`` alone on that note and on one this
version wrote. Then each run opens a fresh copy of the earlier note (the first writer to
count the tags notes them, so a second opening of the same file would be the fast case),
waits for start-up's work (the library's facets and two seconds; not the entity index,
minutes at 100,000, filled in a process of its own at the lowest priority), presses
``ctrl+p`` through Pilot and waits until the palette has listed its hits. Printed: the
longest the event loop went without turning meanwhile (what a user sees as a frozen screen:
keys and repaints wait for it), the time until the palette's screen was up, and until its
hits were all in; then the same on the copy whose note this version wrote.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from textual.command import CommandPalette

import diplotui.store.storage as storage_module
from diplotui.store import Store
from diplotui.store.records import ARTICLES, HIGHLIGHTS
from diplotui.tui.app import DiplotuiApp

SUFFIXES = ("", ".checked", ".journal")
STEP = 0.005  # seconds the loop probe sleeps between turns


class LoopProbe:
    """The longest the event loop went without running a task ready after ``STEP``: in wall
    time, and in CPU time of the loop's own thread (what the load of a shared machine does
    not stretch; the wall time also counts the loop waiting for the GIL)."""

    def __init__(self) -> None:
        self.longest = 0.0
        self.longest_cpu = 0.0
        self._task: asyncio.Task[None] | None = None

    async def _run(self) -> None:
        last, last_cpu = time.perf_counter(), time.thread_time()
        while True:
            await asyncio.sleep(STEP)
            now, now_cpu = time.perf_counter(), time.thread_time()
            self.longest = max(self.longest, now - last - STEP)
            self.longest_cpu = max(self.longest_cpu, now_cpu - last_cpu)
            last, last_cpu = now, now_cpu

    def __enter__(self) -> LoopProbe:
        self._task = asyncio.get_running_loop().create_task(self._run())
        return self

    def __exit__(self, *_: object) -> None:
        assert self._task is not None
        self._task.cancel()


def copy_store(source: Path, target: Path) -> None:
    for suffix in SUFFIXES:
        if Path(f"{source}{suffix}").exists():
            shutil.copy2(f"{source}{suffix}", f"{target}{suffix}")
    bodies = Path(f"{target}.bodies")
    if not bodies.exists():
        bodies.symlink_to(Path(f"{source}.bodies").resolve())


def note_as_earlier(path: Path) -> None:
    """Write the store's note again as a version before the tags columns wrote it."""
    earlier: dict[str, tuple[str, ...]] = {ARTICLES: (), HIGHLIGHTS: ()}
    original, storage_module.STRING_COLUMNS = storage_module.STRING_COLUMNS, earlier
    try:
        with Store.open(path) as store:
            store.compact()
    finally:
        storage_module.STRING_COLUMNS = original


async def first_opening(path: Path) -> tuple[float, float, float, float]:
    """Seconds: the loop's longest stall, the palette's screen up, its hits all in, and the
    longest stall in the loop thread's CPU time."""
    store = Store.open(path)
    app = DiplotuiApp(store)
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            actions = app.screen.library_actions  # type: ignore[attr-defined]
            while actions.state.facets is None:  # the library listed, filters ready
                await asyncio.sleep(0.1)
            await asyncio.sleep(2)  # the rest of start-up's work on the UI thread
            with LoopProbe() as probe:
                started = time.perf_counter()
                await pilot.press("ctrl+p")
                palette = app.screen
                assert isinstance(palette, CommandPalette)
                shown = time.perf_counter() - started
                while any(worker.node is palette for worker in app.workers):
                    await asyncio.sleep(0.005)
                await pilot.pause()
                listed = time.perf_counter() - started
            await pilot.press("escape")
    finally:
        store.close()
    return probe.longest, shown, listed, probe.longest_cpu


def report(label: str, runs: list[tuple[float, float, float, float]]) -> None:
    stall, shown, listed, cpu = (statistics.median(run[n] for run in runs) for n in range(4))
    worst = max(run[0] for run in runs)
    print(
        f"{label}: loop stalled {stall * 1000:.0f} ms (worst {worst * 1000:.0f}; its thread's"
        f" CPU {cpu * 1000:.0f} ms), palette up {shown * 1000:.0f} ms, hits in"
        f" {listed * 1000:.0f} ms (medians of {len(runs)}; load {os.getloadavg()[0]:.1f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        earlier = Path(folder) / "earlier.json"
        copy_store(args.store, earlier)
        note_as_earlier(earlier)
        noted = Path(folder) / "noted.json"
        copy_store(earlier, noted)
        with Store.open(noted) as store:
            store.compact()  # its note as this version writes it
        for label, path in (("without", earlier), ("with", noted)):  # what the UI waited for
            with Store.open(path, read_only=True) as store:
                started = time.perf_counter()
                store.tag_counts()
                elapsed = time.perf_counter() - started
            print(f"Store.tag_counts, a note {label} the tags: {elapsed * 1000:.0f} ms")
        runs = []
        for number in range(args.runs):
            path = Path(folder) / f"run{number}.json"
            copy_store(earlier, path)
            runs.append(asyncio.run(first_opening(path)))
        report("note without tags, first opening", runs)
        report("note with tags", [asyncio.run(first_opening(noted))])


if __name__ == "__main__":
    main()
