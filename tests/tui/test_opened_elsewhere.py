"""An article opened from the statements view or the palette is the list's selected row too.

Its row used to stay where the list's cursor was: the reader showed one article, and ``t``,
``i``, ``x`` or ``D`` pressed back in the list acted on another, out of sight.
"""

from __future__ import annotations

from pathlib import Path

from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.article_list import ArticleList
from diplotui.tui.widgets.reader import Reader

from .helpers import open_statements_view, settle, type_text
from .statements_ui_support import add_article as _add
from .statements_ui_support import statements_store as _store
from .test_statements_ui import OTHER


async def test_an_article_opened_from_w_is_the_one_list_keys_act_on(store_path: Path):
    store = _store(store_path)
    other = _add(store, OTHER, "Earlier talks", "2025-03-02")  # the list's second row
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_statements_view(app, pilot)
        await type_text(pilot, "le hoai trung")
        await pilot.press("enter", "enter")
        await pilot.pause()
        assert app.screen.query_one(Reader).article_id == other.id
        library = app.screen.query_one(ArticleList)
        assert library.current_id == other.id
        await pilot.press("shift+tab")  # back to the list
        assert library.has_focus
        await pilot.press("t")
        await type_text(pilot, "vietnam")
        await pilot.press("enter")
        await pilot.pause()
    assert store.article(other.id).tags == ["vietnam"]
    store.close()


async def test_an_article_opened_from_the_palette_is_the_selected_row(store_path: Path):
    store = _store(store_path)
    other = _add(store, OTHER, "Earlier talks", "2025-03-02")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+p")
        await type_text(pilot, "earlier talks")
        await settle(app, pilot)  # the palette gathers its hits in a worker
        await pilot.press("down", "enter")
        await pilot.pause()
        assert app.screen.query_one(Reader).article_id == other.id
        assert app.screen.query_one(ArticleList).current_id == other.id
    store.close()
