"""A hostile server against a whole refresh: each trick fails its own feed in one line, the
other feeds come in, and nothing stored is lost."""

from __future__ import annotations

import asyncio
import importlib
import json
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from functools import partial
from pathlib import Path

import pytest

from diplotui.feeds import RefreshSummary, add_feed, refresh
from diplotui.feeds.fetch import Fetcher, FetchError
from diplotui.model import ONE_LINE_CHARS
from diplotui.store import Store
from tests.cli_runner import run_main
from tests.feeds.conftest import FAST
from tests.feeds.server import FeedServer


@pytest.fixture
def store(store_path: Path):
    with Store.open(store_path) as opened:
        yield opened


def refresh_with_a_good_feed(store: Store, server: FeedServer, hostile: str) -> RefreshSummary:
    """Refresh the good ``/rss2.xml`` and the ``hostile`` path together."""
    add_feed(store, server.url("/rss2.xml"))
    add_feed(store, server.url(hostile), name="Hostile")
    summary = refresh(store, policy=FAST, force=True)
    [good] = [result for result in summary.results if result.name != "Hostile"]
    assert good.new == 3 and not good.failed, summary.line()
    return summary


def test_a_redirect_to_an_address_httpx_cannot_read_fails_that_feed_alone(
    store: Store, server: FeedServer
):
    """httpx reads a redirect's Location even when it is not to follow it, and raised
    InvalidURL for ``javascript:alert(1)``: the whole refresh ended in a traceback."""
    server.redirect("/hostile.xml", "javascript:alert(1)", 302)
    summary = refresh_with_a_good_feed(store, server, "/hostile.xml")
    (failure,) = summary.failures
    assert failure.error.startswith("redirected to an unusable address (")
    assert server.hits["/hostile.xml"] == 1  # not retried


def test_an_item_link_with_a_control_character_keeps_the_feeds_summary(
    store: Store, server: FeedServer
):
    """A link holding U+0001 passed as a web address, and httpx raised on it out of every
    handler: one item's link ended the refresh of every feed."""
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Hostile",
        "items": [{"id": "1", "url": server.url("/page\u0001.html"), "summary": "What was said."}],
    }
    server.serve_bytes("/hostile.json", json.dumps(feed).encode(), "application/feed+json")
    summary = refresh_with_a_good_feed(store, server, "/hostile.json")
    assert not summary.failures
    [warning] = [w for result in summary.results for w in result.warnings]
    assert "the feed's summary is the article (not a web address, no page to fetch" in warning


def test_a_retry_after_too_far_for_a_date_is_remembered_as_a_day(store: Store, server: FeedServer):
    """``Retry-After: 99999999999999999999`` overflowed the date arithmetic after the fetch,
    so the refresh died in a traceback and stored nothing, not even the good feeds."""
    server.status("/busy.xml", 503, {"Retry-After": "99999999999999999999"})
    summary = refresh_with_a_good_feed(store, server, "/busy.xml")
    (failure,) = summary.failures
    assert failure.error.startswith("HTTP 503: the server asks to wait")
    (hostile,) = [feed for feed in store.feeds() if feed.name == "Hostile"]
    until = datetime.fromisoformat(hostile.retry_after)
    assert until <= datetime.now(timezone.utc) + timedelta(days=1)
    again = refresh(store, [hostile.id], policy=FAST)
    assert again.results[0].skipped.startswith("the server asked to wait until")
    assert server.hits["/busy.xml"] == 1


def test_a_trickling_server_is_asked_once_the_deadline_is_for_the_whole_fetch(
    server: FeedServer,
):
    """A byte every 50 ms never trips the per-read timeout; the deadline cut each try off,
    but a timeout was retried: three deadlines and two pauses (over three minutes by
    default) for one trickling feed."""
    server.trickle("/slow.xml", seconds=5)
    policy = replace(FAST, deadline=0.3, retries=2)

    async def fetch() -> None:
        async with Fetcher(policy) as fetcher:
            await fetcher.get(server.url("/slow.xml"))

    with pytest.raises(FetchError, match=r"^timeout \(no complete answer within 0.3 s\)$"):
        asyncio.run(fetch())
    assert server.hits["/slow.xml"] == 1


