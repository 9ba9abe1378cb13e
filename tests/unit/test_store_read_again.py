"""A store read again (a read-only app following another process's writes): the stamp taken
before its read, and the records the previous read built reused but for those written since."""

from __future__ import annotations

from pathlib import Path

from diplotui.model import Article, Highlight
from diplotui.store import Store, store_stamp, text_hash


def _add(store: Store, title: str) -> Article:
    text = f"{title}\nBody of {title}.\n"
    digest = text_hash(text)
    article = Article(id=store.new_article_id(digest), title=title, text_hash=digest)
    return store.add_article(article, text)


def test_the_stamp_is_the_one_before_the_read(store_path: Path):
    with Store.open(store_path) as writer:
        _add(writer, "Alpha")
        reading = Store.open(store_path, read_only=True)
        assert reading.stamp == store_stamp(store_path)
        _add(writer, "Beta")
        assert reading.stamp != store_stamp(store_path)
        reading.close()


def test_records_unchanged_since_are_reused_and_changed_ones_read_again(store_path: Path):
    writer = Store.open(store_path)
    alpha, beta, gamma = (_add(writer, title) for title in ("Alpha", "Beta", "Gamma"))
    mark = Highlight(id="0123456789abcdef", article_id=alpha.id, start=0, end=5, quote="Alpha")
    writer.save_highlight(mark)
    before = Store.open(store_path, read_only=True)
    before.articles()
    before.highlights()
    writer.save_article(writer.with_updates(beta, tags=["asean"]))
    writer.delete_article(gamma.id)
    after = Store.open(store_path, read_only=True)
    after.reuse_records(before)
    assert after.article(alpha.id) is before.article(alpha.id)
    assert after.highlight(mark.id) is before.highlight(mark.id)
    assert after.article(beta.id) is not before.article(beta.id)
    assert after.article(beta.id).tags == ["asean"]
    assert [a.title for a in after.articles()] == ["Alpha", "Beta"]  # Gamma's is not taken
    writer.compact()  # another file: what changed cannot be told, nothing is taken
    compacted = Store.open(store_path, read_only=True)
    compacted.reuse_records(after)
    assert compacted.article(alpha.id) is not after.article(alpha.id)
    assert compacted.article(alpha.id) == after.article(alpha.id)
    for store in (before, after, compacted, writer):
        store.close()


def test_a_read_only_store_lists_its_articles_once(store_path: Path, monkeypatch):
    """Nothing changes what a read-only store holds: its articles are listed once (listing
    100,000 again took 80 ms of the UI thread at each catch-up), each caller given its own
    list of the same objects."""
    with Store.open(store_path) as writer:
        _add(writer, "Alpha")
        _add(writer, "Beta")
    reading = Store.open(store_path, read_only=True)
    first = reading.articles()
    first.clear()  # a caller's list is its own
    listing = reading._articles.all
    monkeypatch.setattr(reading._articles, "all", lambda: [*listing(), *listing()])
    again = reading.articles()
    assert sorted(a.title for a in again) == ["Alpha", "Beta"]  # not listed a second time
    assert again[0] is reading.article(again[0].id)
    reading.close()
