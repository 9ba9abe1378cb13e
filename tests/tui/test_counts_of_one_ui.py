"""A count of one is said in the singular on screen: the Statements view's title read
"finding statements in 1 more articles…" while an 8 MB import was searched, and the export
dialog offered "the 1 articles in the list"."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import App
from textual.widgets import Label, Select

from diplotui.library.statements import StatementIndex
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.statements import StatementsScreen

from .helpers import settle
from .test_reader_support import add_article


@pytest.mark.parametrize(
    ("pending", "said"), [(1, "1 more article"), (7050, "7,050 more articles")]
)
async def test_the_statements_view_finding_in_more_articles(pending: int, said: str) -> None:
    """One article in the singular; thousands with their separator (plural() wrote "7050")."""
    app: App[object] = App()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = StatementsScreen(StatementIndex([]), pending=pending)
        await app.push_screen(screen)
        await pilot.pause()
        title = str(screen.query_one("#statements-title", Label).render())
        assert title.endswith(f"finding statements in {said}…"), title


async def test_the_export_dialog_offers_the_one_article_in_the_list(store_path: Path) -> None:
    store = Store.open(store_path)
    add_article(store, "Talks", "Foreign Minister Anna Lind said the talks would resume.")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("x")
        await pilot.pause()
        scope = app.screen.query_one("#export-scope", Select)
        offered = [str(prompt) for prompt, _value in scope._options]
        assert "the 1 article in the list" in offered, offered
    store.close()
