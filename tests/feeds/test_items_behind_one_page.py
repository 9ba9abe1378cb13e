"""A feed whose every item's page gives one text (a consent or paywall page at each link,
or one story syndicated under many addresses): the first item became an article and the
other 29 were counted nowhere, "Wall: 1 new" and "1 new in 1 feed" of 30 items, their
summaries gone unsaid. They are counted, on the feed's line and in the summary (the app's
``R`` line)."""

from __future__ import annotations

from pathlib import Path

from diplotui.feeds.refresh import FeedResult, RefreshSummary
from tests.cli_runner import run_main
from tests.feeds.server import FeedServer

WALL = (
    "<html><head><title>Before you continue</title></head><body><article><h1>Before you "
    "continue</h1>"
    + "<p>We use cookies and data to deliver and maintain our services, measure audience "
    "engagement and develop new services, as described in our privacy policy.</p>"
    * 6
    + "</article></body></html>"
).encode()


def _feed(pages: str, items: int) -> bytes:
    entries = "".join(
        f"<item><title>Story {n}</title><link>{pages}story-{n}</link>"
        f"<guid>https://wall.example/story-{n}</guid>"
        f"<pubDate>Mon, 20 Oct 2025 1{n}:00:00 +0000</pubDate>"
        f"<description>Ministers met for round {n} of the talks, officials said.</description>"
        "</item>"
        for n in range(items)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Wall'
        f"</title><link>https://wall.example/</link>{entries}</channel></rss>"
    ).encode()


def test_items_whose_pages_give_one_text_are_counted(server: FeedServer, tmp_path: Path):
    server.serve_bytes("/wall.xml", _feed(server.url("/"), 3), "application/rss+xml")
    for n in range(3):
        server.serve_bytes(f"/story-{n}", WALL, "text/html; charset=utf-8")
    db = str(tmp_path / "lib.json")
    added = run_main("--db", db, "--create", "feed", "add", server.url("/wall.xml"))
    assert added.returncode == 0, added.stderr
    refreshed = run_main("--db", db, "refresh")
    assert refreshed.returncode == 0, refreshed.stderr
    assert refreshed.stdout.splitlines() == [
        "Wall: 1 new, 2 items whose page gave another item's text, kept as its article",
        "1 new in 1 feed, 2 items whose page gave another item's text, kept as its article",
    ]


def test_the_summary_line_counts_them():
    summary = RefreshSummary([FeedResult("a", "Wall", new=1, same_text=1)])
    assert (
        summary.line()
        == "1 new in 1 feed, 1 item whose page gave another item's text, kept as its article"
    )
