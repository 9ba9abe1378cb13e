"""``escape`` in the list clears the filter, and the notice that named it goes with it.

Newcomer 40 chose Wang Yi in the palette ("Filter: entity: Wang Yi (escape in the list clears
it)"), pressed ``escape`` at once, and for the notice's seconds read that the filter was on over
a list of every article: the notice stayed where the filter had gone.
"""

from __future__ import annotations

from pathlib import Path

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.article_list import ArticleList

from .helpers import settle_start_up, type_text
from .statements_ui_support import add_article as _add


def _said(app: DiplotuiApp) -> list[str]:
    return [str(notice.message) for notice in app._notifications]


async def test_escape_replaces_the_filter_notice(store_path: Path):
    store = Store.open(store_path)
    _add(store, "Wang Yi in Hanoi\nForeign Minister Wang Yi met Bui Thanh Son.\n",
         "Wang Yi in Hanoi", "2025-04-16")  # fmt: skip
    _add(store, "Talks in Phnom Penh\nThe ministers met in Phnom Penh.\n",
         "Talks in Phnom Penh", "2025-08-15")  # fmt: skip
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        await app.workers.wait_for_complete()
        await pilot.press("ctrl+p")
        await type_text(pilot, "Wang Yi")
        await app.workers.wait_for_complete()
        await pilot.pause(0.3)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        listed = app.screen.query_one(ArticleList)
        assert [row.title for row in listed.rows] == ["Wang Yi in Hanoi"]
        assert any(line.startswith("Filter: entity: Wang Yi") for line in _said(app)), _said(app)
        listed.focus()
        await pilot.press("escape")
        await pilot.pause()
        assert len(listed.rows) == 2
        said = _said(app)
        assert not any(line.startswith("Filter: entity") for line in said), said
        assert said[-1] == "Filter cleared: the whole library is listed."
        await pilot.press("escape")  # nothing left to clear: nothing said
        await pilot.pause()
        assert _said(app).count("Filter cleared: the whole library is listed.") == 1
    store.close()


async def test_escape_after_a_search_that_lists_nothing_says_the_search_went(store_path: Path):
    """The list said "Nothing matches “zzz”: escape clears the search", and ``escape`` then
    said "Filter cleared" of a search."""
    store = Store.open(store_path)
    _add(store, "Talks in Phnom Penh\nThe ministers met in Phnom Penh.\n",
         "Talks in Phnom Penh", "2025-08-15")  # fmt: skip
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("slash")
        await type_text(pilot, "zzzqqq")
        await pilot.press("enter")
        await pilot.pause()
        listed = app.screen.query_one(ArticleList)
        assert len(listed.rows) == 0
        await pilot.press("escape")
        await pilot.pause()
        assert len(listed.rows) == 1
        assert _said(app)[-1] == "Search cleared: the whole library is listed."
    store.close()
