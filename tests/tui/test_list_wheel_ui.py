"""The mouse wheel over the article list brings its cursor along.

The wheel scrolled the list and left the cursor on its row out of sight: ``a`` archived, ``u``
marked and ``t`` tagged an article the screen no longer showed.
"""

from __future__ import annotations

from pathlib import Path

from textual.scrollbar import ScrollTo

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.article_list import ArticleList

from .helpers import screen_text, settle_start_up, turn_wheel
from .test_reader_support import add_article


async def test_a_after_the_wheel_archives_an_article_shown(store_path: Path) -> None:
    store = Store.open(store_path)
    for n in range(1, 31):
        add_article(store, f"Dispatch number {n:02d}", "Body text here.", f"2030-01-{n:02d}")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        listing = app.screen.query_one(ArticleList)
        assert listing.has_focus
        await turn_wheel(pilot, listing, 8)
        shown = screen_text(app)
        assert "Dispatch number 30" not in shown  # the first row, where the cursor was
        await pilot.press("a")
        await pilot.pause()
        [archived] = [a for a in store.articles() if a.state == "archived"]
        assert archived.title in shown
        await turn_wheel(pilot, listing, down=False)
        top, height = listing.scroll_offset.y, listing.scrollable_content_region.height
        first, rows = listing._top(listing.cursor)
        assert top <= first and first + rows <= top + height
    store.close()


async def test_a_after_the_scrollbar_is_dragged_archives_an_article_shown(store_path: Path) -> None:
    store = Store.open(store_path)
    for n in range(1, 31):
        add_article(store, f"Dispatch number {n:02d}", "Body text here.", f"2030-01-{n:02d}")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        listing = app.screen.query_one(ArticleList)
        listing.vertical_scrollbar.post_message(ScrollTo(y=30, animate=True))
        await pilot.pause(0.3)
        shown = screen_text(app)
        assert "Dispatch number 30" not in shown and "Dispatch number 20" in shown
        await pilot.press("a")
        await pilot.pause()
        [archived] = [a for a in store.articles() if a.state == "archived"]
        assert archived.title in shown
    store.close()
