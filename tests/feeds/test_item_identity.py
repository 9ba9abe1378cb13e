"""What a feed item is known by when the feed's own identities are not identities."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli_library import cli
from tests.feeds.server import FeedServer

CONTENT = "http://purl.org/rss/1.0/modules/content/"
STORIES = {
    "summit": "The ministers met in Hanoi and agreed a joint statement on maritime cooperation.",
    "trade": "Officials completed the review of the regional trade agreement's rules of origin.",
    "border": "Laos and Cambodia signed a border treaty in Vientiane after three years of talks.",
}
MORE = " The full text of the story goes on in the feed, as a wire's feed carries it." * 3


def one_guid_feed(base: str, names: list[str]) -> bytes:
    """An RSS feed whose generator gives every item the same GUID, each with its own page."""
    items = "".join(
        f"<item><title>{name.title()} story</title><guid isPermaLink='false'>story</guid>"
        f"<link>{base}/{name}.html</link><content:encoded>{STORIES[name]}{MORE}</content:encoded></item>"
        for name in names
    )
    return (
        f"<rss version='2.0' xmlns:content='{CONTENT}'>"
        f"<channel><title>One Guid Wire</title>{items}</channel></rss>"
    ).encode()


def test_a_feed_giving_every_item_one_guid_never_replaces_an_article_with_another_story(
    tmp_path: Path, server: FeedServer
):
    """Every story of such a feed but the first was dropped, and the next story it put on
    top replaced the text of the article stored under that GUID: the user's highlight on
    it turned orphan and the article they had read was gone. Items sharing a GUID but not
    a link are known by their links."""
    names = ["summit", "trade"]
    server.serve_bytes(
        "/wire.xml", lambda: one_guid_feed(server.base, names), "application/rss+xml"
    )
    db = str(tmp_path / "lib.json")
    assert cli("--db", db, "feed", "add", server.url("/wire.xml")).returncode == 0
    first = cli("--db", db, "refresh")
    assert first.returncode == 0 and "One Guid Wire: 2 new" in first.stdout, first.stdout
    by_title = {a["title"]: a["id"] for a in json.loads(cli("--db", db, "list", "--json").stdout)}
    summit = by_title["Summit story"]
    assert "Trade story" in by_title
    assert cli("--db", db, "highlight", summit, "--quote", "ministers met").returncode == 0
    names.insert(0, "border")  # the next story, under the same GUID, on top
    again = cli("--db", db, "refresh", "--force")
    assert again.returncode == 0 and "One Guid Wire: 1 new" in again.stdout, again.stdout
    listed = json.loads(cli("--db", db, "list", "--json").stdout)
    assert sorted(a["title"] for a in listed if a["feed_id"]) == [
        "Border story",
        "Summit story",
        "Trade story",
    ]
    [highlight] = json.loads(cli("--db", db, "annotations", summit, "--json").stdout)
    assert highlight["status"] == "anchored"
    assert cli("--db", db, "meta", summit).stdout.splitlines()[1] == "title:  Summit story"
