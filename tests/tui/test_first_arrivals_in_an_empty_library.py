"""``R`` bringing the first articles into a library holding none (its seeds deleted): the
worker putting them into the list's facets failed and took the app down with a traceback."""

from __future__ import annotations

from pathlib import Path

from diplotui.feeds import add_feed
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.article_list import ArticleList
from tests.feeds.server import running_server
from tests.feeds.test_refresh_stopped_midway import items_feed

from .helpers import settle_start_up


async def test_R_lists_the_first_articles_of_an_empty_library(store_path: Path):
    with running_server() as server:
        server.serve_bytes("/wire.xml", items_feed(), "application/rss+xml")
        store = Store.open(store_path)
        add_feed(store, server.url("/wire.xml"))
        app = DiplotuiApp(store)
        async with app.run_test(size=(120, 40), notifications=True) as pilot:
            await settle_start_up(app, pilot)
            await pilot.press("R")
            await settle_start_up(app, pilot)
            await app.workers.wait_for_complete()
            await pilot.pause(0.1)
            assert app.is_running
            arrived = set(store.article_ids())
            assert len(arrived) == 20
            assert set(app.screen.query_one(ArticleList).row_ids) == arrived
        store.close()
