"""A feed whose articles are stored without their headline, as every feed's and page's are:
an item with its full text in the feed, and one whose page gives it (the page's headline
outside its article body), each opening with a one-paragraph lede that holds a statement."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from diplotui.feeds import add_feed, refresh
from diplotui.store import Store
from tests.feeds.conftest import FAST
from tests.feeds.server import FeedServer, running_server

FULL_TEXT = "Okafor pledges aid corridor for the north"
FROM_PAGE = "Haddad warns of new sanctions"
FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Capital Desk</title><link>{base}/</link><description>News</description>
<item><title>{full}</title><link>{base}/okafor.html</link><guid>okafor</guid>
<pubDate>Tue, 08 Jul 2025 09:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>Foreign Minister Chidi Okafor said on Tuesday that the government
would open an aid corridor to the northern provinces.</p><p>The corridor would run from the
coast to three towns near the border, and the first convoys could leave within days.</p>]]>
</content:encoded></item>
<item><title>{page}</title><link>{base}/haddad.html</link><guid>haddad</guid>
<pubDate>Wed, 09 Jul 2025 09:00:00 GMT</pubDate>
<description>Leila Haddad said new sanctions were possible.</description></item>
</channel></rss>"""
PAGE = """<!DOCTYPE html><html><head><title>{page} - Capital Desk</title></head><body>
<header><nav><a href="/">Home</a></nav><h1>{page}</h1></header><main><div class="story">
<p>Foreign Minister Leila Haddad said on Wednesday that new sanctions against the regime were
possible if the talks failed.</p>
<p>European governments have debated a new package for weeks. Several capitals want to wait for
the outcome of the talks in Vienna, where negotiators met on Tuesday for a second day.</p>
</div></main></body></html>"""


@contextmanager
def headline_server() -> Iterator[FeedServer]:
    """A live local server of the feed at ``/feed.xml`` and the page of its second item."""
    with running_server() as live:
        feed = FEED.format(base=live.base, full=FULL_TEXT, page=FROM_PAGE)
        live.serve_bytes("/feed.xml", feed.encode(), "application/rss+xml")
        page = PAGE.format(page=FROM_PAGE).encode()
        live.serve_bytes("/haddad.html", page, "text/html; charset=utf-8")
        yield live


def refreshed_from(store: Store, server: FeedServer) -> Store:
    """``store`` with the feed's two articles brought in by a refresh."""
    add_feed(store, server.url("/feed.xml"), name="Capital Desk")
    assert refresh(store, policy=FAST, force=True).line() == "2 new in 1 feed"
    return store
