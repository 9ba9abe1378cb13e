"""The palette reads the articles a piece at a time from the ids the store held when it began
(``Store.article_id_list``, ``Store.articles_of``): a write meanwhile must neither stop the
reading nor hand it an article deleted since."""

from __future__ import annotations

from pathlib import Path

from diplotui.model import Article
from diplotui.store import Store, text_hash


def _added(store: Store, title: str) -> Article:
    text = f"{title}\n\nBody of {title}.\n"
    digest = text_hash(text)
    article = Article(id=store.new_article_id(digest), title=title, text_hash=digest)
    return store.add_article(article, text)


def test_articles_read_in_pieces_leave_out_one_deleted_meanwhile_and_keep_the_order(
    store_path: Path,
):
    with Store.open(store_path) as store:
        made = [_added(store, f"Report {number}") for number in range(5)]
        ids = store.article_id_list()
        assert sorted(ids) == sorted(article.id for article in made)
        store.delete_article(ids[2])
        _added(store, "Written since")  # not among the ids taken
        read = store.articles_of(ids[:2]) + store.articles_of(ids[2:])
        assert [article.id for article in read] == ids[:2] + ids[3:]
        assert len(store.article_id_list()) == 5


def test_articles_read_in_pieces_from_a_store_opened_again_are_its_articles(store_path: Path):
    with Store.open(store_path) as store:
        titles = [_added(store, f"Report {number}").title for number in range(4)]
        store.compact()
    with Store.open(store_path) as store:  # documents read from the file, built when asked
        ids = store.article_id_list()
        read = [a.title for piece in (ids[:3], ids[3:]) for a in store.articles_of(piece)]
        assert sorted(read) == sorted(titles)
        assert store.articles_of(ids) == store.articles()
