"""A feed that dates its items in UTC (WordPress writes every ``pubDate`` "+0000") gives a
story published on an outlet's morning east of Greenwich the day before: the article takes
the day its own page prints, where that page states the day either side of the feed's
(session 52's new user: a Wellington press release of March 12 was cited "March 11")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplotui.store import Store
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
    assert _story(store_path)["date"] == cited


def _story(store_path: Path) -> dict[str, str]:
    """The feed's article as ``list --json`` gives it."""
    listed = json.loads(run_main("--db", str(store_path), "list", "--json").stdout)
    (article,) = [article for article in listed if article["title"] == "Story 0"]
    return dict(article)


def _fifteen_minutes_on(store_path: Path) -> None:
    """The kept summaries' pages due again, as a quarter of an hour later (their pause)."""
    with Store.open(store_path) as store:
        for feed in store.feeds():
            feed.summary_retries = {
                article_id: [state[0], "2000-01-01T00:00:00Z", *state[2:]]
                for article_id, state in feed.summary_retries.items()
            }
            store.save_feed(feed)


def test_a_summary_completed_later_takes_its_pages_day_in_list_citation_and_timeline(
    server: FeedServer, store_path: Path
):
    """The page failing at first, the article held the feed's summary under the feed's UTC
    day; once a later refresh fetched the page, the list, the quote's citation and the
    timeline kept that day, a day before the one the page prints (the new item got it)."""
    stamp, published = "Tue, 11 Mar 2025 20:13:00 +0000", "2025-03-12T09:13:00+13:00"
    server.serve_bytes("/feed.xml", _feed(server.base, [stamp]), "application/rss+xml")
    server.status("/story0.html", 503)
    db = ("--db", str(store_path))
    assert run_main(*db, "feed", "add", server.url("/feed.xml")).returncode == 0
    first = run_main(*db, "refresh")
    assert "1 only the feed's summary" in first.stdout, first.stdout
    assert _story(store_path)["date"] == "2025-03-11"  # all the feed says: its UTC day

    server.serve_bytes("/story0.html", _page(published, "WELLINGTON -"), "text/html")
    _fifteen_minutes_on(store_path)
    second = run_main(*db, "refresh", "--force")
    assert second.returncode == 0, second.stderr
    assert "1 updated" in second.stdout, second.stdout
    article = _story(store_path)
    assert article["date"] == "2025-03-12"
    marked = run_main(*db, "highlight", article["id"], "--quote", "a positive step")
    assert marked.returncode == 0, marked.stderr
    highlight_id = marked.stdout.split()[-1].strip("()")
    cited = run_main(*db, "quote", highlight_id)
    assert "March 12, 2025" in cited.stdout and "March 11" not in cited.stdout, cited.stdout
    timeline = run_main(*db, "timeline", "Ana Ruiz")
    assert "2025-03-12" in timeline.stdout and "2025-03-11" not in timeline.stdout, timeline.stdout


def test_a_summary_of_a_feed_in_the_outlets_own_zone_keeps_the_feeds_day_when_completed(
    server: FeedServer, store_path: Path
):
    """Only a day the feed wrote in UTC gives way to the page's: one in the outlet's own zone
    is the outlet's day, whatever the page completed later says."""
    stamp, published = "Wed, 12 Mar 2025 09:13:00 +1300", "2025-03-13T09:13:00+13:00"
    server.serve_bytes("/feed.xml", _feed(server.base, [stamp]), "application/rss+xml")
    server.status("/story0.html", 503)
    db = ("--db", str(store_path))
    assert run_main(*db, "feed", "add", server.url("/feed.xml")).returncode == 0
    run_main(*db, "refresh")
    server.serve_bytes("/story0.html", _page(published, "WELLINGTON -"), "text/html")
    _fifteen_minutes_on(store_path)
    assert "1 updated" in run_main(*db, "refresh", "--force").stdout
    assert _story(store_path)["date"] == "2025-03-12"
