"""The Statements view on a generated 10,000-article library (issue 17; target: opens < 100 ms).

Usage: .venv/bin/python bench/bench_statements_view.py [--articles 10000 --seed 0]

Generates the library, fills its statement cache once (what the app's worker does on the first
start, timed too), then in a fresh process measures inside the running app (Pilot, 120x40):
the first ``W`` (the worker loads the cache into an index), later openings in the app (screen
built, every statement filtered, lists filled) and through Pilot (key press to the list filled,
painting and the test driver included), and filter keystrokes typed into the view.
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

from textual.widgets import OptionList

from diplotui.library import LibraryQuery
from diplotui.library.generate import generate_library
from diplotui.library.statement_cache import StatementCache
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.screens.statements import StatementsScreen

TYPED = "minister since:2020"


async def measure(store: Store) -> None:
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        started = time.perf_counter()
        await pilot.press("W")  # the first opening loads the cache into the index
        while screen.statements_state.index is None:
            await asyncio.sleep(0.01)
        await app.workers.wait_for_complete()
        index = screen.statements_state.index
        print(
            f"first opening: index ready {time.perf_counter() - started:.2f} s after W: "
            f"{len(index.rows):,} statements"
        )
        await pilot.press("escape")
        await pilot.pause()
        work = []
        for _ in range(5):
            tick = time.perf_counter()
            view = StatementsScreen(index)
            await app.push_screen(view)
            work.append(time.perf_counter() - tick)
            app.pop_screen()
            await pilot.pause()
        print(
            f"open the view in the app (build, filter, fill the lists): median "
            f"{statistics.median(work) * 1000:.0f} ms, worst {max(work) * 1000:.0f} ms"
        )
        opened = []
        for _ in range(5):
            tick = time.perf_counter()
            await pilot.press("W")
            listing = app.screen.query_one("#statements-list", OptionList)
            assert isinstance(app.screen, StatementsScreen) and listing.option_count
            opened.append(time.perf_counter() - tick)
            await pilot.press("escape")
            await app.workers.wait_for_complete()
        print(
            f"open the view (W to filled list, through Pilot): median "
            f"{statistics.median(opened) * 1000:.0f} ms, worst {max(opened) * 1000:.0f} ms"
        )
        await pilot.press("W")
        keystrokes = []
        for char in TYPED:
            tick = time.perf_counter()
            await pilot.press("colon" if char == ":" else "space" if char == " " else char)
            keystrokes.append(time.perf_counter() - tick)
        print(
            f"filter keystroke (through Pilot): median {statistics.median(keystrokes) * 1000:.0f}"
            f" ms, worst {max(keystrokes) * 1000:.0f} ms"
        )
        app.exit()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--child", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        store = Store.open(Path(args.child))
        try:
            asyncio.run(measure(store))
        finally:
            store.close()
        return
    with tempfile.TemporaryDirectory() as work:
        path = Path(work) / "lib.json"
        generate_library(path, articles=args.articles, highlights=0, seed=args.seed)
        with Store.open(path) as store:
            tick = time.perf_counter()
            cache = StatementCache.load(store)
            cache.fill(store, LibraryQuery().apply(store))
            print(f"statement cache filled in {time.perf_counter() - tick:.1f} s (first start)")
        subprocess.run([sys.executable, __file__, "--child", str(path)], check=True)


if __name__ == "__main__":
    main()
