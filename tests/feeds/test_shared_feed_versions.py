"""Two analysts of one desk subscribed to the same feed, one of them before an item was
corrected upstream: each holds the story under another id (an article's id is its first
text's hash), with the same text. Their shared library joins the two as one article, the
highlights, notes and tags of both on it, where every sync of the later copy was refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplotui.anchoring import new_highlight
from diplotui.feeds import add_feed, refresh
from diplotui.share import ShareError, share_clone, share_init, sync
from diplotui.store import Store
from tests.feeds.conftest import FAST
from tests.feeds.server import FeedServer, running_server
from tests.sharing import git_identity
from tests.unit.test_share_hostile import push_from_a_clone

__all__ = ["git_identity"]  # an autouse fixture: git settings of the test's own

FIRST = (
    "The Foreign Secretary has issued a statement on the restart of negotiations. "
    "The coming hours and days could define the future of the region. "
    '"The UK will continue to use every diplomatic lever," he said.'
)
CORRECTED = FIRST.replace("will continue to use", "will keep using")


def feed(text: str, base: str) -> bytes:
    item = (
        "<item><title>Restart of negotiations</title>"
        f"<link>{base}/a/lammy.html</link><guid>{base}/a/lammy.html</guid>"
        "<pubDate>Thu, 15 Aug 2024 23:20:00 GMT</pubDate>"
        f"<description>{text}</description></item>"
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Desk Wire</title><link>{base}/</link><description>d</description>{item}"
        "</channel></rss>"
    ).encode()


def subscribed(path: Path, server: FeedServer, tag: str) -> str:
    """The store at ``path`` subscribed and refreshed: its one article's id."""
    with Store.open(path) as store:
        add_feed(store, server.url("/desk.xml"), tags=[tag])
        refresh(store, policy=FAST, force=True)
        (article,) = store.articles()
        return article.id


def highlight(path: Path, article_id: str, words: str, note: str) -> None:
    with Store.open(path) as store:
        text = store.article_text(article_id)
        start = text.index(words)
        store.save_highlight(new_highlight(article_id, text, start, start + len(words), note=note))


def library(path: Path) -> tuple[list[tuple[str, list[str]]], list[tuple[str, str, str]]]:
    """Each article's id and tags, and each highlight's article, words and note."""
    with Store.open(path) as store:
        articles = [(a.id, sorted(a.tags)) for a in store.articles()]
        highlights = sorted((h.article_id, h.quote, h.note) for h in store.highlights())
        return articles, highlights


def read_before_and_after_the_correction(
    mai: Path, bob: Path, share_mai: bool = False
) -> tuple[str, str]:
    """mai reads the item, then its correction (a refresh updates her article; synced when
    ``share_mai``); bob subscribes after it: each article's id."""
    with running_server() as server:
        served = {"text": FIRST}
        server.serve_bytes(
            "/desk.xml", lambda: feed(served["text"], server.base), "application/rss+xml"
        )
        first = subscribed(mai, server, "desk")
        served["text"] = CORRECTED
        with Store.open(mai) as store:
            refresh(store, policy=FAST, force=True)
            if share_mai:
                sync(store, "mai")
        return first, subscribed(bob, server, "wire")


def test_a_teammates_copy_of_an_updated_feed_item_joins_ours_with_both_annotations(
    tmp_path: Path,
):
    mai, bob = tmp_path / "mai.json", tmp_path / "bob.json"
    first, later = read_before_and_after_the_correction(mai, bob)
    assert first != later  # each id is the hash of the text its copy read first
    highlight(mai, first, "The coming hours and days", "mai: the stakes")
    highlight(bob, later, "will keep using every diplomatic lever", "bob: the pledge")
    with Store.open(mai) as store:
        share_init(store, str(tmp_path / "desk.git"), "mai")
    with Store.open(bob) as store:
        joined = share_clone(store, str(tmp_path / "desk.git"), "bob")
    assert "1 article of yours joined to the team's copy of its text" in joined.summary()
    with Store.open(mai) as store:
        sync(store, "mai")
    with Store.open(bob) as store:
        assert sync(store, "bob").summary() == "up to date"
        (subscription,) = store.feeds()
        assert [held[0] for held in subscription.items.values()] == [first]
    expected = (
        [(first, ["desk", "wire"])],
        [
            (first, "The coming hours and days", "mai: the stakes"),
            (first, "will keep using every diplomatic lever", "bob: the pledge"),
        ],
    )
    assert library(mai) == library(bob) == expected


def test_a_copy_already_sharing_joins_its_later_copy_of_an_updated_item_at_its_next_sync(
    tmp_path: Path,
):
    mai, bob = tmp_path / "mai.json", tmp_path / "bob.json"
    for path, share in ((mai, share_init), (bob, share_clone)):
        with Store.open(path) as store:
            share(store, str(tmp_path / "desk.git"), path.stem)
    first, later = read_before_and_after_the_correction(mai, bob, share_mai=True)
    highlight(bob, later, "The coming hours and days", "bob: the stakes")
    with Store.open(bob) as store:
        line = sync(store, "bob").summary()
    assert "1 article of yours joined to the team's copy of its text" in line
    with Store.open(mai) as store:
        sync(store, "mai")
    expected = (
        [(first, ["desk", "wire"])],
        [(first, "The coming hours and days", "bob: the stakes")],
    )
    assert library(mai) == library(bob) == expected


def test_a_sync_refused_after_joining_an_article_says_the_store_took_the_join(
    tmp_path: Path,
):
    """A file the merge cannot read stops the sync after the article was joined (the join
    comes first, so the merge sees one article): the line said "the store is unchanged"."""
    mai, bob = tmp_path / "mai.json", tmp_path / "bob.json"
    for path, share in ((mai, share_init), (bob, share_clone)):
        with Store.open(path) as store:
            share(store, str(tmp_path / "desk.git"), path.stem)
    first, _ = read_before_and_after_the_correction(mai, bob, share_mai=True)

    def plant(tree: Path) -> None:
        (tree / "speakers").mkdir()
        (tree / "speakers" / "0000000000aa.json").write_text("{")

    push_from_a_clone(tmp_path / "desk.git", tmp_path / "peer", plant)
    with Store.open(bob) as store, pytest.raises(ShareError) as refused:
        sync(store, "bob")
    said = str(refused.value)
    assert "the store is unchanged but for 1 article of yours joined to the team's" in said
    with Store.open(bob) as store:
        assert [a.id for a in store.articles()] == [first]
