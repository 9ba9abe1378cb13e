"""A count of one is said in the singular: "readable, 1 articles" (doctor) and "its 1
articles stay" (feed remove) were read by a user with a library of one article."""

from __future__ import annotations

from pathlib import Path

from diplotui.model import Article, Feed
from diplotui.store import Store, text_hash
from tests.cli_runner import run_main


def _one_article(db: Path, feed_id: str = "") -> None:
    text = "Foreign Minister Anna Lind said the talks would resume.\n"
    with Store.open(db) as store:
        digest = text_hash(text)
        article = Article(id=store.new_article_id(digest), title="Talks", text_hash=digest,
                          feed_id=feed_id)  # fmt: skip
        store.add_article(article, text)
        if feed_id:
            store.save_feed(Feed(id=feed_id, url="http://127.0.0.1:9/feed.xml", name="MFA"))


def test_doctor_counts_one_article_in_the_singular(tmp_path: Path) -> None:
    db = tmp_path / "lib.json"
    _one_article(db)
    done = run_main("--db", str(db), "doctor")
    assert f"{db}: readable, 1 article\n" in done.stdout, done.stdout


def test_feed_remove_says_its_one_article_stays(tmp_path: Path) -> None:
    db = tmp_path / "lib.json"
    _one_article(db, feed_id="f00d00000001")
    done = run_main("--db", str(db), "feed", "remove", "f00d")
    assert done.returncode == 0, done.stderr
    assert done.stdout == "removed f00d00000001  MFA; its 1 article stays\n"


def test_feed_list_counts_a_thousand_articles_with_the_separator(tmp_path: Path) -> None:
    """attack51: ``feed list`` said "1200 articles" where every other count says "1,200"."""
    db = tmp_path / "lib.json"
    with Store.open(db) as store, store.batch():
        store.save_feed(Feed(id="f00d00000001", url="http://127.0.0.1:9/feed.xml", name="MFA"))
        for number in range(1_200):
            text = f"Item {number}: Foreign Minister Anna Lind said the talks would resume.\n"
            digest = text_hash(text)
            article = Article(id=store.new_article_id(digest), title=f"Talks {number}",
                              text_hash=digest, feed_id="f00d00000001")  # fmt: skip
            store.add_article(article, text)
    done = run_main("--db", str(db), "feed", "list")
    assert done.returncode == 0, done.stderr
    assert "  1,200 articles  " in done.stdout, done.stdout
