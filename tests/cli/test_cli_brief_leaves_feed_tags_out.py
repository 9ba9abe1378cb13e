"""The Markdown brief lists the articles the user annotated: a tag the feed gave every
article it brings is not an annotation, a tag the user added is.

Found by a new user (session 41b): the feed's automatic #europe put every unread feed
article in the brief ("9 articles"), so a brief of what was worked on needed ``--tag``.
"""

from __future__ import annotations

from pathlib import Path

from diplotui.model import Article, Feed
from diplotui.store import Store, text_hash
from tests.cli_runner import run_main

TEXTS = {
    "Unread wire item": "Unread wire item\n\nMinisters met in Riga on Monday.\n",
    "Tagged by hand": "Tagged by hand\n\nThe Lithuanian minister spoke in Vilnius.\n",
    "Hand tag only": "Hand tag only\n\nTallinn hosted the Baltic talks.\n",
}


def _library(store_path: Path) -> None:
    """A feed tagging its articles #Europe; of its two, one also tagged #baltic by hand; a
    file article tagged #europe by hand (no feed set it)."""
    store = Store.open(store_path)
    feed = Feed(id="wire", url="http://127.0.0.1:1/feed.xml", name="Europe desk", tags=["Europe"])
    store.save_feed(feed)
    tags = {
        "Unread wire item": ["Europe"],
        "Tagged by hand": ["Europe", "baltic"],
        "Hand tag only": ["europe"],
    }
    for title, text in TEXTS.items():
        feed_id = "" if title == "Hand tag only" else "wire"
        article = Article(
            id=store.new_article_id(text_hash(text)),
            title=title,
            text_hash="",
            date="2030-01-01",
            feed_id=feed_id,
            tags=tags[title],
            state="unread" if feed_id else "read",
        )
        store.add_article(article, text)
    store.close()


def test_a_feed_s_own_tag_is_no_annotation(store_path: Path) -> None:
    _library(store_path)
    brief = run_main("--db", str(store_path), "export").stdout
    assert "## Tagged by hand" in brief, brief
    assert "## Hand tag only" in brief, brief
    assert "Unread wire item" not in brief, brief
    assert brief.count("\n## ") == 2, brief
    # the article left out shows #Europe in the list: "no ... tag" alone read as false
    assert (
        "2 articles, 0 highlights (1 article with no highlight, note or tag left out; tagged by"
        " its feed alone)." in brief
    ), brief
