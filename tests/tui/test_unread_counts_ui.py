"""The title bar counts the library's unread articles, the feeds heading those of its feeds:
with a teammate's articles arrived unread from no feed of ours, the heading says so."""

from __future__ import annotations

from dataclasses import replace

import pytest

from diplotui.model import Feed, new_id
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.article_list import ArticleList
from diplotui.tui.widgets.title_bar import TitleBar

from .helpers import settle_start_up
from .test_reader_support import add_article

BODY = "The ministers met in Hanoi on Monday. They agreed to meet again in October."


@pytest.mark.parametrize("shared", [0, 2])
async def test_the_feeds_heading_says_its_unread_are_from_feeds_when_others_are_unread(
    store_path, shared: int
):
    store = Store.open(store_path)
    feed = Feed(id=new_id(), url="http://127.0.0.1:8765/feed.xml", name="Desk")
    store.save_feed(feed)
    fed = add_article(store, "Shuttle diplomacy resumes", BODY)
    store.save_article(replace(fed, feed_id=feed.id, state="unread"))
    for number in range(shared):  # a teammate's, arrived by a sync: unread, of no feed
        article = add_article(store, f"Talks resume {number}", f"{BODY} Round {number}.")
        store.save_article(replace(article, state="unread"))
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle_start_up(app, pilot)
        assert f"· {1 + shared} unread" in str(app.screen.query_one(TitleBar).render())
        library = app.screen.query_one(ArticleList)
        heading = library.render_line(0).text.rstrip()
        of_feeds = " from feeds" if shared else ""
        assert heading == f"▾ Feeds  1 unread{of_feeds} · 1 feed"
    store.close()
