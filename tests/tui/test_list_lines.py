"""The list draws only the lines that change: a key's cursor move, new rows as a refresh's
articles arrive (issue 15: a key within 50 ms while they come)."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.article_list import ROW_HEIGHT, ArticleList
from diplotui.tui.widgets.title_bar import TitleBar

from .helpers import recorded_updates, redrawn_whole, screen_cells, settle_start_up
from .test_reader_support import add_article


async def test_new_rows_above_keep_the_read_row_on_its_line_and_draw_no_list_line(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """``j`` draws the two rows the cursor left and reached; articles that arrive above
    the screen (newer, in a date order) are listed while the cursor stays on its article, on
    the same line of the screen, and no line of the list is drawn but the count under it;
    the unread count on top draws its line, not the whole screen; the screen then shows
    exactly what drawing every widget again shows."""
    store = Store.open(store_path)
    for n in range(20):
        add_article(store, f"Article {n:02}", "Body.", date=f"2025-01-{n + 1:02}")
    drawn: list[int] = []
    render_line = ArticleList.render_line
    monkeypatch.setattr(
        ArticleList, "render_line", lambda self, y: drawn.append(y) or render_line(self, y)
    )
    app = DiplotuiApp(store)
    updates = recorded_updates(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        library = app.screen.query_one(ArticleList)
        library.focus()
        await pilot.pause()
        drawn.clear()
        await pilot.press("j", "j", "j")
        await pilot.pause()
        assert library.current_id and store.article(library.current_id).title == "Article 16"
        assert len(drawn) == 3 * 2 * ROW_HEIGHT, "each j: the rows left and reached"
        read = library.current_id
        line = library.cursor * ROW_HEIGHT - library.scroll_offset.y
        assert line == 3 * ROW_HEIGHT and library.scroll_offset.y == 0
        assert screen_cells(app) == await redrawn_whole(app, pilot)

        new = [
            store.with_updates(
                add_article(store, f"New {n}", "Body.", date=f"2025-02-0{n + 1}"), state="unread"
            )
            for n in range(5)
        ]
        drawn.clear()
        updates.clear()
        app.screen.library_actions.articles_added([article.id for article in new])
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert list(library.row_ids[:5]) == [article.id for article in reversed(new)]
        assert library.current_id == read, "the cursor stays on the article being read"
        assert library.cursor * ROW_HEIGHT - library.scroll_offset.y == line, "on its line"
        assert drawn == [], "the new rows are above the screen: no list line drawn"
        assert "25" in str(library.border_subtitle)
        assert "5 unread" in str(app.screen.query_one(TitleBar).render())
        assert updates and "LayoutUpdate" not in updates, "not the whole screen again"
        assert library.vertical_scrollbar.position == library.scroll_offset.y == 5 * ROW_HEIGHT
        assert screen_cells(app) == await redrawn_whole(app, pilot)

        await pilot.press("g")  # the top: the new rows, drawn on the way
        await pilot.pause()
        assert library.current_id == new[-1].id
        assert screen_cells(app) == await redrawn_whole(app, pilot)
    store.close()


async def test_opening_an_article_and_moving_the_focus_draw_no_whole_screen(store_path: Path):
    """``enter`` in the list (the article's title on top, the focus in the reader) and
    ``tab``: Textual drew the whole screen for the subtitle and for each move of the focus;
    the lines that changed are drawn, and the screen shows what drawing it all again does."""
    store = Store.open(store_path)
    for n in range(3):
        add_article(store, f"Article {n}", "Body.", date=f"2025-01-0{n + 1}")
    app = DiplotuiApp(store)
    updates = recorded_updates(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        library = app.screen.query_one(ArticleList)
        library.focus()
        await pilot.pause()
        updates.clear()
        await pilot.press("enter")
        await pilot.pause()
        assert str(app.screen.query_one(TitleBar).render()) == "diplotui — Article 2"
        assert app.focused is app.screen.query_one("#reader")
        assert screen_cells(app) == await redrawn_whole(app, pilot)
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused is app.screen.query_one("#sidebar")
        assert updates and "LayoutUpdate" not in updates, "no whole screen drawn"
        assert screen_cells(app) == await redrawn_whole(app, pilot)
    store.close()


async def test_a_title_of_one_line_has_its_date_right_under_it(store_path: Path):
    """A short title left its second line blank above its date, which then sat right above
    the next title: at 200 columns, where most titles take one line, every date read as the
    next article's. The blank line now comes after the date."""
    store = Store.open(store_path)
    add_article(store, "Short talks", "Body.", date="2025-01-02")
    long_title = "Foreign ministers of the region prepare the leaders' summit " * 3
    add_article(store, long_title.strip(), "Body.", date="2025-01-01")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        library = app.screen.query_one(ArticleList)
        lines = [library.render_line(y).text.strip() for y in range(2 * ROW_HEIGHT)]
    assert lines[:3] == ["Short talks", "2025-01-02", ""]
    assert lines[3].startswith("Foreign ministers") and lines[4].endswith("…")
    assert lines[5] == "2025-01-01"
    store.close()
