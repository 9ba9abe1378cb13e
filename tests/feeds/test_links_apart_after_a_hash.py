"""Feed items whose links differ only after "#": one page's anchors, or a site's routes."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from tests.cli.test_cli_library import cli
from tests.feeds.server import FeedServer

CONTENT = "http://purl.org/rss/1.0/modules/content/"
MORE = " The full text of the entry goes on in the feed, as a live page's feed carries it." * 3


def anchored_feed(base: str, items: list[tuple[str, str, str]]) -> bytes:
    """An RSS feed of (title, link's end after the base, text), each with its own GUID."""
    listed = "".join(
        f"<item><title>{title}</title><guid isPermaLink='false'>{title}</guid>"
        f"<link>{base}{end}</link><content:encoded>{text}{MORE}</content:encoded></item>"
        for title, end, text in items
    )
    return (
        f"<rss version='2.0' xmlns:content='{CONTENT}'>"
        f"<channel><title>Briefing Wire</title>{listed}</channel></rss>"
    ).encode()


def _titles(db: str) -> list[str]:
    return sorted(a["title"] for a in json.loads(cli("--db", db, "list", "--json").stdout))


def _refreshed(tmp_path: Path, server: FeedServer, feed: Callable[[], bytes]) -> tuple[str, str]:
    """A store subscribed to ``feed`` (served as /wire.xml) and refreshed once: the store
    and what the refresh said."""
    server.serve_bytes("/wire.xml", feed, "application/rss+xml")
    db = str(tmp_path / "lib.json")
    assert cli("--db", db, "feed", "add", server.url("/wire.xml")).returncode == 0
    result = cli("--db", db, "refresh")
    assert result.returncode == 0, result.stderr
    return db, result.stdout


def test_entries_of_one_page_at_anchors_are_each_stored(tmp_path: Path, server: FeedServer):
    """A briefing's feed, an item a question, each linking the briefing's page at its
    anchor with its own text: the second item was taken for the first's article ("1 new,
    1 updated"), its text replacing the first's, whose highlight lost its words."""
    items = [
        ("On the East Sea", "/briefing.html#q1", "The spokesperson answered on the East Sea."),
        ("On Cambodia", "/briefing.html#q2", "The spokesperson answered on the border talks."),
    ]
    db, said = _refreshed(tmp_path, server, lambda: anchored_feed(server.base, items))
    assert "Briefing Wire: 2 new" in said, said
    listed = json.loads(cli("--db", db, "list", "--json").stdout)
    sea = next(a["id"] for a in listed if a["title"] == "On the East Sea")
    assert cli("--db", db, "highlight", sea, "--quote", "on the East Sea").returncode == 0
    items.append(("On Laos", "/briefing.html#q3", "The spokesperson answered on the dam."))
    again = cli("--db", db, "refresh", "--force")
    assert "Briefing Wire: 1 new" in again.stdout and "updated" not in again.stdout
    assert {"On the East Sea", "On Cambodia", "On Laos"} <= set(_titles(db))
    [highlight] = json.loads(cli("--db", db, "annotations", sea, "--json").stdout)
    assert highlight["status"] == "anchored"


def test_anchors_of_a_page_fetched_are_one_article(tmp_path: Path, server: FeedServer):
    """Items giving no text of their own, the page fetched at each anchor: one page, one
    article (its text the same), as before."""
    page = "<html><head><title>Briefing</title></head><body><article><h1>Briefing</h1>"
    page += "<p>The spokesperson answered questions on the East Sea and the border.</p>" * 6
    page += "</article></body></html>"
    server.serve_bytes("/briefing.html", lambda: page.encode(), "text/html")
    listed = "".join(
        f"<item><title>Q{n}</title><guid isPermaLink='false'>q{n}</guid>"
        f"<link>{server.base}/briefing.html#q{n}</link></item>"
        for n in (1, 2)
    )
    feed = f"<rss version='2.0'><channel><title>Briefing Wire</title>{listed}</channel></rss>"
    _, said = _refreshed(tmp_path, server, lambda: feed.encode())
    assert "Briefing Wire: 1 new" in said, said


def test_a_sites_routes_after_a_hash_are_pages_apart(tmp_path: Path, server: FeedServer):
    items = [
        ("Summit", "/#!/news/101", "The ministers met in Hanoi and agreed a statement."),
        ("Trade", "/#!/news/102", "Officials completed the review of the trade rules."),
    ]
    db, _ = _refreshed(tmp_path, server, lambda: anchored_feed(server.base, items))
    assert {"Summit", "Trade"} <= set(_titles(db))
