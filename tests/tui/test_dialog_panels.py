"""The tag and filter dialogs are drawn in the main screen (``DialogPanel``), not pushed as
screens, yet behave as modal dialogs: the screen's keys and clicks do nothing while one is
open, the focus stays inside it, escape closes it and gives the focus back."""

from __future__ import annotations

import asyncio
from pathlib import Path

from textual import events
from textual.widgets import Input, Select

from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.filter import FilterDialog
from diplotui.tui.dialogs.tags import AddTagsDialog
from diplotui.tui.screens.main import MainScreen
from diplotui.tui.widgets.article_list import ArticleList
from diplotui.tui.widgets.reader import Reader

from .helpers import type_text
from .library_fixtures import make_library
from .test_library_ui import _settle, _titles


async def test_escape_closes_the_tag_dialog_and_the_focus_goes_back(store_path: Path):
    store = make_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _settle(app, pilot)
        library = app.screen.query_one(ArticleList)
        assert library.has_focus
        await pilot.press("t")
        await pilot.pause()
        dialog = app.screen.query_one(AddTagsDialog)
        assert dialog.visible and app.screen.query_one("#tag-input", Input).has_focus
        await type_text(pilot, "dropped")
        await pilot.press("escape")
        await pilot.pause()
        assert not dialog.visible
        assert library.has_focus
        assert isinstance(app.screen, MainScreen) and app.screen.open_panel is None
        assert all("dropped" not in store.article(i).tags for i in store.article_ids())
        await pilot.press("enter")  # the list's keys work again: enter opens the article
        await pilot.pause()
        assert app.screen.query_one(Reader).has_focus
    store.close()


async def test_the_screen_keys_do_nothing_while_the_filter_dialog_is_open(store_path: Path):
    """On a choice field (which takes no letters), `t` and `o` would open the tag dialog and
    sort the list if the main screen's keys were still live under the dialog."""
    store = make_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _settle(app, pilot)
        before = _titles(app)
        library = app.screen.query_one(ArticleList)
        sort_title = str(library.border_title)
        await pilot.press("f")
        await pilot.pause()
        app.screen.query_one("#filter-state", Select).focus()
        await pilot.pause()
        await pilot.press("t", "o", "T", "D", "left_square_bracket")
        await pilot.pause()
        assert not app.screen.query(AddTagsDialog)
        assert isinstance(app.screen, MainScreen)
        assert _titles(app) == before and str(library.border_title) == sort_title
        assert library.display  # `[` did not hide the list
        assert app.screen.query_one(FilterDialog).visible
        await pilot.press("escape")
        await pilot.pause()
        assert library.has_focus
        await pilot.press("o")  # and live again once the dialog is closed
        await pilot.pause()
        assert str(library.border_title) != sort_title
    store.close()


async def test_tab_keeps_the_focus_inside_the_filter_dialog(store_path: Path):
    store = make_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _settle(app, pilot)
        await pilot.press("f")
        await pilot.pause()
        dialog = app.screen.query_one(FilterDialog)
        visited = set()
        for _ in range(12):  # more than the dialog's eight fields
            await pilot.press("tab")
            focused = app.screen.focused
            assert focused is not None and dialog in focused.ancestors_with_self
            visited.add(focused.id)
        assert {"filter-tags", "filter-state", "filter-until"} <= visited
    store.close()


async def test_clicks_outside_an_open_dialog_do_nothing(store_path: Path):
    store = make_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _settle(app, pilot)
        library = app.screen.query_one(ArticleList)
        await pilot.press("t")
        await pilot.pause()
        cursor = library.cursor
        await pilot.click(ArticleList, offset=(3, 7))  # on the list's third row
        await pilot.pause()
        assert app.screen.query_one("#tag-input", Input).has_focus
        assert library.cursor == cursor
        await pilot.click("#tag-input")  # inside the dialog, clicks still count
        await type_text(pilot, "kept")
        await pilot.press("enter")
        await pilot.pause()
        first = library.rows[cursor].article_id
        assert "kept" in store.article(first).tags
    store.close()


async def test_keys_typed_while_the_dialog_is_first_built_reach_its_field(store_path: Path):
    """The first `t` builds the dialog; letters typed before it is mounted are held for its
    field, not handled by the list (where `k` moves the cursor and `t` would ask again)."""
    store = make_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        library = screen.query_one(ArticleList)
        first = library.rows[library.cursor].article_id
        app.post_message(events.Key("t", "t"))
        while screen.open_panel is None:
            await asyncio.sleep(0)
        assert not screen.open_panel.is_mounted
        for key in (*"kept", "enter"):
            app.post_message(events.Key(key, key if len(key) == 1 else None))
        await _settle(app, pilot)
        assert "kept" in store.article(first).tags
        assert library.has_focus and screen.open_panel is None
    store.close()
