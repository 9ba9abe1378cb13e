"""The Statements view over one huge article (~200,000 statements in 8 MB of "X said Y.").

Usage: .venv/bin/python bench/bench_statements_huge.py [--megabytes 8] [--keep DIR]

Generates the article, imports it with the CLI into a new library (the seeds beside it) and
fills its statement cache in the helper process the app uses (timed; ``--keep DIR`` keeps and
reuses the library, whose fill takes a minute or more). Then, in a fresh process, inside the
running app (Pilot, 120x40): ``W`` pressed once start-up settled, and measured: key press to
the view's first frame, to its first frame with rows, and the UI thread's longest stall while
the view was built (a timer ticking every 10 ms: the longest gap between its ticks, what a
key pressed then waits at worst). Then ``W`` again after ``escape``, key press to its frame.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from textual.widgets import OptionList

from bench_statements_view import fill_statement_cache
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.statements import StatementsScreen

NAMES = ("Ngo Le Van", "Penny Wong", "Bui Thanh Son", "Lawrence Wong", "Pham Thu Hang", "Wang Yi")
WORDS = [
    "peace",
    "trade",
    "ties",
    "talks",
    "security",
    "cooperation",
    "region",
    "partners",
    "growth",
    "dialogue",
]
TICK = 0.01


def huge_article(chars: int, seed: int = 0) -> str:
    """A headline, a dateline, then paragraphs of five short "X said Y." sentences."""
    pick = random.Random(seed).choice
    paragraphs = ["Many said things\n\nHANOI (VNA) - On December 1, officials spoke."]
    size = 0
    while size < chars:
        paragraph = " ".join(
            f"{pick(NAMES)} said {pick(WORDS)} {pick(WORDS)} mattered." for _ in range(5)
        )
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    return "\n\n".join(paragraphs) + "\n"


class Stalls:
    """The UI thread's longest gap between ticks of a 10 ms timer (0 while not watching)."""

    def __init__(self, app: DiplotuiApp) -> None:
        self.last = 0.0
        self.worst = 0.0
        app.set_interval(TICK, self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        if self.last:
            self.worst = max(self.worst, now - self.last - TICK)
        self.last = now

    def watch(self) -> None:
        self.last, self.worst = 0.0, 0.0


def _frames(app: DiplotuiApp) -> tuple[list[float], list[float]]:
    """The times of frames showing the view, and of those showing it with rows."""
    shown: list[float] = []
    rows: list[float] = []
    display = app._display

    def recording(screen, renderable):  # type: ignore[no-untyped-def]
        result = display(screen, renderable)
        if renderable is not None and isinstance(app.screen, StatementsScreen):
            shown.append(time.perf_counter())
            listing = app.screen.query("#statements-list")
            if listing and listing.first(OptionList).option_count:
                rows.append(time.perf_counter())
        return result

    app._display = recording  # type: ignore[method-assign]
    return shown, rows


async def measure(store: Store) -> None:
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        state = app.screen.statement_actions.state
        await asyncio.sleep(0.5)
        await pilot.pause()
        stalls = Stalls(app)
        shown, rows = _frames(app)
        await asyncio.sleep(0.1)
        stalls.watch()
        pressed = time.perf_counter()
        await pilot.press("W")
        started = time.perf_counter()
        while state.index is None or not rows:
            await asyncio.sleep(0.01)
            if time.perf_counter() - started > 120:
                break
        await pilot.pause()
        first = f"{(shown[0] - pressed) * 1000:.0f} ms" if shown else "never"
        with_rows = f"{(rows[0] - pressed) * 1000:.0f} ms" if rows else "never"
        count = len(state.index.rows) if state.index is not None else 0
        print(
            f"first W: key press to the view's frame {first}, to its frame with rows "
            f"{with_rows}; {count:,} statements; UI thread's longest stall meanwhile "
            f"{stalls.worst * 1000:.0f} ms"
        )
        await pilot.press("escape")
        await pilot.pause()
        shown.clear()
        stalls.watch()
        pressed = time.perf_counter()
        await pilot.press("W")
        await pilot.pause()
        later = f"{(shown[0] - pressed) * 1000:.0f} ms" if shown else "never"
        print(
            f"later W: key press to its frame {later}; longest stall {stalls.worst * 1000:.0f} ms"
        )
        app.exit()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=float, default=8.0)
    parser.add_argument("--keep", type=Path, default=None, help="keep and reuse the library here")
    parser.add_argument("--child", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        with Store.open(Path(args.child)) as store:
            asyncio.run(measure(store))
        return
    if args.keep is not None:
        args.keep.mkdir(parents=True, exist_ok=True)
        _run(args.keep, args.megabytes)
        return
    with tempfile.TemporaryDirectory() as work:
        _run(Path(work), args.megabytes)


def _run(folder: Path, megabytes: float) -> None:
    """Make the library (unless kept from an earlier run), fill its cache, measure."""
    path = folder / "lib.json"
    if not path.exists():
        article = folder / "huge.txt"
        article.write_text(huge_article(int(megabytes * 1_000_000)), encoding="utf-8")
        command = [sys.executable, "-m", "diplotui", "--db", str(path), "--create"]
        subprocess.run([*command, "import", str(article)], check=True, capture_output=True)
    fill_statement_cache(path)
    subprocess.run([sys.executable, __file__, "--child", str(path)], check=True)


if __name__ == "__main__":
    main()
