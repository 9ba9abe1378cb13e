"""A feed's title, an item's title and author and a feed's name are stored without control
characters or escape sequences, as ``meta`` stores a field; an item's text keeps its lines."""

from __future__ import annotations

import json
from pathlib import Path

from diplotui.feeds import add_feed, refresh
from diplotui.feeds.parse import parse_feed
from diplotui.store import Store
from tests.feeds.conftest import FAST
from tests.feeds.server import FeedServer

BODY = "First line\tcolumn\nSecond line\n\nNext paragraph"
HOSTILE_FEED = {
    "version": "https://jsonfeed.org/version/1.1",
    "title": "Wire\x1b[31m desk\x07",
    "items": [
        {
            "id": "item-1",
            "title": "Border \x1b]8;;http://evil.test\x07talks\x1b]8;;\x07 resume\x9b2J",
            "authors": [{"name": "Lan\x07 Anh\x1b[0m"}],
            "content_text": BODY,
        }
    ],
}


def hostile_bytes() -> bytes:
    return json.dumps(HOSTILE_FEED).encode()


def test_a_feeds_title_and_an_items_title_and_author_are_read_without_controls():
    parsed = parse_feed(hostile_bytes(), "http://feeds.test/feed.json", "application/feed+json")
    (item,) = parsed.items
    assert parsed.title == "Wire desk"
    assert (item.title, item.author) == ("Border talks resume", "Lan Anh")
    # the text is not a field: its tab and lines stay as a JSON feed's text always gave them
    assert item.content == "First line column Second line\n\nNext paragraph"


def test_stored_feed_and_article_carry_no_controls(store_path: Path, server: FeedServer) -> None:
    server.serve_bytes("/hostile.json", hostile_bytes(), "application/feed+json")
    with Store.open(store_path) as store:
        feed = add_feed(store, server.url("/hostile.json"), name="My\x1b[2J \x07feed\x00")
        assert store.feed(feed.id).name == "My feed"
        refresh(store, policy=FAST, force=True)
        (article,) = store.articles()
        stored = store.feed(feed.id)
        assert stored.title == "Wire desk"
        assert (article.title, article.author) == ("Border talks resume", "Lan Anh")
        assert store.article_text(article.id).endswith("Second line\n\nNext paragraph")
