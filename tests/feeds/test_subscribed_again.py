"""A feed removed and subscribed to again: the articles it brought are its own again."""

from __future__ import annotations

import json
from pathlib import Path

from diplotui.feeds.subscriptions import UNSUBSCRIBED
from diplotui.store import Store
from tests.cli.test_cli_library import cli
from tests.feeds.server import FeedServer


def _pages_fetched(server: FeedServer) -> int:
    return sum(n for path, n in server.hits.items() if path != "/rss2.xml")


def test_a_feed_subscribed_again_owns_its_articles_and_fetches_none_twice(
    tmp_path: Path, server: FeedServer
):
    """After ``feed remove``, ``feed add`` of the same address listed the feed with "0
    articles": the articles it had brought were nobody's, and a refresh counted them as
    "already in the library" without taking them back."""
    db = str(tmp_path / "lib.json")
    url = server.url("/rss2.xml")
    assert cli("--db", db, "feed", "add", url).returncode == 0
    assert cli("--db", db, "refresh").stdout.splitlines()[-1] == "3 new in 1 feed"
    [feed] = json.loads(cli("--db", db, "feed", "list", "--json").stdout)
    removed = cli("--db", db, "feed", "remove", feed["id"])
    assert "its 3 articles stay" in removed.stdout, removed.stdout + removed.stderr
    pages_fetched = _pages_fetched(server)
    again = cli("--db", db, "feed", "add", url)
    assert again.returncode == 0, again.stderr
    [listed] = cli("--db", db, "feed", "list").stdout.splitlines()
    assert "  3 articles, 3 unread  " in listed
    refreshed = cli("--db", db, "refresh", "--force")
    assert refreshed.stdout.splitlines()[-1] == "nothing new", refreshed.stdout
    assert "already in the library" not in refreshed.stdout
    assert _pages_fetched(server) == pages_fetched, "no item's page fetched again"
    assert len(cli("--db", db, "list", "--feed", "UN News").stdout.splitlines()) == 3


def test_a_hand_edited_record_of_removed_feeds_does_not_stop_a_removal(
    tmp_path: Path, server: FeedServer
):
    """A record of removed feeds that is no table (a hand-edited store) ended ``feed
    remove`` in a traceback; it is replaced, and subscribing again takes the feed back."""
    db = tmp_path / "lib.json"
    url = server.url("/rss2.xml")
    assert cli("--db", str(db), "feed", "add", url).returncode == 0
    assert cli("--db", str(db), "refresh").returncode == 0
    [feed] = json.loads(cli("--db", str(db), "feed", "list", "--json").stdout)
    with Store.open(db) as store:
        store.set_setting(UNSUBSCRIBED, "junk")
    removed = cli("--db", str(db), "feed", "remove", feed["id"])
    assert removed.returncode == 0, removed.stderr
    assert "its 3 articles stay" in removed.stdout
    assert cli("--db", str(db), "feed", "add", url).returncode == 0
    [listed] = cli("--db", str(db), "feed", "list").stdout.splitlines()
    assert "  3 articles, 3 unread  " in listed
