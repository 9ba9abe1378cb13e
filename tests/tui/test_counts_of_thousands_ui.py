"""A count of a thousand or more is written with its separator wherever it is shown: the
Statements view's title read "finding statements in 7050 more articles…" (plural() wrote the
bare number) while the rest of the app said "1,000 unread"."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Label

from diplotui.store import Store
from diplotui.text.plural import plural
from diplotui.tui.app import DiplotuiApp

from .helpers import type_text
from .test_reader_support import add_article, open_first


def test_plural_separates_thousands() -> None:
    assert plural(7050, "more article") == "7,050 more articles"
    assert plural(1, "article") == "1 article"
    assert plural(999, "article") == "999 articles"


async def test_find_counts_thousands_of_matches(store_path: Path) -> None:
    store = Store.open(store_path)
    add_article(store, "Meeting", "The talks went on. " * 1200)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        await pilot.press("slash")
        await type_text(pilot, "talks")
        await pilot.pause()
        count = str(app.screen.query_one("#find-count", Label).render())
        assert count == "1,200 matches", count
    store.close()
