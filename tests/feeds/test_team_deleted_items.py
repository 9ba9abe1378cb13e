"""An article a teammate deleted is not brought back by our feeds: two analysts, two stores,
one shared repository, both subscribed to the same feed. A refresh stored the item again as
new and the next sync gave it back to the whole team."""

from __future__ import annotations

from pathlib import Path

from diplotui.anchoring import new_highlight
from diplotui.feeds import add_feed, refresh
from diplotui.feeds.refresh import RefreshSummary
from diplotui.share import share_clone, share_init, sync
from diplotui.store import Store
from tests.cli_runner import run_main
from tests.feeds.conftest import FAST
from tests.feeds.server import FeedServer, running_server
from tests.sharing import git_identity

__all__ = ["git_identity"]  # an autouse fixture: git settings of the test's own

TEXTS = {
    "talks": "The foreign ministers met in Geneva and agreed to resume the talks next month.",
    "border": "Both governments said the border crossing would reopen to trade on Monday.",
}


def _feed(base: str, guids: dict[str, str]) -> bytes:
    items = "".join(
        f"<item><title>On the {name}</title><link>{base}/a/{name}.html</link>"
        f"<guid>{guids.get(name, name)}</guid><pubDate>Thu, 15 Aug 2024 10:00:00 GMT</pubDate>"
        f"<description>{text}</description></item>"
        for name, text in TEXTS.items()
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Desk Wire</title><link>{base}/</link><description>d</description>{items}"
        "</channel></rss>"
    ).encode()


def _desk(folder: Path) -> tuple[Path, Path]:
    mai, bob = folder / "mai.json", folder / "bob.json"
    with Store.open(mai) as store:
        share_init(store, str(folder / "desk.git"), "mai")
    with Store.open(bob) as store:
        share_clone(store, str(folder / "desk.git"), "bob")
    return mai, bob


def _subscribe(path: Path, server: FeedServer) -> RefreshSummary:
    with Store.open(path) as store:
        add_feed(store, server.url("/desk.xml"))
        return refresh(store, policy=FAST, force=True)


def _refresh(path: Path) -> RefreshSummary:
    with Store.open(path) as store:
        return refresh(store, policy=FAST, force=True)


def _sync(path: Path, author: str) -> str:
    with Store.open(path) as store:
        return sync(store, author).summary()


def _titles(path: Path) -> list[str]:
    with Store.open(path, read_only=True) as store:
        return sorted(a.title for a in store.articles())


def _delete(path: Path, title: str) -> None:
    with Store.open(path) as store:
        [article] = [a for a in store.articles() if a.title == title]
        store.delete_article(article.id)


def test_a_deletion_synced_before_our_refresh_keeps_the_item_out_of_our_library(
    tmp_path: Path,
):
    """mai's feed brought both stories, shared; she deleted one and synced. bob, who
    never held it, subscribes after: his refresh stored it as new, his sync gave it back."""
    mai, bob = _desk(tmp_path)
    with running_server() as server:
        server.serve_bytes("/desk.xml", _feed(server.base, {}), "application/rss+xml")
        assert _subscribe(mai, server).new == 2
        _sync(mai, "mai")
        _delete(mai, "On the talks")
        _sync(mai, "mai")
        _sync(bob, "bob")
        summary = _subscribe(bob, server)
    assert summary.line() == "nothing new, 1 item already in the library, 1 skipped: deleted by mai"
    assert _titles(bob) == ["On the border"]
    _sync(bob, "bob")
    assert "new article" not in _sync(mai, "mai")
    assert _titles(mai) == ["On the border"]
    with running_server() as server:  # asked for by hand, it comes back
        server.serve_file("/a/talks.html", "article-summit.html")
        added = run_main("--db", str(bob), "add", server.url("/a/talks.html"))
    assert added.returncode == 0, added.stderr
    assert len(_titles(bob)) == 2


def test_a_deletion_after_our_refresh_keeps_the_item_out_when_the_feed_reissues_it(
    tmp_path: Path,
):
    """Both held the story; mai's deletion, synced, removed it from bob's library. The feed
    then gave the item a new GUID: bob's refresh took it for a new story."""
    mai, bob = _desk(tmp_path)
    with running_server() as server:
        guids = {"talks": "talks"}
        server.serve_bytes("/desk.xml", lambda: _feed(server.base, guids), "application/rss+xml")
        _subscribe(mai, server)
        _sync(mai, "mai")
        _sync(bob, "bob")
        assert _subscribe(bob, server).new == 0
        _delete(mai, "On the talks")
        _sync(mai, "mai")
        _sync(bob, "bob")
        assert _titles(bob) == ["On the border"]
        guids["talks"] = "talks-reissued"
        summary = _refresh(bob)
        assert summary.line() == "nothing new, 1 skipped: deleted by mai"
        listed = run_main("--db", str(bob), "refresh", "--force")
    assert _titles(bob) == ["On the border"]
    assert "1 item" not in listed.stdout  # known now: not skipped again, nor stored


def test_an_article_a_teammate_highlighted_meanwhile_is_kept_and_its_feed_item_stays_it(
    tmp_path: Path,
):
    """An edited copy is never lost: bob highlighted the story mai deleted; the sync keeps
    it, flagged, and his refresh keeps it as it is."""
    mai, bob = _desk(tmp_path)
    with running_server() as server:
        server.serve_bytes("/desk.xml", _feed(server.base, {}), "application/rss+xml")
        _subscribe(mai, server)
        _sync(mai, "mai")
        _sync(bob, "bob")
        _subscribe(bob, server)
        _delete(mai, "On the talks")
        _sync(mai, "mai")
        with Store.open(bob) as store:
            [article] = [a for a in store.articles() if a.title == "On the talks"]
            text = store.article_text(article.id)
            start = text.index("resume the talks")
            store.save_highlight(new_highlight(article.id, text, start, start + 16))
        _sync(bob, "bob")
        summary = _refresh(bob)
    assert "deleted by" not in summary.line()
    assert _titles(bob) == ["On the border", "On the talks"]
    with Store.open(bob, read_only=True) as store:
        assert [h.quote for h in store.highlights()] == ["resume the talks"]
