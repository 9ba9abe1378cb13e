"""A teammate subscribes to the feed whose articles came to them through the team's library:
their ``feed list`` (and the app's feeds section) said "0 articles" over the copies the sync
brought, and their refresh fetched every item's page again to find each already stored. A
copy a sync brought at an item's address, of its day, is that item's article now: taken as
the feed's, its page not fetched."""

from __future__ import annotations

from pathlib import Path

from diplotui.feeds import add_feed, refresh
from diplotui.share import share_clone, share_init, sync
from diplotui.store import Store
from tests.cli_runner import run_main
from tests.feeds.conftest import FAST
from tests.feeds.server import FeedServer, running_server
from tests.sharing import git_identity

__all__ = ["git_identity"]  # an autouse fixture: git settings of the test's own

PAGE = (
    "<html><head><title>{name}</title></head><body><article><h1>On the {name}</h1>"
    "<p>The foreign ministers met in Geneva on the {name} and agreed to resume the talks next "
    "month, a spokesperson said after the meeting ended late on Thursday evening.</p>"
    "</article></body></html>"
)


def _feed(base: str, day: str = "15") -> bytes:
    items = "".join(
        f"<item><title>On the {name}</title><link>{base}/a/{name}.html</link>"
        f"<guid>{base}/a/{name}.html</guid>"
        f"<pubDate>Thu, {day} Aug 2024 10:00:00 +0700</pubDate>"
        f"<description>Ministers on the {name}.</description></item>"
        for name in ("talks", "border")
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Desk Wire</title><link>{base}/</link><description>d</description>{items}"
        "</channel></rss>"
    ).encode()


def _serve(server: FeedServer, day: str = "15") -> None:
    server.serve_bytes("/desk.xml", _feed(server.base, day), "application/rss+xml")
    for name in ("talks", "border"):
        server.serve_bytes(f"/a/{name}.html", PAGE.format(name=name).encode(), "text/html")


def _mai_shares_her_feed(folder: Path, server: FeedServer) -> tuple[Path, Path]:
    mai, bob = folder / "mai.json", folder / "bob.json"
    with Store.open(mai) as store:
        add_feed(store, server.url("/desk.xml"))
        assert refresh(store, policy=FAST, force=True).new == 2
        share_init(store, str(folder / "desk.git"), "mai")
    with Store.open(bob) as store:
        share_clone(store, str(folder / "desk.git"), "bob")
    return mai, bob


def _pages_fetched(server: FeedServer) -> int:
    return sum(count for path, count in server.hits.items() if path.startswith("/a/"))


def test_a_teammates_feed_counts_the_copies_a_sync_brought_and_fetches_no_page(
    tmp_path: Path,
) -> None:
    with running_server() as server:
        _serve(server)
        _, bob = _mai_shares_her_feed(tmp_path, server)
        fetched_by_mai = _pages_fetched(server)
        added = run_main("--db", str(bob), "feed", "add", server.url("/desk.xml"))
        assert added.returncode == 0, added.stderr
        refreshed = run_main("--db", str(bob), "refresh")
        assert _pages_fetched(server) == fetched_by_mai  # none fetched again
    assert refreshed.returncode == 0, refreshed.stderr
    assert refreshed.stdout.endswith("nothing new, 2 items already in the library\n")
    listed = run_main("--db", str(bob), "feed", "list")
    assert "  2 articles, 2 unread  " in listed.stdout, listed.stdout
    with Store.open(bob) as store:  # a sync sends nothing for it: no feed is shared
        assert sync(store, "bob").summary() == "up to date"


def test_a_copy_of_another_day_at_the_item_s_address_is_not_taken(tmp_path: Path) -> None:
    """A page at a fixed address publishes issue after issue: the copy a sync brought is
    an earlier issue when the item is dated another day, so its page is fetched."""
    with running_server() as server:
        _serve(server)
        _, bob = _mai_shares_her_feed(tmp_path, server)
        fetched_by_mai = _pages_fetched(server)
        _serve(server, day="22")
        with Store.open(bob) as store:
            add_feed(store, server.url("/desk.xml"))
            refresh(store, policy=FAST, force=True)
        assert _pages_fetched(server) == fetched_by_mai + 2
