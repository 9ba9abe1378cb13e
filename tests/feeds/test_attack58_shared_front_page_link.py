"""attack58: two items of one day whose ``<link>`` is the outlet's front page (each with its
own GUID, title and text) were stored as one article: the second silently lost. An item whose
link another item of the feed shares is known by its GUID (else its title), and the refresh
says so."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli_library import cli
from tests.feeds.server import FeedServer

CONTENT = "http://purl.org/rss/1.0/modules/content/"
DAY = "Mon, 30 Nov 2026 08:00:00 GMT"
STORIES = [
    ("Ministers meet on dams", "dams-1", "The ministers agreed to share data on the dams."),
    ("Border treaty signed", "border-2", "Laos and Cambodia signed a border treaty at last."),
]
MORE = " The full text of the story goes on in the feed, as a wire's feed carries it." * 3


def front_page_feed(base: str, guids: bool = True) -> bytes:
    items = "".join(
        f"<item><title>{title}</title>"
        + (f"<guid isPermaLink='false'>{guid}</guid>" if guids else "")
        + f"<link>{base}/</link><pubDate>{DAY}</pubDate>"
        f"<content:encoded>{text}{MORE}</content:encoded></item>"
        for title, guid, text in STORIES
    )
    return (
        f"<rss version='2.0' xmlns:content='{CONTENT}'>"
        f"<channel><title>Front Page Wire</title>{items}</channel></rss>"
    ).encode()


def _refreshed(tmp_path: Path, server: FeedServer, guids: bool) -> tuple[str, str]:
    server.serve_bytes(
        "/wire.xml", lambda: front_page_feed(server.base, guids), "application/rss+xml"
    )
    db = str(tmp_path / "lib.json")
    assert cli("--db", db, "feed", "add", server.url("/wire.xml")).returncode == 0
    refreshed = cli("--db", db, "refresh")
    assert refreshed.returncode == 0, refreshed.stderr
    return db, refreshed.stdout + refreshed.stderr


def _feed_titles(db: str) -> list[str]:
    listed = json.loads(cli("--db", db, "list", "--json").stdout)
    return sorted(a["title"] for a in listed if a["feed_id"])


def test_two_items_sharing_a_front_page_link_are_two_articles(tmp_path: Path, server: FeedServer):
    db, said = _refreshed(tmp_path, server, guids=True)
    assert "Front Page Wire: 2 new" in said, said
    assert (
        f"Front Page Wire: warning: 2 items share the link {server.base}/: each is known by "
        "its GUID, else its title and day"
    ) in said
    assert _feed_titles(db) == ["Border treaty signed", "Ministers meet on dams"]
    again = cli("--db", db, "refresh", "--force")
    assert "Front Page Wire: unchanged" in again.stdout
    assert _feed_titles(db) == ["Border treaty signed", "Ministers meet on dams"]


def test_without_guids_the_titles_tell_them_apart(tmp_path: Path, server: FeedServer):
    db, said = _refreshed(tmp_path, server, guids=False)
    assert "Front Page Wire: 2 new" in said, said
    assert "repeats another's GUID" not in said
    assert _feed_titles(db) == ["Border treaty signed", "Ministers meet on dams"]
