"""A teammate's deletion of one issue of a page published at a fixed link (a daily brief)
keeps that issue out of our library, not the issues after it: the deletion was remembered by
its address, and every later issue there was skipped as 'deleted by mai'."""

from __future__ import annotations

from pathlib import Path

from diplotui.store import Store
from diplotui.team_deletions import TEAM_DELETED, team_deletions
from tests.feeds.server import running_server
from tests.feeds.test_team_deleted_items import (
    _delete,
    _desk,
    _refresh,
    _subscribe,
    _sync,
    _titles,
)
from tests.sharing import git_identity

__all__ = ["git_identity"]  # an autouse fixture: git settings of the test's own

ISSUES = {
    "Monday's brief": ("Mon, 12 Aug 2024 06:00:00 GMT", "The ministers met in Geneva on Monday."),
    "Tuesday's brief": (
        "Tue, 13 Aug 2024 06:00:00 GMT",
        "Trade resumed on Tuesday.",
    ),
}


def _brief(base: str, shown: list[str]) -> bytes:
    """The feed with the issues ``shown``, each at the same link, under GUIDs of their own."""
    items = "".join(
        f"<item><title>{title}</title><link>{base}/brief</link><guid>{title}</guid>"
        f"<pubDate>{ISSUES[title][0]}</pubDate><description>{ISSUES[title][1]}</description></item>"
        for title in shown
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Daily Brief</title><link>{base}/</link><description>d</description>{items}"
        "</channel></rss>"
    ).encode()


def test_the_next_issue_at_the_link_of_an_issue_a_teammate_deleted_is_stored(tmp_path: Path):
    mai, bob = _desk(tmp_path)
    shown = ["Monday's brief"]
    with running_server() as server:
        server.serve_bytes("/desk.xml", lambda: _brief(server.base, shown), "application/rss+xml")
        assert _subscribe(mai, server).new == 1
        _sync(mai, "mai")
        _delete(mai, "Monday's brief")
        _sync(mai, "mai")
        _sync(bob, "bob")
        assert _subscribe(bob, server).line().endswith("1 skipped: deleted by mai")
        shown.append("Tuesday's brief")
        summary = _refresh(bob)
    assert summary.new == 1, summary.line()
    assert _titles(bob) == ["Tuesday's brief"]


def test_a_deletion_remembered_before_dates_were_kept_still_keeps_its_item_out(
    tmp_path: Path,
):
    """A record of three (who, address, text) from before still holds, by address too."""
    with Store.open(tmp_path / "bob.json") as store:
        store.set_setting(TEAM_DELETED, {"a1": ["mai", "https://example.org/brief", "f00d"]})
        deleted = team_deletions(store)
    found = deleted.of(["https://example.org/brief"], "beef", "2024-08-13")
    assert found is not None and found.deleted_by == "mai"
