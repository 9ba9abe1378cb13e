"""``W`` after only a first timeline: the Statements view's first rows, and keys during its fill.

Usage: .venv/bin/python bench/bench_statements_after_timeline.py --library LIB [--name NAME]
       [--at-once]

LIB is a store with its search index built and no statement cache (a copy is used: LIB is not
changed). ``timeline NAME`` (default "Penny Wong") is asked first, as ``diplotui timeline``
asks it: it fills the statement and timeline caches for the articles that can name NAME only.
Then the real app (Pilot, 120x40, collection paused until its first frame as the launcher
does) waits for its preload to index those statements (``--at-once``: it does not) and ``W``
is pressed: key press to the first frame with rows, and how many articles were still to read.
While the rest are read (in the helper process), ``down`` is pressed every quarter second in
the statements' pane: key press to its frame, median, 90th percentile and worst, until every
article is read.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from bench_statements_view import view_frames
from diplotui.library.timeline import entity_timeline
from diplotui.store import Store
from diplotui.store.collection import pause_for_start_up
from diplotui.tui.app import DiplotuiApp


async def measure(path: Path, preloaded: bool) -> None:
    pause_for_start_up()
    with Store.open(path) as store:
        app = DiplotuiApp(store)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            state = app.screen.statement_actions.state
            if preloaded:
                while state.index is None:
                    await asyncio.sleep(0.01)
                await pilot.pause()
                await asyncio.sleep(0.5)
                await pilot.pause()
            frames = view_frames(app)
            pressed = time.perf_counter()
            await pilot.press("W")
            while not frames:
                await asyncio.sleep(0.005)
            shown = (frames[0] - pressed) * 1000
            await pilot.pause()
            rows = len(state.index.rows) if state.index else 0
            print(
                f"W ({'after the preload' if preloaded else 'at once'}): key press to the first "
                f"frame with rows {shown:.0f} ms; {rows:,} statements listed, {state.pending:,} "
                "articles still to read"
            )
            await pilot.press("enter")  # from the filter to the statements
            await pilot.pause()
            took: list[float] = []
            started = time.perf_counter()
            while state.pending or state.filling:
                frames.clear()
                pressed = time.perf_counter()
                await pilot.press("down")
                while not frames and time.perf_counter() - pressed < 10:
                    await asyncio.sleep(0.002)
                if frames:
                    took.append((frames[0] - pressed) * 1000)
                await asyncio.sleep(0.25)
            took.sort()
            listed = len(state.index.rows) if state.index else 0
            print(
                f"every article read {time.perf_counter() - started:.1f} s later ({listed:,} "
                f"statements); {len(took)} 'down' keys meanwhile: key press to its frame median "
                f"{statistics.median(took):.0f} ms, 90th percentile "
                f"{took[int(len(took) * 0.9)]:.0f} ms, worst {took[-1]:.0f} ms, "
                f"{sum(t > 100 for t in took)} over 100 ms"
            )
            app.exit()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--library", type=Path, required=True)
    parser.add_argument("--name", default="Penny Wong")
    parser.add_argument("--at-once", action="store_true", help="W before the preload")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "library"
        shutil.copytree(args.library.parent, copy)
        path = copy / args.library.name
        with Store.open(path) as store:
            started = time.process_time()
            entries = entity_timeline(store, args.name)
        print(
            f"timeline {args.name!r}: {len(entries):,} entries, "
            f"{time.process_time() - started:.1f} s of CPU"
        )
        asyncio.run(measure(path, not args.at_once))


if __name__ == "__main__":
    main()
