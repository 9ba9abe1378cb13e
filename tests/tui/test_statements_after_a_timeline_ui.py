"""The Statements view (``W``) of a library whose caches a first timeline filled in part.

Since a first ``diplotui timeline NAME`` (or ``L``) reads only the articles that can name
NAME, the statement cache it leaves holds those articles alone: before, it held every one.
The first ``W`` after it must open on what is cached, say how many articles are still being
read (not a title saying it lists them all), and, once they are, list exactly what a ``W`` on
a library never read lists: no statement missing, none twice, the same count.
"""

from __future__ import annotations

import shutil
import threading
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Label

from diplotui.library import LibraryQuery
from diplotui.library.statement_cache import CACHE_NAME, StatementCache
from diplotui.paths import cache_dir
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.controllers import statements as controller
from tests.cli_runner import run_main
from tests.unit.test_timeline_reads_its_articles import FAIR, MARKETS, NOTHING, SUDAN, TALKS, _add

Row = tuple[str, int, int, str]


def _library(path: Path) -> Path:
    with Store.open(path) as store:
        for number, text in enumerate((TALKS, FAIR, MARKETS, SUDAN, *NOTHING)):
            _add(store, text, f"2025-0{number + 1}-02")
    return path


async def _w(path: Path, read: threading.Event) -> tuple[str, str, list[Row]]:
    """The view's title at its first frame, the articles missing read only then (``read``
    set), and once they are, with its rows. A cache there is preloaded first, as when one
    reads a moment before ``W``."""
    store = Store.open(path)
    app = DiplotuiApp(store)
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            state = app.screen.statement_actions.state
            for _ in range(200 if cache_dir(path).joinpath(CACHE_NAME).is_file() else 0):
                if state.index is not None:
                    break
                await pilot.pause(0.05)
            await pilot.press("W")
            await pilot.pause()
            first = str(app.screen.query_one("#statements-title", Label).render())
            read.set()
            for _ in range(600):
                if state.index is not None and not state.pending and not state.filling:
                    break
                await pilot.pause(0.05)
            await pilot.pause()
            last = str(app.screen.query_one("#statements-title", Label).render())
            assert state.index is not None
            rows = [
                (r.article.id, r.statement.start, r.statement.end, r.statement.speaker)
                for r in state.index.rows
            ]
            return first, last, rows
    finally:
        store.close()


async def test_w_after_a_first_timeline_lists_what_a_never_read_library_lists(
    store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(controller, "PRELOAD_SECONDS", 0.01)
    read, fill = threading.Event(), StatementCache.fill

    def when_read(cache: StatementCache, *args: Any, **named: Any) -> Any:
        read.wait(10)
        return fill(cache, *args, **named)

    monkeypatch.setattr(StatementCache, "fill", when_read)
    path = _library(store_path)
    cold = tmp_path / "cold" / "library.json"
    cold.parent.mkdir()
    shutil.copy(path, cold)
    shutil.copytree(path.with_name(path.name + ".bodies"), cold.with_name(cold.name + ".bodies"))
    done = run_main("--db", str(path), "timeline", "Penny Wong")
    assert done.returncode == 0 and "Penny Wong" in done.stdout, done.stderr
    with Store.open(path, read_only=True) as store:
        missing = StatementCache.load(store).missing(LibraryQuery().apply(store))
        assert 0 < len(missing) < len(store.articles())  # the cache holds a part: state (b)
    first, last, rows = await _w(path, read)
    assert f"finding statements in {len(missing)} more article" in first, first
    read.clear()
    cold_first, cold_last, cold_rows = await _w(cold, read)
    assert "finding" not in last and "finding" in cold_first
    assert last == cold_last, (last, cold_last)
    assert sorted(rows) == sorted(cold_rows) and len(set(rows)) == len(rows) > 1
