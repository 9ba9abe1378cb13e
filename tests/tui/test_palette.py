"""The command palette finds articles, tags and entities by fuzzy name."""

from __future__ import annotations

from pathlib import Path

from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.statements import StatementsScreen
from diplotui.tui.widgets.article_list import ArticleList
from diplotui.tui.widgets.reader import Reader

from .helpers import settle, type_text
from .library_fixtures import make_library, titled


async def _palette(app: DiplotuiApp, pilot, query: str) -> None:
    await pilot.press("ctrl+p")
    await type_text(pilot, query)
    await settle(app, pilot)  # the palette gathers its hits in a worker
    await pilot.press("down", "enter")
    await pilot.pause()


async def test_palette_opens_an_article_by_fuzzy_title(store_path: Path):
    store = make_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await _palette(app, pilot, "gamvis")
        assert app.screen.query_one(Reader).article_id == titled(store, "Gamma visit").id
        await _palette(app, pilot, "who said")  # the README's words for W: it found nothing
        assert isinstance(app.screen, StatementsScreen)


async def test_palette_filters_by_tag_and_entity(store_path: Path):
    store = make_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await _palette(app, pilot, "#laos")
        titles = [row.title for row in app.screen.query_one(ArticleList).rows]
        assert titles == ["Beta summit", "Gamma visit"]
        await _palette(app, pilot, "paris")
        assert [row.title for row in app.screen.query_one(ArticleList).rows] == []  # combined
        app.screen.query_one(ArticleList).focus()
        await pilot.press("escape")
        await _palette(app, pilot, "paris")
        titles = [row.title for row in app.screen.query_one(ArticleList).rows]
        assert titles == ["Delta forum"]
    store.close()
