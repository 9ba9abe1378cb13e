"""A person the article names in full once and by surname after ("German Foreign Minister
Annalena Baerbock ... Baerbock said"): the sidebar shows the surname, the name most used, and
what acts on it must still find her, as the article's own linking does."""

from __future__ import annotations

from pathlib import Path

from diplotui.tui.app import DiplotuiApp
from diplotui.tui.screens.main import MainScreen
from diplotui.tui.widgets.article_list import ArticleList

from .test_reader_support import sidebar_of
from .test_speaker_correction_ui import _store
from .test_statements_ui import _open_first


async def test_f_on_a_surname_in_the_sidebar_lists_the_article_that_names_her(store_path: Path):
    """``f`` on "Baerbock ×6" filtered by the surname, which the library files under the full
    name: "No article matches this filter", the open article mentioning her six times."""
    store = _store(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open_first(app, pilot)
        main = app.screen
        assert isinstance(main, MainScreen)
        sidebar = sidebar_of(app)
        sidebar.focus()
        await pilot.pause()
        for _ in range(len(sidebar.rows)):
            item = sidebar.current_item
            entity = item is not None and item.kind == "entity"
            if entity and main.entity_actions.name_of(item) == "Baerbock":
                break
            await pilot.press("j")
        else:
            raise AssertionError("no Baerbock in the sidebar")
        await pilot.press("f")
        await pilot.pause()
        library = app.screen.query_one(ArticleList)
        assert [row.title for row in library.rows] == [store.articles()[0].title]
        assert "Annalena Baerbock" in str(library.border_subtitle)
    store.close()
