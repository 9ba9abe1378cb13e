"""The library pane inside the running app, on a generated library (issues 6 and 13).

Usage: .venv/bin/python bench/bench_library_ui.py [--articles 10000 --seed 0] [--library PATH]
       [--fresh-index]

Measures, in one Pilot run at 120x40: mount to painted list, the search index ready (thread
worker after first paint; ``--fresh-index`` deletes the index file first, so it is built from
scratch), each search keystroke as the app handles it (``Input.Changed`` -> narrowed list:
median, p95, worst), the same keystrokes pressed through Pilot (adds the test driver's round
trip), filters and sort changes as the app handles them, and the app's resident memory
(VmRSS). ``--library`` measures an existing store (e.g. one kept from an earlier run) instead
of generating one. Targets at 100,000 articles: keystroke <= 50 ms, filter <= 20 ms, sort <=
100 ms, VmRSS with search ready < 400 MB.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from diplotui.library import LibraryQuery
from diplotui.library.generate import generate_library
from diplotui.library.search import index_path
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.screens.main import MainScreen
from diplotui.tui.widgets.article_list import ArticleList

TYPED = ("vietnam cooperation", "ha noi asean", "people to people diplomacy", "minister")
FILTERS = (
    LibraryQuery(tags=["asean"]),
    LibraryQuery(tags=["asean", "laos"]),
    LibraryQuery(source="vnexpress"),
    LibraryQuery(since="2020-01", until="2021-06"),
    LibraryQuery(annotated=True),
    LibraryQuery(tags=["asean"], since="2024"),
)


def vm_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def summary(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[int(len(ordered) * 0.95) - 1] if len(ordered) > 1 else ordered[0]
    return (
        f"median {statistics.median(ordered) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms, "
        f"worst {ordered[-1] * 1000:.1f} ms over {len(ordered)} runs"
    )


async def measure(store: Store) -> None:
    started = time.perf_counter()
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        library = app.screen.query_one(ArticleList)
        painted = time.perf_counter() - started
        print(f"mount to painted list: {painted:.2f} s, {len(library.rows):,} rows")
        print(f"VmRSS after first paint: {vm_rss_mb():.0f} MB")
        assert isinstance(app.screen, MainScreen)
        screen = app.screen.library_actions  # the library pane's controller
        while screen.state.index is None:
            await asyncio.sleep(0.05)
        print(f"search index ready: {time.perf_counter() - started:.2f} s after start")
        in_app: list[float] = []
        in_app_cpu: list[float] = []
        for phrase in TYPED:
            for end in range(1, len(phrase) + 1):
                screen.query.text = phrase[:end]
                tick, cpu = time.perf_counter(), time.thread_time()
                screen.show_library()
                in_app.append(time.perf_counter() - tick)
                in_app_cpu.append(time.thread_time() - cpu)
            screen.query.text = ""
        print(f"search keystroke in the app: {summary(in_app)}")
        print(f"  the UI thread's CPU time: {summary(in_app_cpu)}")
        filtering: list[float] = []
        filtering_cpu: list[float] = []
        for _round in range(3):
            for query in FILTERS:
                tick, cpu = time.perf_counter(), time.thread_time()
                screen.set_library_query(query)
                filtering.append(time.perf_counter() - tick)
                filtering_cpu.append(time.thread_time() - cpu)
        screen.set_library_query(LibraryQuery())
        print(f"filter in the app: {summary(filtering)}")
        print(f"  the UI thread's CPU time: {summary(filtering_cpu)}")
        sorting: list[float] = []
        sorting_cpu: list[float] = []
        for _round in range(2):
            for _sort in range(4):
                tick, cpu = time.perf_counter(), time.thread_time()
                screen.cycle_sort()
                sorting.append(time.perf_counter() - tick)
                sorting_cpu.append(time.thread_time() - cpu)
        print(f"sort change in the app: {summary(sorting)}")
        print(f"  the UI thread's CPU time: {summary(sorting_cpu)}")
        await pilot.press("slash")
        pressed: list[float] = []
        for char in "cooperation":
            tick = time.perf_counter()
            await pilot.press(char)
            pressed.append(time.perf_counter() - tick)
        print(
            f"search keystroke through Pilot: {summary(pressed)}; {len(library.rows):,} rows left"
        )
        await pilot.press("escape")
        tick = time.perf_counter()
        await pilot.press("o")
        print(f"sort change (o) through Pilot: {(time.perf_counter() - tick) * 1000:.0f} ms")
        print(f"VmRSS with index built: {vm_rss_mb():.0f} MB")
        app.exit()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--library", default="", help="an existing store to measure")
    parser.add_argument("--fresh-index", action="store_true", help="delete its index first")
    parser.add_argument("--child", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.library:
        if args.fresh_index:
            index_path(Path(args.library)).unlink(missing_ok=True)
        subprocess.run([sys.executable, __file__, "--child", args.library], check=True)
        return
    if not args.child:
        with tempfile.TemporaryDirectory() as work:
            path = Path(work) / "lib.json"
            tick = time.perf_counter()
            generate_library(path, articles=args.articles, highlights=args.articles, seed=args.seed)
            print(f"generated {args.articles:,} articles in {time.perf_counter() - tick:.1f} s")
            # a fresh process, so the generator's memory does not count as the app's
            subprocess.run([sys.executable, __file__, "--child", str(path)], check=True)
        return
    store = Store.open(Path(args.child))
    try:
        asyncio.run(measure(store))
    finally:
        store.close()


if __name__ == "__main__":
    main()
