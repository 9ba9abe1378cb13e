"""A read-only app keeping up with the process that writes: how soon a write shows, and what
reading the store again costs the worker and the UI thread.

Usage: .venv/bin/python bench/bench_read_only_follow.py --library COPY/lib.json [--writes 5]

The library is written to (each write tags one article), so give it a copy. In one process: a
writer ``Store`` and the app on the same file read-only (Pilot, 120x40), the newest article
open. Once the list's facets are built, each write is made and the app is watched until it has
taken the store read again; then a second's pause. Printed: per write, the seconds from the
write to the store shown; then, over all, the UI thread's ``look`` (the stamp's two ``stat``
calls), the worker's read (``Store.open``, the records built or taken over, the texts'
hashes) and the UI thread's ``take`` (the store put in place, the panes repainted). The app's
start-up workers (search index, entity cache) run meanwhile, as they would.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.controllers import follow
from diplotui.tui.screens.main import MainScreen
from diplotui.tui.widgets.article_list import ArticleList

TIMED = ("look", "_read_again", "_take")


def _timing(took: dict[str, list[float]]) -> None:
    """Wrap the follower's three steps so each call's wall time is noted under its name."""
    for name in TIMED:
        step = getattr(follow.FollowActions, name)

        def timed(*args: Any, _step: Callable[..., Any] = step, _name: str = name) -> Any:
            began = time.perf_counter()
            try:
                return _step(*args)
            finally:
                took[_name].append(time.perf_counter() - began)

        setattr(follow.FollowActions, name, timed)


async def run(library: Path, writes: int) -> None:
    took: dict[str, list[float]] = {name: [] for name in TIMED}
    _timing(took)
    writer = Store.open(library)
    app = DiplotuiApp(Store.open(library, read_only=True))
    async with app.run_test(size=(120, 40)) as pilot:

        def ready() -> bool:
            screen = app.screen
            if not isinstance(screen, MainScreen):
                return False
            return screen.library_actions.state.facets is not None

        while not ready():
            await pilot.pause(0.2)
        app.screen.query_one(ArticleList).focus()
        await pilot.press("enter", "j", "j")
        await pilot.pause(1)
        for n, article in enumerate(writer.articles()[:writes]):
            taken = len(took["_take"])
            began = time.perf_counter()
            writer.save_article(writer.with_updates(article, tags=[*article.tags, f"bench{n}"]))
            while len(took["_take"]) == taken:
                await pilot.pause(0.02)
            print(f"write {n + 1}: shown after {time.perf_counter() - began:.2f} s", flush=True)
            await pilot.pause(1)
    assert app.store is not None
    app.store.close()
    writer.close()
    for name, seconds in took.items():
        ms = [s * 1000 for s in seconds]
        median, most = statistics.median(ms), max(ms)
        print(f"{name}: {len(ms)} calls, median {median:.1f} ms, max {most:.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", type=Path, required=True, help="a copy: it is written to")
    parser.add_argument("--writes", type=int, default=5)
    options = parser.parse_args()
    asyncio.run(run(options.library, options.writes))


if __name__ == "__main__":
    main()
