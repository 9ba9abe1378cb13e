"""Key press to frame in the real app on an existing big library, this code beside an older one.

Usage: .venv/bin/python bench/bench_library_keys.py --library PATH [--library PATH ...]
       [--before OLD_TREE/src] [--presses 9]

Each library is opened in the app (120x40) in a fresh process per code tree (``--before``
puts an older checkout's ``src`` first on the path, e.g. a ``git worktree`` of main). Once the
app's background work is done (the search index open, the list's orders or facets ready; the
entity recogniser's first pass over the library is skipped, as when its cache is filled),
each key is timed from the press to the first frame after it (``App._display``, as
``bench_key_to_frame.py`` does) and to the last frame it caused before the app fell idle
(a dialog's close and the list's update may be two frames), in wall time and in the UI
thread's CPU time (steadier when other processes share the cores). The list snapshot's timer
is off (its worker's reading and sorting would land on random keys):

- ``o``: the next sort order of the whole list;
- filter: ``enter`` in the filter dialog after typing a tag, and ``escape`` clearing it; the
  other filters of issue 13 applied as the dialog applies them;
- search: each key typed in the search field ("cooperation");
- in the reader: ``j`` (next sentence), ``h`` (highlight it);
- ``t``: the tag dialog shown, then ``enter``: the tag saved and the list row updated.

The library is changed by the run (a few tags are added; each highlight is undone, and ``h``
is pressed on sentences not highlighted yet, so a library can serve several runs). Targets at
100,000 articles: ``h``, ``t``, ``j`` <= 16 ms, search keystroke <= 50 ms, filter <= 20 ms,
sort <= 100 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

FILTERS: dict[str, dict[str, Any]] = {
    "source": {"source": "vnexpress"},
    "date range": {"since": "2020-01", "until": "2021-06"},
    "annotated": {"annotated": True},
    "tag + date": {"tags": ["asean"], "since": "2024"},
}
TYPED = "cooperation"


async def measure(path: str, presses: int) -> dict[str, Any]:
    from textual.pilot import Pilot

    from diplotui.library import LibraryQuery
    from diplotui.store import Store
    from diplotui.tui.app import DiplotuiApp
    from diplotui.tui.controllers.library import LibraryActions
    from diplotui.tui.widgets.article_list import ArticleList
    from diplotui.tui.widgets.reader import Reader

    # Skip the recogniser's first pass over the library, as when its cache is filled.
    LibraryActions._fill_entity_cache = lambda self: None  # type: ignore[method-assign]
    # The list snapshot is kept by a worker every 5 s after a write; its reading and sorting
    # (1-2 s of CPU at 100,000) would land on random keys, so it is left out here.
    DiplotuiApp.SNAPSHOT_SECONDS = 3600.0
    store = Store.open(path)
    app = DiplotuiApp(store)
    frames: list[tuple[float, float]] = []
    display = app._display

    def recording_display(screen: Any, renderable: Any) -> Any:
        if renderable is not None:
            frames.append((time.perf_counter(), time.thread_time()))
        return display(screen, renderable)

    app._display = recording_display  # type: ignore[method-assign]
    results: dict[str, Any] = {"articles": len(store.article_ids())}

    async def timed(name: str, action: Callable[[], Awaitable[object]]) -> None:
        frames.clear()
        wall, cpu = time.perf_counter(), time.thread_time()
        await action()
        if frames:
            first, last = frames[0], frames[-1]
            results.setdefault(name, []).append(
                (
                    (first[0] - wall) * 1000,
                    (first[1] - cpu) * 1000,
                    (last[0] - wall) * 1000,
                    (last[1] - cpu) * 1000,
                )
            )

    started = time.perf_counter()
    async with app.run_test(size=(120, 40)) as pilot:
        assert isinstance(pilot, Pilot)
        await pilot.pause()
        await background_done(app)
        await pilot.pause(0.5)
        results["ready after"] = time.perf_counter() - started
        screen = app.screen
        pane: Any = getattr(screen, "library_actions", screen)  # older trees: the screen
        library = screen.query_one(ArticleList)
        library.focus()
        for _ in range(2 * 4):
            await timed("o (sort)", lambda: pilot.press("o"))
        for _ in range(presses):
            await pilot.press("f")
            await pilot.pause()
            for char in "asean":
                await pilot.press(char)
            await timed("filter: enter (tag)", lambda: pilot.press("enter"))
            await timed("filter: escape (clear)", lambda: pilot.press("escape"))
        for name, fields in FILTERS.items():
            query = LibraryQuery(**fields)
            for _ in range(presses):

                async def apply(query: Any = query) -> None:
                    pane.set_library_query(query)
                    await pilot.pause()

                await timed(f"filter: {name}", apply)
                pane.set_library_query(LibraryQuery(sort=query.sort))
                await pilot.pause()
        for _ in range(max(1, presses // 3)):
            await pilot.press("slash")
            for char in TYPED:
                await timed("search keystroke", lambda c=char: pilot.press(c))  # type: ignore[misc]
            await pilot.press("escape")
            await pilot.pause()
        library.focus()
        await pilot.press("g", "enter")
        await pilot.pause(0.5)
        for _ in range(presses):
            await timed("j (reader)", lambda: pilot.press("j"))
        reader = screen.query_one(Reader)
        for _ in range(presses):
            await pilot.press("j", "j")
            for _ in range(100):  # a sentence an earlier run left highlighted is passed over
                if reader.highlight_at_cursor() is None:
                    break
                await pilot.press("j")
            await pilot.pause(0.2)
            await timed("h (highlight)", lambda: pilot.press("h"))
            await pilot.pause(0.2)
            await pilot.press("ctrl+z")  # undone: the next run finds the same sentences free
            await pilot.pause(0.2)
        for number in range(presses):
            await timed("t (tag dialog shown)", lambda: pilot.press("t"))
            await pilot.pause()
            for char in f"bench{number}":
                await pilot.press(char)
            await timed("t: enter (saved, row updated)", lambda: pilot.press("enter"))
            await pilot.pause(0.2)
        app.exit()
    store.close()
    return results


async def background_done(app: Any) -> None:
    """Wait for every worker, also those started meanwhile (a cancelled one was replaced by
    a newer one of its group)."""
    from textual.worker import WorkerCancelled

    while True:
        try:
            await app.workers.wait_for_complete()
        except WorkerCancelled:
            continue
        if not any(worker.is_running for worker in app.workers):
            return


def run(path: str, src: str | None, presses: int) -> dict[str, Any]:
    env = dict(os.environ)
    if src:
        env["PYTHONPATH"] = src + os.pathsep + env.get("PYTHONPATH", "")
    command = [sys.executable, __file__, "--child", path, "--presses", str(presses)]
    out = subprocess.run(command, env=env, check=True, stdout=subprocess.PIPE, text=True).stdout
    return dict(json.loads(out.splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--library", action="append", default=[])
    parser.add_argument("--before", default="", help="an older tree's src folder")
    parser.add_argument("--presses", type=int, default=9)
    parser.add_argument("--child", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(asyncio.run(measure(args.child, args.presses))))
        return
    for path in args.library:
        trees = [("before", args.before)] if args.before else []
        for label, src in [*trees, ("now", "")]:
            load = os.getloadavg()[0]
            result = run(path, src or None, args.presses)
            print(
                f"{result.pop('articles'):,} articles, {label} (load average {load:.1f}, "
                f"background work done {result.pop('ready after'):.1f} s after start); "
                "median wall / UI-thread CPU, ms, to the first frame; then to the last frame "
                "the key caused:"
            )
            for name, samples in result.items():
                wall, cpu, settled_wall, settled_cpu = (
                    statistics.median(sample[part] for sample in samples) for part in range(4)
                )
                print(
                    f"  {name}: {wall:.1f} / {cpu:.1f}; settled {settled_wall:.1f} / "
                    f"{settled_cpu:.1f} (n={len(samples)})",
                    flush=True,
                )


if __name__ == "__main__":
    main()
