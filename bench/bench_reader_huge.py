"""Opening one 8 MB article in the reader (~37,000 paragraphs of "X said Y." sentences), as a
user does it: the row chosen in the list, ``enter``, then keys while it lays out.

Usage: .venv/bin/python bench/bench_reader_huge.py [--megabytes 8] [--keep DIR] [--runs 3]
    [--profile]

The article is imported with the CLI into a new library beside the seeds (``--keep DIR``
keeps it for the next run). In the running app (Pilot, 120x40), for each run: ``enter`` on
its row, then ``j`` sent 50 ms later and ``tab`` once ``j`` showed, each sent to the driver
as Pilot sends keys but without waiting for the app to be idle. Reported: ``enter`` to the
first frame showing the article, to its whole layout; ``j`` and ``tab`` to the frame showing
them; the UI thread's longest stall from ``enter`` to the whole layout (a 10 ms timer's
longest gap); ``G`` once laid out lands on the last sentence. ``--profile`` prints where the
UI thread's time went in ``open_article``.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import pstats
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from textual import events

from bench_statements_huge import Stalls, huge_article
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.reader import Reader

TIMEOUT = 60.0


def send(app: DiplotuiApp, key: str) -> float:
    """Send ``key`` as Pilot does, not waiting for the app; the time it was sent."""
    event = events.Key(key, None if len(key) > 1 else key)
    event.set_sender(app)
    assert app._driver is not None
    app._driver.send_message(event)
    return time.perf_counter()


async def first_frame(frames: list[float], after: float, done: Callable[[], bool]) -> float | None:
    """Seconds from ``after`` to the first frame drawn since ``done()`` was last seen false."""
    deadline = time.perf_counter() + TIMEOUT
    undone = after
    while time.perf_counter() < deadline:
        if not done():
            undone = time.perf_counter()
        else:
            seen = [frame for frame in frames if frame >= undone]
            if seen:
                return seen[0] - after
        await asyncio.sleep(0.002)
    return None


def laid_out(reader: Reader) -> bool:
    """Whether the reader has wrapped the whole article (at once, before this change)."""
    return not getattr(reader, "layout_pending", False)


def ms(seconds: float | None) -> str:
    return "never" if seconds is None else f"{seconds * 1000:,.0f} ms"


async def measure(store: Store, article_id: str, runs: int, profile: bool) -> None:
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await asyncio.sleep(1.0)
        screen = app.screen
        reader: Reader = screen.reader  # type: ignore[attr-defined]
        library = screen.library  # type: ignore[attr-defined]
        frames: list[float] = []
        display = app._display

        def noting(target, renderable):  # type: ignore[no-untyped-def]
            result = display(target, renderable)
            if renderable is not None:
                frames.append(time.perf_counter())
            return result

        app._display = noting  # type: ignore[method-assign]
        stalls = Stalls(app)
        for run in range(runs):
            screen.open_article(next(a.id for a in store.articles() if a.id != article_id))
            screen._places.clear()  # opened on its first sentence, not where G left it
            library.select_id(article_id)
            library.focus()
            await pilot.pause()
            await asyncio.sleep(0.3)
            profiler = cProfile.Profile() if profile and run == 0 else None
            if profiler is not None:
                opening = screen.open_article
                screen.open_article = partial(profiler.runcall, opening)  # type: ignore[method-assign]
            stalls.watch()
            stalls.last = time.perf_counter()  # a stall from the first tick on is counted
            frames.clear()
            pressed = send(app, "enter")
            shown = await first_frame(frames, pressed, lambda: reader.article_id == article_id)
            await asyncio.sleep(max(0.0, pressed + 0.05 - time.perf_counter()))
            index = reader.cursor.index if reader.article_id == article_id else -1
            j_sent = send(app, "j")
            j_frame = await first_frame(
                frames, j_sent, lambda was=index: reader.cursor.index != was
            )
            j_while_laying = not laid_out(reader)
            tab_sent = send(app, "tab")
            tab_frame = await first_frame(frames, tab_sent, lambda: not reader.has_focus)
            whole = await first_frame(frames, pressed, lambda: laid_out(reader))
            worst = stalls.worst
            reader.focus()
            await pilot.press("G")
            await pilot.pause()
            last = reader.cursor.index == len(reader.units) - 1
            line = reader.line_index_of(reader.cursor_span[0])
            in_view = int(reader.scroll_y) <= line < int(reader.scroll_y) + reader.size.height
            print(
                f"run {run + 1}: enter to the article's first frame {ms(shown)}, to its whole "
                f"layout {ms(whole)} ({len(reader.lines):,} lines); j {ms(j_frame)} "
                f"({'while' if j_while_laying else 'after'} laying out), tab {ms(tab_frame)}; "
                f"UI thread's longest stall {ms(worst)}; G on the last sentence, in view: "
                f"{last and in_view}"
            )
            if profiler is not None:
                screen.open_article = opening  # type: ignore[method-assign]
                out = io.StringIO()
                pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(25)
                print(out.getvalue())
        app.exit()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=float, default=8.0)
    parser.add_argument("--keep", type=Path, default=None, help="keep and reuse the library here")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--child", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        with Store.open(Path(args.child)) as store:
            (huge,) = [a for a in store.articles() if a.title == "Many said things"]
            asyncio.run(measure(store, huge.id, args.runs, args.profile))
        return
    if args.keep is not None:
        args.keep.mkdir(parents=True, exist_ok=True)
        _run(args.keep, args)
        return
    with tempfile.TemporaryDirectory() as work:
        _run(Path(work), args)


def _run(folder: Path, args: argparse.Namespace) -> None:
    path = folder / "lib.json"
    if not path.exists():
        article = folder / "huge.txt"
        article.write_text(huge_article(int(args.megabytes * 1_000_000)), encoding="utf-8")
        command = [sys.executable, "-m", "diplotui", "--db", str(path), "--create"]
        subprocess.run([*command, "import", str(article)], check=True, capture_output=True)
    child = [sys.executable, __file__, "--child", str(path), "--runs", str(args.runs)]
    subprocess.run([*child, *(["--profile"] if args.profile else [])], check=True)


if __name__ == "__main__":
    main()
