"""A live local feed server for each test, and a fetch policy with short waits."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from diplotui.feeds import FetchPolicy
from tests.feeds.server import FeedServer, running_server

FAST = FetchPolicy(timeout=2.0, deadline=3.0, retries=2, backoff=0.01, max_retry_after=2.0)


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with running_server() as live:
        for name in (
            "rss2.xml",
            "atom.xml",
            "rss1.rdf",
            "rss091.xml",
            "feed.json",
            "article-summit.html",
            "article-council.html",
            "article-climate.html",
            "article-spokesperson.html",
            "page-with-alternate.html",
            "plain-page.html",
        ):
            live.serve_file("/" + name, name)
        yield live
