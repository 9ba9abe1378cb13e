"""The charset a server gives a feed in its Content-Type: the feed is read in it, as a page
is, and a label naming no text encoding is passed over, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplotui.feeds import add_feed, discover_feed, refresh
from diplotui.store import Store
from tests.feeds.conftest import FAST
from tests.feeds.server import FeedServer

RUSSIAN = (
    '<rss version="2.0"><channel><title>Новости МИД</title><item><guid>1</guid>'
    "<title>Министр сказал</title><description>Министр иностранных дел сказал, что "
    "переговоры продолжатся.</description></item></channel></rss>"
)


def test_a_feed_in_the_charset_its_server_states_is_read_in_it(
    store_path: Path, server: FeedServer
):
    """A windows-1251 feed with no XML declaration, served as ``charset=windows-1251``, came
    in as "Íîâîñòè ÌÈÄ": the charset was cut from the content type before the parser saw it."""
    server.serve_bytes(
        "/cyr.xml", RUSSIAN.encode("windows-1251"), "application/rss+xml; charset=windows-1251"
    )
    assert discover_feed(server.url("/cyr.xml"), FAST).title == "Новости МИД"
    with Store.open(store_path) as store:
        add_feed(store, server.url("/cyr.xml"), name="MID")
        summary = refresh(store, policy=FAST, force=True)
        assert not summary.results[0].error
        assert [article.title for article in store.articles()] == ["Министр сказал"]


@pytest.mark.parametrize("label", ["undefined", "no-such-codec", "zlib"])
def test_a_served_charset_naming_no_text_encoding_is_passed_over(server: FeedServer, label: str):
    """``charset=undefined`` names a Python codec that raises UnicodeError on any bytes: once
    the charset reached the parser, it ended ``feed add`` in a traceback."""
    server.serve_bytes(
        "/feed.xml", RUSSIAN.encode("utf-8"), f"application/rss+xml; charset={label}"
    )
    assert discover_feed(server.url("/feed.xml"), FAST).title == "Новости МИД"
