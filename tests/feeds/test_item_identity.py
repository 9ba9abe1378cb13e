"""What a feed item is known by when the feed's own identities are not identities."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplotui.store import Store
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


def bare_feed(items: list[tuple[str, str, str]]) -> bytes:
    """An RSS feed whose items carry neither a GUID nor a link: (title, pubDate, text)."""
    listed = "".join(
        f"<item><title>{title}</title><pubDate>{date}</pubDate>"
        f"<content:encoded>{text}{MORE}</content:encoded></item>"
        for title, date, text in items
    )
    return (
        f"<rss version='2.0' xmlns:content='{CONTENT}'>"
        f"<channel><title>Bare Wire</title>{listed}</channel></rss>"
    ).encode()


def _feed_articles(db: str) -> dict[str, str]:
    listed = json.loads(cli("--db", db, "list", "--json").stdout)
    return {a["id"]: a["title"] for a in listed if a["feed_id"]}


MONDAY = "Mon, 30 Nov 2026 08:00:00 GMT"


def _subscribed_to_a_bare_feed(
    tmp_path: Path, server: FeedServer, items: list[tuple[str, str, str]]
) -> str:
    """A library subscribed to ``bare_feed(items)`` (as ``items`` is at each fetch) and
    refreshed once: its path."""
    server.serve_bytes("/bare.xml", lambda: bare_feed(items), "application/rss+xml")
    db = str(tmp_path / "lib.json")
    assert cli("--db", db, "feed", "add", server.url("/bare.xml")).returncode == 0
    assert "Bare Wire: 1 new" in cli("--db", db, "refresh").stdout
    return db


def test_an_item_with_no_guid_and_no_link_edited_upstream_updates_its_article(
    tmp_path: Path, server: FeedServer
):
    """Such an item was known by all it said: each edit of its text came in as one more
    article, the user's highlights left on the first. It is known by its title and the day
    it is dated: an edit updates the article (highlights re-anchored); two items of one title
    and day, and the same title on another day, are articles of their own."""
    items = [("Ministers meet on dams", MONDAY, STORIES["summit"])]
    db = _subscribed_to_a_bare_feed(tmp_path, server, items)
    [article] = _feed_articles(db)
    assert cli("--db", db, "highlight", article, "--quote", "joint statement").returncode == 0
    items[0] = (items[0][0], MONDAY, "Corrected. " + STORIES["summit"])
    edited = cli("--db", db, "refresh", "--force")
    assert "Bare Wire: 0 new, 1 updated" in edited.stdout, edited.stdout
    assert list(_feed_articles(db)) == [article]
    shown = cli("--db", db, "export", "--format", "json", "--article", article).stdout
    assert "Corrected. The ministers met" in shown
    [highlight] = json.loads(cli("--db", db, "annotations", article, "--json").stdout)
    assert highlight["status"] != "orphan" and highlight["quote"] == "joint statement"
    tuesday = "Tue, 01 Dec 2026 08:00:00 GMT"
    items += [("Daily note", tuesday, STORIES["trade"]), ("Daily note", tuesday, STORIES["border"])]
    assert "Bare Wire: 2 new" in cli("--db", db, "refresh", "--force").stdout
    items.append(("Daily note", "Wed, 02 Dec 2026 08:00:00 GMT", "The envoys met again."))
    assert "Bare Wire: 1 new" in cli("--db", db, "refresh", "--force").stdout
    assert sorted(_feed_articles(db).values()) == ["Daily note"] * 3 + ["Ministers meet on dams"]


def test_an_item_known_the_earlier_way_is_updated_by_its_first_edit(
    tmp_path: Path, server: FeedServer
):
    """A library from before knows such an item as ``sha256:`` and its stamp: the first edit
    after the change found no item of that identity and added a twin; it updates the article
    the feed's item of that title and day made."""
    items = [("Ministers meet on dams", MONDAY, STORIES["summit"])]
    db = _subscribed_to_a_bare_feed(tmp_path, server, items)
    with Store.open(Path(db)) as store:  # as the earlier version filed it
        [feed] = store.feeds()
        feed.items = {f"sha256:{stamp}": [article, stamp] for article, stamp in feed.items.values()}
        store.save_feed(feed)
    items[0] = (items[0][0], MONDAY, "Corrected. " + STORIES["summit"])
    edited = cli("--db", db, "refresh", "--force")
    assert "Bare Wire: 0 new, 1 updated" in edited.stdout, edited.stdout
    assert list(_feed_articles(db).values()) == ["Ministers meet on dams"]


def briefing_feed(base: str, guid: str, date: str, text: str) -> bytes:
    """A daily briefing: one item, always at the same link, a new text each day."""
    given = f"<guid isPermaLink='false'>{guid}</guid>" if guid else ""
    return (
        f"<rss version='2.0' xmlns:content='{CONTENT}'><channel><title>Daily Brief</title>"
        f"<item><title>Daily briefing</title>{given}<link>{base}/briefing.html</link>"
        f"<pubDate>{date}</pubDate><content:encoded>{text}{MORE}</content:encoded></item>"
        "</channel></rss>"
    ).encode()


@pytest.mark.parametrize("guids", [True, False], ids=["a GUID each day", "no GUID"])
def test_a_daily_briefing_at_a_fixed_link_is_a_new_article_each_day(
    tmp_path: Path, server: FeedServer, guids: bool
):
    """A feed publishing a new text every day at one link overwrote yesterday's article,
    whose highlights lost their words. An item at a known link with another GUID (or none)
    dated another day is a new article; on the same day it is an update of that day's."""
    issue = {"guid": "brief-30" if guids else "", "date": "Mon, 30 Nov 2026 08:00:00 GMT"}
    issue["text"] = "Monday: the ministers met on dams."
    server.serve_bytes(
        "/brief.xml", lambda: briefing_feed(server.base, **issue), "application/rss+xml"
    )
    db = str(tmp_path / "lib.json")
    assert cli("--db", db, "feed", "add", server.url("/brief.xml")).returncode == 0
    assert "Daily Brief: 1 new" in cli("--db", db, "refresh").stdout
    [monday] = _feed_articles(db)
    assert cli("--db", db, "highlight", monday, "--quote", "met on dams").returncode == 0
    issue.update(guid="brief-01" if guids else "", date="Tue, 01 Dec 2026 08:00:00 GMT")
    issue["text"] = "Tuesday: the envoy arrived in Hanoi."
    tuesday = cli("--db", db, "refresh", "--force")
    assert "Daily Brief: 1 new" in tuesday.stdout, tuesday.stdout
    [highlight] = json.loads(cli("--db", db, "annotations", monday, "--json").stdout)
    assert highlight["status"] == "anchored"
    shown = cli("--db", db, "export", "--format", "json", "--article", monday).stdout
    assert "Monday: the ministers met on dams." in shown
    issue.update(date="Tue, 01 Dec 2026 09:30:00 GMT", text="Tuesday: the envoy arrived.")
    corrected = cli("--db", db, "refresh", "--force")
    assert "Daily Brief: 0 new, 1 updated" in corrected.stdout, corrected.stdout
    listed = json.loads(cli("--db", db, "list", "--json").stdout)
    assert sorted(a["date"] for a in listed if a["feed_id"]) == ["2026-11-30", "2026-12-01"]
