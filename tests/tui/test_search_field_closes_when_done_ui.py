"""The list's search field closes once the search is done (``enter``, ``down``) or the focus
goes elsewhere (the reader): the search stays applied, and the list's border names it.

Found by a new user (session 41): the field stayed open under the panes while reading, three
rows of an 80x24 screen (an eighth of it) given to a search already done.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from diplotui.tui.app import DiplotuiApp
from diplotui.tui.controllers.library import SEARCH_ID
from diplotui.tui.widgets.article_list import ArticleList, LibrarySearch
from diplotui.tui.widgets.reader import Reader

from .helpers import screen_text, settle, settle_start_up, type_text
from .library_fixtures import make_library


def _field_open(app: DiplotuiApp) -> bool:
    return bool(app.screen.query(f"#{SEARCH_ID}"))


@pytest.mark.parametrize("done", ["enter", "down"])
async def test_enter_or_down_closes_the_field_and_keeps_the_search(
    store_path: Path, done: str
) -> None:
    store = make_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle_start_up(app, pilot)
        library = app.screen.query_one(ArticleList)
        await pilot.press("slash")
        await type_text(pilot, "hanoi")
        await settle(app, pilot)
        assert _field_open(app)
        await pilot.press(done)
        await settle(app, pilot)
        assert not _field_open(app), "the search field stayed open"
        assert isinstance(app.focused, ArticleList)
        assert len(library.row_ids) == 1
        assert "“hanoi”" in screen_text(app)  # on the list's border
        await pilot.press("enter")  # read the article found
        await settle(app, pilot)
        assert isinstance(app.focused, Reader)
        assert not _field_open(app)
        await pilot.press("shift+tab", "slash")  # the search comes back as typed
        await settle(app, pilot)
        field = app.screen.query_one(LibrarySearch)
        assert field.value == "hanoi"
    store.close()


async def test_the_field_closes_when_the_reader_takes_the_focus(store_path: Path) -> None:
    store = make_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("enter")  # an article open
        await settle(app, pilot)
        await pilot.press("shift+tab", "slash")
        await type_text(pilot, "summit")
        await settle(app, pilot)
        app.screen.query_one(Reader).focus()
        await settle(app, pilot)
        assert not _field_open(app), "the search field stayed open under the reader"
        assert len(app.screen.query_one(ArticleList).row_ids) == 1
        assert "“summit”" in screen_text(app)
    store.close()
