"""A feed that dates its items in UTC (WordPress writes every ``pubDate`` "+0000") gives a
story published on an outlet's morning east of Greenwich the day before: the article takes
the day its own page prints, where that page states the day either side of the feed's
(session 52's new user: a Wellington press release of March 12 was cited "March 11")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_runner import run_main
from tests.feeds.server import FeedServer


def _page(published: str, words: str) -> bytes:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Minister welcomes truce</title>'
        '<meta property="og:site_name" content="Harbour Post">'
        f'<meta property="article:published_time" content="{published}"></head><body><article>'
        f"<h1>Minister welcomes truce</h1><p>{words} Foreign Minister Ana Ruiz said the truce "
        "was a positive step and that talks would continue next week in Geneva.</p>"
        "<p>Ruiz added that aid convoys would resume within days across the border.</p>"
        "</article></body></html>"
    ).encode()


def _feed(base: str, stamps: list[str]) -> bytes:
    items = "".join(
        f"<item><title>Story {n}</title><link>{base}/story{n}.html</link>"
        f"<guid>{base}/story{n}.html</guid><pubDate>{stamp}</pubDate>"
        "<description>A short teaser.</description></item>"
        for n, stamp in enumerate(stamps)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Post</title>'
        f"<link>{base}/</link>{items}</channel></rss>"
    ).encode()


@pytest.mark.parametrize(
    ("stamp", "published", "cited"),
    [
        # the feed's UTC evening is the outlet's next morning: the page's day
        ("Tue, 11 Mar 2025 20:13:00 +0000", "2025-03-12T09:13:00+13:00", "2025-03-12"),
        ("Tue, 11 Mar 2025 20:13:00 GMT", "2025-03-12T09:13:00+13:00", "2025-03-12"),
        # the feed in the outlet's own zone stays the feed's day, whatever the page says
        ("Wed, 12 Mar 2025 09:13:00 +1300", "2025-03-13T09:13:00+13:00", "2025-03-12"),
        # a page day further off is no time zone's doing: the feed's day
        ("Tue, 11 Mar 2025 20:13:00 +0000", "2025-03-20T09:13:00+13:00", "2025-03-11"),
    ],
)
def test_a_new_item_takes_its_pages_day_over_the_feeds_utc_day(
    server: FeedServer, store_path: Path, stamp: str, published: str, cited: str
):
    server.serve_bytes("/feed.xml", _feed(server.base, [stamp]), "application/rss+xml")
    server.serve_bytes("/story0.html", _page(published, "WELLINGTON -"), "text/html")
    db = ("--db", str(store_path))
    assert run_main(*db, "feed", "add", server.url("/feed.xml")).returncode == 0
    refreshed = run_main(*db, "refresh")
    assert refreshed.returncode == 0, refreshed.stderr
    listed = json.loads(run_main(*db, "list", "--json").stdout)
    (article,) = [article for article in listed if article["title"] == "Story 0"]
    assert article["date"] == cited
