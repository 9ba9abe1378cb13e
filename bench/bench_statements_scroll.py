"""Scrolling the Statements view of a 10,000-article library: UI-thread CPU of each key.

Usage: .venv/bin/python bench/bench_statements_scroll.py --library DIR/lib.json [--pages 180]

The library is one ``bench_statements_view.py --keep DIR`` generated and filled. The real app
(Pilot, 120x40), collection paused until its first frame and then frozen as the launcher does,
waits for the preload to index the cache, presses ``W`` and ``enter`` (to the rows), then
``pagedown`` ``--pages`` times (rows are added a page at a time), ``down`` 20 times, ``end``
and ``home``. For each key: the UI thread's CPU time from the press to the app idle again
(Pilot's own waits are on this thread too, a few ms), how many exceeded 100 ms, and how many
full collections ran; at the end, one full collection timed and the objects it visits.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import statistics
import time
from pathlib import Path

from diplotui.store import Store
from diplotui.store.collection import pause_for_start_up
from diplotui.tui.app import DiplotuiApp


async def measure(path: Path, pages: int) -> None:
    pause_for_start_up()
    with Store.open(path) as store:
        app = DiplotuiApp(store)
        async with app.run_test(size=(120, 40)) as pilot:
            state = app.screen.statement_actions.state
            while state.index is None:
                await pilot.pause(0.5)
            await app.workers.wait_for_complete()
            await pilot.press("W")
            await pilot.pause(0.5)
            await pilot.press("enter")
            await pilot.pause()
            for keys in (["pagedown"] * pages, ["down"] * 20, ["end"], ["home"]):
                spent: list[float] = []
                full = gc.get_stats()[2]["collections"]
                for key in keys:
                    started = time.thread_time()
                    await pilot.press(key)
                    await pilot.pause()
                    spent.append((time.thread_time() - started) * 1000)
                print(
                    f"{keys[0]} x{len(keys)}: median {statistics.median(spent):.0f} ms, "
                    f"worst {max(spent):.0f} ms, over 100 ms: {sum(s > 100 for s in spent)}, "
                    f"full collections: {gc.get_stats()[2]['collections'] - full}"
                )
            started = time.perf_counter()
            gc.collect()
            took = (time.perf_counter() - started) * 1000
            print(
                f"then a full collection: {took:.0f} ms, visiting {len(gc.get_objects()):,} objects"
            )
            app.exit()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--library", type=Path, required=True)
    parser.add_argument("--pages", type=int, default=180)
    args = parser.parse_args()
    asyncio.run(measure(args.library, args.pages))


if __name__ == "__main__":
    main()
