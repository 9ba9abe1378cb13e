"""Asked for, a feed brings back the items whose articles were deleted: ``refresh
--bring-back``. Unsubscribing and subscribing again brought none of them back (the feed
remembers its items, and a teammate's deletion keeps them out), and ``add URL`` brings one
back at a time, where a user wants the feed's stories back."""

from __future__ import annotations

from pathlib import Path

from diplotui.store import Store
from tests.cli_runner import run_main
from tests.feeds.server import FeedServer, running_server
from tests.feeds.test_team_deleted_items import _delete, _desk, _feed, _subscribe, _sync, _titles
from tests.sharing import git_identity

__all__ = ["git_identity"]  # an autouse fixture: git settings of the test's own


def _resubscribed(path: Path, url: str) -> None:
    with Store.open(path) as store:
        [feed] = store.feeds()
    removed = run_main("--db", str(path), "feed", "remove", feed.id)
    assert removed.returncode == 0, removed.stderr
    added = run_main("--db", str(path), "feed", "add", url)
    assert added.returncode == 0, added.stderr


def _mai_deletes_a_shared_story(
    folder: Path, server: FeedServer, bob_subscribed: bool
) -> tuple[Path, Path]:
    """Mai's feed brought both stories, shared with bob (subscribed to it too, or not); she
    deleted one and synced, and so did he."""
    mai, bob = _desk(folder)
    server.serve_bytes("/desk.xml", _feed(server.base, {}), "application/rss+xml")
    _subscribe(mai, server)
    _sync(mai, "mai")
    _sync(bob, "bob")
    if bob_subscribed:
        _subscribe(bob, server)
    _delete(mai, "On the talks")
    _sync(mai, "mai")
    _sync(bob, "bob")
    return mai, bob


def test_re_subscribing_keeps_them_out_and_bring_back_stores_them_again(tmp_path: Path):
    with running_server() as server:
        mai, bob = _mai_deletes_a_shared_story(tmp_path, server, bob_subscribed=True)
        url = server.url("/desk.xml")
        _resubscribed(mai, url)
        _resubscribed(bob, url)
        again = run_main("--db", str(mai), "refresh", "--force")
        assert again.stdout.endswith("nothing new\n"), again.stdout
        assert _titles(mai) == ["On the border"]
        back = run_main("--db", str(bob), "refresh", "--bring-back", "Desk Wire", "--verbose")
    assert back.returncode == 0, back.stderr
    assert "Desk Wire: 1 new\n  new  " in back.stdout and "On the talks" in back.stdout
    assert "\n1 new in 1 feed" in back.stdout, back.stdout
    assert _titles(bob) == ["On the border", "On the talks"]
    assert _sync(bob, "bob") == "sent 1 article"
    assert _sync(mai, "mai") == "1 new article"
    assert _titles(mai) == ["On the border", "On the talks"]


def test_a_skipped_item_s_line_says_how_to_bring_them_all_back(tmp_path: Path):
    with running_server() as server:
        _, bob = _mai_deletes_a_shared_story(tmp_path, server, bob_subscribed=False)
        added = run_main("--db", str(bob), "feed", "add", server.url("/desk.xml"))
        assert added.returncode == 0, added.stderr
        refreshed = run_main("--db", str(bob), "refresh")
    assert "1 skipped: deleted by mai" in refreshed.stdout
    assert "refresh --bring-back FEED all of them" in refreshed.stderr
