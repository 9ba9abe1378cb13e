"""The Statements view on a generated 10,000-article library (issue 17; target: opens < 100 ms).

Usage: .venv/bin/python bench/bench_statements_view.py [--articles 10000 --seed 0] [--keep DIR]
       [--firsts 3]

``--keep DIR`` keeps the generated library and its caches in DIR and reuses them on the next run
(the cache fill takes minutes on a loaded machine).

Generates the library, fills its statement cache once in the helper process the app uses
(``TextCache.fill_in_process``, timed: the first start's cost), then in a fresh process measures
inside the running app (Pilot, 120x40, the garbage collector paused until the first frame and
then frozen, as the launcher does): the first ``W`` pressed at once after start-up (a worker
loads the cache into an index) and half a second after the app's preload has indexed it (and
prepared the view at that quiet moment), later openings by
``W`` (key press to the list painted), a view built anew each time, and filter keystrokes.
Wall time, CPU time of this process and CPU time of the UI thread are printed: on a shared
machine the wall time counts other processes' turns too, and the process's CPU counts the app's
workers (the search index, the entity cache) running at the same moment; the UI thread's CPU is
what the key press itself cost. ``--firsts N`` repeats the first-``W`` runs (a new app each).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
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
from diplotui.library.statements import StatementIndex
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.statements import StatementsScreen

# a filter of terms, and a name typed letter by letter (each prefix narrows the list)
TYPED = ("minister since:2020", "ngo le van")
RUNS = 7


def view_frames(app: DiplotuiApp) -> list[float]:
    """The times at which ``app`` hands its driver a frame showing the Statements view with
    its rows, from now on: what a person sees, without Pilot's own waits for idleness (tens
    of milliseconds a press, bench_key_to_frame.py)."""
    frames: list[float] = []
    display = app._display

    def recording_display(screen, renderable):  # type: ignore[no-untyped-def]
        result = display(screen, renderable)
        if renderable is not None and isinstance(app.screen, StatementsScreen):
            listing = app.screen.query("#statements-list")
            if listing and listing.first(OptionList).option_count:
                frames.append(time.perf_counter())
        return result

    app._display = recording_display  # type: ignore[method-assign]
    return frames


class Timings:
    """Wall and CPU seconds of repeated runs, printed as medians and worst cases."""

    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []
        self.ui: list[float] = []  # the CPU of the UI thread alone (workers left out)
        self._started = (0.0, 0.0, 0.0)

    def start(self) -> None:
        self._started = (time.perf_counter(), time.process_time(), time.thread_time())

    def stop(self) -> None:
        self.wall.append(time.perf_counter() - self._started[0])
        self.cpu.append(time.process_time() - self._started[1])
        self.ui.append(time.thread_time() - self._started[2])

    def __str__(self) -> str:
        def ms(values: list[float]) -> str:
            return (
                f"median {statistics.median(values) * 1000:.0f} ms (worst {max(values) * 1000:.0f})"
            )

        return f"wall {ms(self.wall)}, CPU {ms(self.cpu)}, UI thread CPU {ms(self.ui)}"


async def _first_w(store: Store, preloaded: bool) -> None:
    """The first ``W`` of a session: right after start-up (before the preload), or once the
    preload has indexed the cache (a user who reads for a few seconds first)."""
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        state = app.screen.statement_actions.state
        started = time.perf_counter()
        if preloaded:
            while state.index is None:
                await asyncio.sleep(0.01)
            print(f"preload: index ready {time.perf_counter() - started:.2f} s after start-up")
            await pilot.pause()  # a user reads a moment first: the app's idle work is done
            await asyncio.sleep(0.5)
            await pilot.pause()
        first = Timings()
        frames = view_frames(app)
        first.start()
        pressed = time.perf_counter()
        await pilot.press("W")
        await pilot.pause()
        listing = app.screen.query_one("#statements-list", OptionList)
        first.stop()
        label = "after the preload" if preloaded else "at once (no preload yet)"
        # before the preload the view opens without rows: no frame shows any yet
        to_frame = f"{(frames[0] - pressed) * 1000:.0f} ms" if frames else "no rows yet"
        print(
            f"first W {label}: the view shown, {first}, {listing.option_count} rows shown; "
            f"key press to its first frame with rows: {to_frame}"
        )
        while state.index is None:
            await asyncio.sleep(0.01)
        print(f"first W {label}: index ready {time.perf_counter() - started:.2f} s after start")
        app.exit()


async def measure(store: Store, firsts: int) -> None:
    await _first_w(store, preloaded=False)
    for _ in range(firsts):
        await _first_w(store, preloaded=True)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        await pilot.press("W")
        await pilot.pause()
        while screen.statement_actions.state.index is None:
            await asyncio.sleep(0.01)
        index = screen.statement_actions.state.index
        print(f"index: {len(index.rows):,} statements")
        await pilot.press("escape")
        await pilot.pause()
        later = Timings()
        to_frame: list[float] = []
        frames = view_frames(app)
        for _ in range(RUNS):
            frames.clear()
            later.start()
            pressed = time.perf_counter()
            await pilot.press("W")
            await pilot.pause()
            listing = app.screen.query_one("#statements-list", OptionList)
            assert isinstance(app.screen, StatementsScreen) and listing.option_count
            later.stop()
            to_frame.append(frames[0] - pressed)
            await pilot.press("escape")
            await pilot.pause()
        print(
            f"later W (key press to the list painted, through Pilot): {later}; key press to "
            f"its first frame median {statistics.median(to_frame) * 1000:.0f} ms "
            f"(worst {max(to_frame) * 1000:.0f})"
        )
        built = Timings()
        for _ in range(RUNS):
            built.start()
            await app.push_screen(StatementsScreen(index))
            await pilot.pause()
            built.stop()
            app.pop_screen()
            await pilot.pause()
        print(f"a view built anew each time (compose, filter, fill, paint): {built}")
        await pilot.press("W")
        for text in TYPED:
            typed = Timings()
            for char in text:
                typed.start()
                await pilot.press("colon" if char == ":" else "space" if char == " " else char)
                await pilot.pause()
                typed.stop()
            print(f"filter keystroke ({text!r}, through Pilot): {typed}")
            await pilot.press(*["backspace"] * len(text))
            await pilot.pause()
        await _moves(app, pilot, frames)
        _copy_reads(store, index)
        app.exit()


def _copy_reads(store: Store, index: StatementIndex) -> None:
    """What ``y`` on a reported statement reads from the store on the UI thread (the article
    as stored now, its text for the verb before the words), for 200 rows drawn at random."""
    import random

    from diplotui.statements.verbs import verb_before

    reported = [row for row in index.rows if row.statement.kind != "direct"]
    took = []
    for row in random.Random(0).sample(reported, min(200, len(reported))):
        started = time.perf_counter()
        article = store.article(row.article.id)
        verb_before(store.article_text(article.id), row.statement.start)
        took.append((time.perf_counter() - started) * 1000)
    print(
        f"y's reads on the UI thread ({len(took)} reported statements): median "
        f"{statistics.median(took):.2f} ms, worst {max(took):.2f} ms"
    )


async def _moves(app: DiplotuiApp, pilot, frames: list[float]) -> None:  # type: ignore[no-untyped-def]
    """``end``, ``home`` and ``pagedown`` in the statements' pane of the unfiltered view: key
    press to the frame showing the highlight moved (``end``: to the library's oldest
    statement), and the UI thread's CPU through Pilot."""
    await pilot.press("enter")  # from the filter to the statements
    await pilot.pause()
    listing = app.screen.query_one("#statements-list", OptionList)
    view = app.screen
    assert isinstance(view, StatementsScreen) and view._index is not None
    found = view._index.rows
    for keys in (("end", "home"), ("pagedown",) * 2):
        timings = {key: Timings() for key in keys}
        to_frame: dict[str, list[float]] = {key: [] for key in keys}
        reached: dict[str, str] = {}  # the row each key went to, the last time
        for _ in range(RUNS):
            for key in keys:
                frames.clear()
                timings[key].start()
                pressed = time.perf_counter()
                await pilot.press(key)
                await pilot.pause()
                timings[key].stop()
                to_frame[key].append(frames[0] - pressed)
                option = listing.highlighted_option
                reached[key] = f"{int(option.id or 0) + 1:,}" if option else "none"
            if keys[0] == "pagedown":
                await pilot.press("home")
                await pilot.pause()
        for key in dict.fromkeys(keys):
            print(
                f"{key} in the statements (to row {reached[key]} of {len(found):,}, "
                f"{listing.option_count} rows in the list): key "
                f"press to its frame median {statistics.median(to_frame[key]) * 1000:.0f} ms "
                f"(worst {max(to_frame[key]) * 1000:.0f}); {timings[key]}"
            )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--firsts", type=int, default=1, help="first-W runs after the preload")
    parser.add_argument("--keep", type=Path, default=None, help="keep and reuse the library here")
    parser.add_argument("--child", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        gc.disable()  # as the launcher does; the app freezes start-up objects at its first frame
        store = Store.open(Path(args.child))
        cache = StatementCache.load(store)
        print(f"cache: {len(cache):,} texts, {len(cache.missing(store.articles())):,} missing")
        del cache
        try:
            asyncio.run(measure(store, args.firsts))
        finally:
            store.close()
        return
    if args.keep is not None:
        args.keep.mkdir(parents=True, exist_ok=True)
        _run(args.keep / "lib.json", args)
        return
    with tempfile.TemporaryDirectory() as work:
        _run(Path(work) / "lib.json", args)


def fill_statement_cache(path: Path) -> None:
    """Fill the statement cache of the library at ``path`` in the helper process the app
    uses, timed (a first start's cost; nothing when it is full)."""
    with Store.open(path) as store:
        tick = time.perf_counter()
        cache = StatementCache.load(store)
        missing = cache.missing(LibraryQuery().apply(store))
        if missing:
            cache.fill_in_process(store, missing)
            print(
                f"statement cache filled by the helper process in "
                f"{time.perf_counter() - tick:.0f} s (first start)"
            )


def _run(path: Path, args: argparse.Namespace) -> None:
    """Generate the library (unless kept from an earlier run), fill its cache, measure."""
    if not path.exists():
        generate_library(path, articles=args.articles, highlights=0, seed=args.seed)
    fill_statement_cache(path)
    child = [sys.executable, __file__, "--child", str(path), "--firsts", str(args.firsts)]
    subprocess.run(child, check=True)


if __name__ == "__main__":
    main()
