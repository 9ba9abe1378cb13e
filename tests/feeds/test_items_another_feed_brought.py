"""A second feed carrying the stories a first one brought (a wire's items syndicated by an
outlet): ``feed add`` promised "2 items ... diplotui refresh brings them in", then the refresh
said "Trend Two: 0 new" and "nothing new", and ``feed list`` "0 articles", with no word that
the items were in the library already, so the analyst took the feed for broken. The refresh
now says how many of its items the library held already, per feed and in its summary (the
app's ``R`` line)."""

from __future__ import annotations

from pathlib import Path

from diplotui.feeds.refresh import FeedResult, RefreshSummary
from tests.cli_runner import run_main
from tests.feeds.server import FeedServer


def _feed(title: str, pages: str) -> bytes:
    """The wire's two items, each a summary whose page is at ``pages``: the local server's
    404 (a page at a host that does not resolve was tried three times, 2 and 4 s apart, in
    each refresh: 12 s of the test's 13)."""
    items = "".join(
        f"<item><title>Talks {n}</title><link>{pages}talks-{n}</link>"
        f"<guid>https://wire.example/talks-{n}</guid><pubDate>Mon, 20 Oct 2025 1{n}:00:00 +0000"
        f"</pubDate><description>Ministers met in Luxembourg for round {n} of the talks on the "
        f"sanctions package, officials said.</description></item>"
        for n in (1, 2)
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}'
        f"</title><link>https://wire.example/</link>{items}</channel></rss>"
    ).encode()


def test_a_feed_whose_items_the_library_holds_says_so(server: FeedServer, tmp_path: Path):
    server.serve_bytes("/wire.xml", _feed("Wire", server.url("/")), "application/rss+xml")
    server.serve_bytes("/outlet.xml", _feed("Outlet", server.url("/")), "application/rss+xml")
    db = str(tmp_path / "lib.json")
    for path in ("/wire.xml", "/outlet.xml"):
        added = run_main("--db", db, "--create", "feed", "add", server.url(path))
        assert added.returncode == 0, added.stderr
    first = run_main("--db", db, "refresh", "Wire")
    assert first.returncode == 0 and "Wire: 2 new" in first.stdout, first.stdout
    second = run_main("--db", db, "refresh", "Outlet")
    assert second.returncode == 0, second.stderr
    assert second.stdout.splitlines() == [
        "Outlet: 0 new (2 already in the library: another feed's, a teammate's or saved by hand)",
        "nothing new, 2 items already in the library",
    ]


def test_the_summary_line_counts_them_beside_what_is_new():
    summary = RefreshSummary(
        [FeedResult("a", "Wire", new=3), FeedResult("b", "Outlet", held_already=1)]
    )
    assert summary.line() == "3 new in 1 feed, 1 item already in the library"
