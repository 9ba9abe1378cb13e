"""attack47: "İstanbul" typed in the library's search, as Turkish and Azerbaijani outlets
write it, found nothing while "istanbul" found the article (the query's capital dotted I was
lowered to "i" and a combining dot, which split the word)."""

from __future__ import annotations

from pathlib import Path

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.article_list import ArticleList

from .helpers import settle_start_up, type_as_a_terminal
from .test_reader_support import add_article


async def test_a_search_typed_with_a_capital_dotted_i_finds_its_word(store_path: Path):
    store = Store.open(store_path)
    add_article(store, "Baku", "President İlham Əliyev flew to İstanbul on Monday.")
    add_article(store, "Elsewhere", "The envoys met in Vientiane.", "2030-01-03")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        await app.workers.wait_for_complete()
        await pilot.press("slash")
        await type_as_a_terminal(app, pilot, "İstanbul")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert [row.title for row in app.screen.query_one(ArticleList).rows] == ["Baku"]
    store.close()
