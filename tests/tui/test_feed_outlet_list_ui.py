"""``R`` brings a feed's items in cited as from the publication: the list's source column reads
"Wire Desk", the part of the feed's title "Wire Desk - World News" naming it, never the
section (its page's site, "Diplomatic Wire", for an item whose page names one)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from diplotui.feeds import add_feed
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.article_list import ArticleList
from tests.feeds.server import FeedServer, running_server
from tests.feeds.test_outlet_cited import FEED

from .helpers import pane_lines
from .test_feeds_ui import _refresh_said


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with running_server() as live:
        live.serve_file("/article-summit.html", "article-summit.html")
        body = FEED.format(base=live.url("").rstrip("/"), what="the talks").encode()
        live.serve_bytes("/desk.xml", body, "application/rss+xml")
        yield live


async def test_r_lists_feed_articles_under_their_publication(
    store_path: Path, server: FeedServer
) -> None:
    store = Store.open(store_path)
    add_feed(store, server.url("/desk.xml"))
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _refresh_said(app, pilot)
        shown = "\n".join(pane_lines(app, app.screen.query_one(ArticleList)))
        # the feeds section names the feed; an article's row its publication
        assert "2025-07-09 · Wire Desk\n" in shown, shown
        assert "2025-07-08 · Diplomatic Wire\n" in shown, shown
    store.close()
