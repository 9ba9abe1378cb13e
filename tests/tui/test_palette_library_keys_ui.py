"""The library's keys (sort, search, filter) are run from the palette whichever pane has the
focus: typed while reading, "sort" ran Shorten (its letters are in the name) and "filter"
offered only an article, whose ``enter`` opened it; the README's palette runs any key."""

from __future__ import annotations

from textual.command import CommandPalette

from diplotui.library.view import SORT_SETTING
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.filter import FilterScreen
from diplotui.tui.widgets.article_list import LibrarySearch
from diplotui.tui.widgets.reader import Reader

from .test_palette import _top_hit
from .test_reader_support import open_first


async def test_the_library_s_keys_run_from_the_palette_while_reading(seeded_store: Store) -> None:
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        assert app.screen.query_one(Reader).has_focus
        sorted_before = seeded_store.setting(SORT_SETTING)
        await _top_hit(app, pilot, "sort")
        assert not isinstance(app.screen, CommandPalette)
        assert seeded_store.setting(SORT_SETTING) not in (sorted_before, None)
        await _top_hit(app, pilot, "filter")
        assert isinstance(app.screen, FilterScreen)
        await pilot.press("escape")
        await pilot.pause()
        await _top_hit(app, pilot, "search")
        assert isinstance(app.focused, LibrarySearch)
