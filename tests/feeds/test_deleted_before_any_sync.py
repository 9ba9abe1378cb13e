"""An article fetched and deleted before it was ever synced was in no shared history: a
teammate's feed brought it back, and their sync gave it to the whole team (newuser57). The
deletion now travels as a record in the shared folder (``deletions/<id>.json``: its id,
address, text's hash and feed item guids); a teammate's refresh skips the item without
fetching its page, a copy they fetched themselves and never edited goes, and `add URL`
brings it back for everyone, said."""

from __future__ import annotations

import json
from pathlib import Path

from diplotui.share.git import Repository
from tests.cli_runner import run_main
from tests.feeds.server import running_server
from tests.feeds.test_team_deleted_items import (
    TEXTS,
    _desk,
    _feed,
    _refresh,
    _subscribe,
    _sync,
    _titles,
)
from tests.sharing import git_identity

__all__ = ["git_identity"]  # an autouse fixture: git settings of the test's own


def _id_of(path: Path, title: str) -> str:
    listed = run_main("--db", str(path), "list", "--json")
    [article_id] = [a["id"] for a in json.loads(listed.stdout) if a["title"] == title]
    return article_id


def _rm(path: Path, title: str) -> str:
    article_id = _id_of(path, title)
    assert run_main("--db", str(path), "rm", article_id).returncode == 0
    return article_id


def test_a_deletion_never_synced_reaches_the_team_and_keeps_their_feed_from_it(
    tmp_path: Path,
) -> None:
    mai, bob = _desk(tmp_path)
    with running_server() as server:
        server.serve_bytes("/desk.xml", _feed(server.base, {}), "application/rss+xml")
        assert _subscribe(mai, server).new == 2
        deleted = _rm(mai, "On the talks")  # before any sync: in no history
        assert _sync(mai, "mai") == "sent 1 article, 1 deletion"
        remote = Repository(tmp_path / "desk.git")
        assert f"deletions/{deleted}.json" in remote.tree_entries("main")
        assert _sync(bob, "bob") == ("1 new article, 1 deletion from mai kept out of your feeds")
        pages_before = server.hits["/a/talks.html"]
        summary = _subscribe(bob, server)
        assert server.hits["/a/talks.html"] == pages_before  # its page not fetched again
    assert summary.line() == "nothing new, 1 item already in the library, 1 skipped: deleted by mai"
    assert _titles(bob) == ["On the border"]
    assert _sync(bob, "bob") == "up to date"
    assert _titles(mai) == ["On the border"]


def test_a_copy_a_teammate_fetched_before_the_deletion_arrived_goes_unless_edited(
    tmp_path: Path,
) -> None:
    mai, bob = _desk(tmp_path)
    with running_server() as server:
        server.serve_bytes("/desk.xml", _feed(server.base, {}), "application/rss+xml")
        _subscribe(mai, server)
        _subscribe(bob, server)  # bob's own copies, before mai's deletion reaches him
        _rm(mai, "On the talks")
        border = _id_of(bob, "On the border")
        assert run_main("--db", str(bob), "note", border, "keep").returncode == 0
        _rm(mai, "On the border")
        _sync(mai, "mai")
        said = _sync(bob, "bob")
        assert said.startswith("1 article removed, 2 deletions from mai kept out of your feeds")
        assert _titles(bob) == ["On the border"]  # his note keeps his copy
        assert "new article" in _sync(mai, "mai")  # which the team now has, noted
        assert _refresh(bob).new == 0
    assert _titles(bob) == ["On the border"]


def test_an_article_added_again_is_deleted_for_the_team_no_more(tmp_path: Path) -> None:
    mai, bob = _desk(tmp_path)
    with running_server() as server:
        server.serve_bytes("/desk.xml", _feed(server.base, {}), "application/rss+xml")
        server.serve_file("/a/talks.html", "article-summit.html")
        _subscribe(mai, server)
        deleted = _rm(mai, "On the talks")
        _sync(mai, "mai")
        _sync(bob, "bob")
        added = run_main("--db", str(bob), "add", server.url("/a/talks.html"))
        assert added.returncode == 0, added.stderr
        assert _sync(bob, "bob").endswith("1 article brought back")
        remote = Repository(tmp_path / "desk.git")
        assert f"deletions/{deleted}.json" not in remote.tree_entries("main")
        assert "1 new article" in _sync(mai, "mai")


def test_a_shared_article_deleted_needs_no_record_its_history_says_it(tmp_path: Path) -> None:
    mai, bob = _desk(tmp_path)
    with running_server() as server:
        server.serve_bytes("/desk.xml", _feed(server.base, {}), "application/rss+xml")
        _subscribe(mai, server)
        _sync(mai, "mai")
        _sync(bob, "bob")
        _rm(mai, "On the talks")
        assert _sync(mai, "mai") == "sent 1 article removed"
        assert _sync(mai, "mai") == "up to date"  # nor a record at the next sync
        remote = Repository(tmp_path / "desk.git")
        assert not [p for p in remote.tree_entries("main") if p.startswith("deletions/")]
        assert _sync(bob, "bob") == "1 article removed"
        assert _subscribe(bob, server).line().endswith("1 skipped: deleted by mai")


def test_an_item_deleted_here_whose_page_changed_is_not_fetched_again(tmp_path: Path) -> None:
    """A refresh fetched the page of an item the feed had changed since, then kept its
    deleted article deleted: a request for nothing, at every change."""
    mai, _ = _desk(tmp_path)
    texts = {"talks": TEXTS["talks"]}
    with running_server() as server:
        server.serve_bytes(
            "/desk.xml",
            lambda: _feed(server.base, {}).replace(
                TEXTS["talks"].encode(), texts["talks"].encode()
            ),
            "application/rss+xml",
        )
        _subscribe(mai, server)
        _rm(mai, "On the talks")
        asked = server.hits["/a/talks.html"]
        texts["talks"] = "The ministers met again in Geneva and set a date for the talks."
        assert _refresh(mai).new == 0
        assert server.hits["/a/talks.html"] == asked
    assert _titles(mai) == ["On the border"]
