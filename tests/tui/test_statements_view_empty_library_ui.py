"""The Statements view of a library with no statement says so, and how to bring some: its
two panes were blank under "Statements · 0 of 0", as if still loading.

Found looking at every screen (session 44): ``W`` on a library whose articles were all
removed, and on one whose only article quotes no one.
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .helpers import open_statements_view, pane_words
from .statements_ui_support import add_article


async def said_in_the_view(store: Store) -> str:
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_statements_view(app, pilot)
        listing = app.screen.query_one("#statements-list", OptionList)
        return pane_words(app, listing)


async def test_an_empty_library_says_how_to_bring_articles(store_path: Path) -> None:
    store = Store.open(store_path)
    shown = await said_in_the_view(store)
    store.close()
    assert "No articles yet: esc, then I imports" in shown, shown  # the list's keys


async def test_articles_quoting_no_one_say_so(store_path: Path) -> None:
    store = Store.open(store_path)
    weather = "Weather\nThe weather was fine in Hanoi on Monday.\n"
    add_article(store, weather, "Weather", "2025-07-18")
    shown = await said_in_the_view(store)
    store.close()
    assert "No statement in the 1 article" in shown, shown
