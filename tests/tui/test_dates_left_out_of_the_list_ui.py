"""The filter's "since: July" on a library of 2025 articles (read as since 2026-07-01)
emptied the list, which said "No article matches this filter" and no more: the list says
what its dates left out and when those articles are dated, as ``list --since`` does."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.article_list import ArticleList

from .helpers import pane_words, settle, settle_start_up, type_text
from .statements_ui_support import add_article as _add

TALKS = "Talks\n\nForeign Minister Penny Wong met envoys in Canberra.\n"
VISIT = "Visit\n\nThe minister visited Hanoi.\n"


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_the_empty_list_says_what_the_dates_left_out(store_path: Path, size) -> None:
    store = Store.open(store_path)
    _add(store, TALKS, "Talks", "2025-07-18")
    _add(store, VISIT, "Visit", "2025-12-30")
    app = DiplotuiApp(store)
    async with app.run_test(size=size) as pilot:
        await settle_start_up(app, pilot)
        library = app.screen.query_one(ArticleList)
        library.focus()
        await pilot.press("f", "tab", "tab", "tab")  # the since field
        await type_text(pilot, "2026-07")
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await settle(app, pilot)
        said = pane_words(app, library)
    store.close()
    assert said == (
        "None in these dates: without them, 2 articles, dated from 2025-07-18 "
        "to 2025-12-30. Escape in the list clears the filter."
    ), said