def test_megabyte_titles_and_authors_are_kept_to_a_line(store: Store, server: FeedServer):
    """A feed's title, an item's title and its author were stored whole (a megabyte each),
    then printed whole by ``feed list`` and every refresh line naming the feed."""
    huge = "Word " * 200_000
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": huge,
        "items": [
            {
                "id": "1",
                "title": huge,
                "authors": [{"name": huge}],
                "content_text": "What was said, in full. " * 20,
            }
        ],
    }
    server.serve_bytes("/huge.json", json.dumps(feed).encode(), "application/feed+json")
    add_feed(store, server.url("/huge.json"))
    summary = refresh(store, policy=FAST, force=True)
    assert summary.new == 1 and len(summary.line()) < 1000
    [article] = store.articles()
    [subscribed] = store.feeds()
    for field in (article.title, article.author, article.source, subscribed.title):
        assert 0 < len(field) <= ONE_LINE_CHARS


def test_an_opml_outline_named_with_a_megabyte_is_kept_to_a_line(store_path: Path):
    opml = store_path.parent / "subs.opml"
    opml.write_text(
        f'<opml version="2.0"><body><outline text="{"Name " * 200_000}" '
        'xmlUrl="http://127.0.0.1:8/f.xml"/></body></opml>'
    )
    assert run_main("--db", str(store_path), "feed", "import", str(opml)).returncode == 0
    listed = run_main("--db", str(store_path), "feed", "list")
    assert len(listed.stdout) < 1000


def test_a_kilobyte_content_type_is_named_in_a_short_line(server: FeedServer):
    server.serve_bytes("/odd", b"\x00\x01", "application/" + "x" * 5000)

    async def fetch() -> None:
        async with Fetcher(FAST) as fetcher:
            await fetcher.get(server.url("/odd"))

    with pytest.raises(FetchError, match=r"^content type application/x+ is not text$") as caught:
        asyncio.run(fetch())
    assert len(str(caught.value)) < 100


def test_pages_on_a_host_that_stopped_answering_are_given_up_not_waited_for_one_by_one(
    store_path: Path, server: FeedServer, monkeypatch: pytest.MonkeyPatch
):
    """A feed of teasers whose pages never answer: each page waited its turn (two at a time
    per host) for three timeouts, so ``diplotui refresh`` of six such items took three
    minutes, and of 200 (a busy wire) nearly two hours, saying nothing meanwhile."""
    items = "".join(
        f"<item><title>Teaser {n}</title><link>{server.url(f'/hang/{n}')}</link>"
        f"<guid>t{n}</guid><description>The minister spoke of talks {n}.</description></item>"
        for n in range(8)
    )
    feed = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{items}'
    server.serve_bytes("/teasers.xml", (feed + "</channel></rss>").encode(), "application/rss+xml")
    for n in range(8):
        server.slow(f"/hang/{n}", seconds=5)
    refreshing = importlib.import_module("diplotui.feeds.refresh")
    monkeypatch.setattr(refreshing, "FetchPolicy", partial(replace, FAST, timeout=0.3))
    db = ("--db", str(store_path))
    assert run_main(*db, "feed", "add", server.url("/teasers.xml")).returncode == 0

    result = run_main(*db, "refresh", "--verbose")  # each item and its reason

    assert "8 new in 1 feed, 8 only the feed's summary" in result.stdout, result.stdout
    asked = sum(server.hits[f"/hang/{n}"] for n in range(8))
    assert asked <= 4, f"{asked} requests to a host that let 3 in a row time out"
    assert result.stderr.count("not asked: http://127.0.0.1:") >= 4, result.stderr
    assert result.stderr.count("item pages not fetched") == 1, result.stderr  # one warning
