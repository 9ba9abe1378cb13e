"""A restart that reopens the last article gives the focus back to the pane the user left.

newuser30: at 80x24 the app reopened the article in the reader, its cursor where reading
stopped, but put the focus in the list: a note typed straight away (``n``, then words) sent
the words to the list as keys (``T`` opened Untag). The reader, left with the focus, has it
again; the list, left with it, keeps it, its selected row the article shown.
"""

from __future__ import annotations

from pathlib import Path

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.article_list import ArticleList
from diplotui.tui.widgets.reader import Reader

from .helpers import settle_start_up, type_text

SIZE = (80, 24)


async def _read_then_quit(store_path: Path, *keys: str) -> str:
    """Open the first article of the seeded store, press ``keys`` and quit: the article's id."""
    store = Store.open(store_path)
    try:
        app = DiplotuiApp(store)
        async with app.run_test(size=SIZE) as pilot:
            await settle_start_up(app, pilot)
            await pilot.press("enter", "j", *keys)
            await pilot.pause()
            opened = app.screen.query_one(Reader).article_id
            assert opened is not None
            await pilot.press("q")
        return opened
    finally:
        store.close()


async def test_a_note_typed_at_once_after_a_restart_goes_to_the_reopened_article(
    seeded_store: Store, store_path: Path
):
    seeded_store.close()
    opened = await _read_then_quit(store_path)
    store = Store.open(store_path)
    try:
        tags = {article.id: article.tags for article in store.articles()}
        app = DiplotuiApp(store)
        async with app.run_test(size=SIZE) as pilot:
            await settle_start_up(app, pilot)
            reader = app.screen.query_one(Reader)
            assert reader.article_id == opened and app.focused is reader
            await pilot.press("J", "n")  # past the last highlight: the article's note
            await type_text(pilot, "Then Taiwan")  # T and t were Untag and Tag in the list
            await pilot.press("ctrl+s")
            await pilot.pause()
            assert store.article(opened).note == "Then Taiwan"
            assert {article.id: article.tags for article in store.articles()} == tags
    finally:
        store.close()


async def test_a_restart_keeps_the_focus_in_the_list_when_the_list_had_it(
    seeded_store: Store, store_path: Path
):
    seeded_store.close()
    opened = await _read_then_quit(store_path, "shift+tab")  # back to the list, then quit
    store = Store.open(store_path)
    try:
        app = DiplotuiApp(store)
        async with app.run_test(size=SIZE) as pilot:
            await settle_start_up(app, pilot)
            library = app.screen.query_one(ArticleList)
            assert app.screen.query_one(Reader).article_id == opened
            assert app.focused is library and library.current_id == opened
    finally:
        store.close()
