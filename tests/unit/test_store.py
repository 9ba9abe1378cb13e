"""Store unit tests: round trip, atomicity, temp cleanup, schema, quote history, batching."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from tinydb import Query, TinyDB
from tinydb.table import Table

from diplotui.model import Article, Feed, Highlight, QuoteRecord
from diplotui.store import (
    QUOTE_HISTORY_LIMIT,
    SCHEMA_VERSION,
    Store,
    StoreCorrupt,
    StoreLocked,
    StoreReadOnly,
    StoreTooNew,
    StoreWriteFailed,
    journal_path,
    text_hash,
)
from diplotui.store import storage as storage_module


def add_article(store: Store, n: int) -> Article:
    text = f"Article {n}: the ministers met and agreed on a statement."
    digest = text_hash(text)
    return store.add_article(
        Article(id=store.new_article_id(digest), title=f"T{n}", text_hash=""), text
    )


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "library.json"


def on_disk(path: Path) -> bytes:
    """The store as it is on disk: its compacted file and its journal."""
    return path.read_bytes() + b"|" + journal_path(path).read_bytes()


def test_round_trip_keeps_every_record(path: Path):
    with Store.open(path) as store:
        article = add_article(store, 1)
        article.tags = ["asean"]
        article.note = "née – ünïcode \ud800 lone surrogate"
        store.save_article(article)
        store.save_highlight(
            Highlight(id="0000000000aa", article_id=article.id, start=0, end=7, quote="Article")
        )
        store.set_setting("theme", "dark")
    with Store.open(path, read_only=True) as again:
        loaded = again.article(article.id)
        assert loaded.tags == ["asean"]
        assert loaded.note == article.note
        assert again.article_text(article.id).startswith("Article 1")
        assert [h.id for h in again.highlights(article.id)] == ["0000000000aa"]
        assert again.setting("theme") == "dark"


def test_file_stays_a_tinydb_database(path: Path):
    with Store.open(path) as store:
        article = add_article(store, 1)
    plain = TinyDB(path, access_mode="r")
    assert plain.tables() >= {"articles", "meta"}
    assert len(plain.table("articles")) == 1

    class ById(Table):  # TinyDB's documented way to key documents by string ids
        document_id_class = str

    docs = ById(plain.storage, "articles").search(Query().title == article.title)
    assert [d["id"] for d in docs] == [article.id]
    assert docs[0].doc_id == article.id


def test_failed_write_leaves_store_and_memory_intact(path: Path, monkeypatch):
    with Store.open(path) as store:
        article = add_article(store, 1)
        before = on_disk(path)

        def crash(*args: object) -> None:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(storage_module.os, "fsync", crash)
        article.tags = ["lost"]
        with pytest.raises(StoreWriteFailed, match="No space left on device"):
            store.save_article(article)
        monkeypatch.undo()
        assert on_disk(path) == before  # the half-appended line was cut off again
        assert store.article(article.id).tags == []
        assert not list(path.parent.glob(".library.json.tmp-*"))
        store.save_highlight(
            Highlight(id="0000000000bb", article_id=article.id, start=0, end=1, quote="A")
        )
    with Store.open(path, read_only=True) as again:
        assert again.article(article.id).tags == []
        assert len(again.highlights()) == 1


def test_exception_inside_batch_writes_nothing(path: Path):
    with Store.open(path) as store:
        article = add_article(store, 1)
        before = on_disk(path)
        with pytest.raises(RuntimeError), store.batch():
            article.tags = ["half"]
            store.save_article(article)
            raise RuntimeError("interrupted")
        assert on_disk(path) == before
        assert store.article(article.id).tags == []


def test_batch_is_one_journal_line_and_the_file_is_not_rewritten(path: Path):
    with Store.open(path) as store:
        articles = [add_article(store, n) for n in range(5)]
        file_before = path.read_bytes()
        lines_before = journal_path(path).read_bytes().count(b"\n")
        with store.batch():
            for article in articles:
                article.tags = ["batched"]
                store.save_article(article)
        assert journal_path(path).read_bytes().count(b"\n") == lines_before + 1
        assert path.read_bytes() == file_before


def test_stray_temp_files_are_removed_on_writable_open_only(path: Path):
    Store.open(path).close()
    stray = path.with_name(".library.json.tmp-999-deadbeef")
    stray.write_bytes(b'{"half')
    Store.open(path, read_only=True).close()
    assert stray.exists()
    Store.open(path).close()
    assert not stray.exists()


def test_newer_schema_is_refused_untouched(path: Path):
    path.write_text(json.dumps({"meta": {"1": {"schema": SCHEMA_VERSION + 1}}}))
    before = path.read_bytes()
    with pytest.raises(StoreTooNew, match="newer diplotui"):
        Store.open(path)
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "empty"),
        (b"\x00\x00\x00", "NUL"),
        (b'{"articles": {"1": {"id": "1"', "invalid JSON"),
        (b"[1, 2]", "not a JSON object"),
        (b'{"articles": []}', "table 'articles' is malformed"),
        (b'{"meta": {"1": {"schema": "one"}}}', "schema"),
    ],
)
def test_unreadable_files_are_refused_untouched(path: Path, content: bytes, reason: str):
    path.write_bytes(content)
    with pytest.raises(StoreCorrupt, match=reason):
        Store.open(path)
    assert path.read_bytes() == content
    assert not path.with_name(path.name + ".backups").exists()


def test_quote_history_is_trimmed_to_the_limit(path: Path):
    with Store.open(path) as store:
        for n in range(QUOTE_HISTORY_LIMIT + 5):
            store.add_quote(
                QuoteRecord(
                    id=f"{n + 1:012x}",
                    text=f"q{n}",
                    style="plain",
                    created_at=f"2025-01-01T00:00:{n:03d}",
                )
            )
        assert len(store.quotes()) == QUOTE_HISTORY_LIMIT
    with Store.open(path, read_only=True) as again:
        kept = again.quotes()
        assert len(kept) == QUOTE_HISTORY_LIMIT
        assert kept[0].text == f"q{QUOTE_HISTORY_LIMIT + 4}"


def test_second_writer_gets_store_locked_and_read_only_never_writes(path: Path):
    with Store.open(path) as store:
        add_article(store, 1)
        with pytest.raises(StoreLocked, match=f"process {os.getpid()}"):
            Store.open(path)
        before = path.read_bytes()
        with Store.open(path, read_only=True) as reader, pytest.raises(StoreReadOnly):
            reader.save_article(reader.articles()[0])
        assert path.read_bytes() == before


def test_writes_after_close_are_refused(path: Path):
    store = Store.open(path)
    article = add_article(store, 1)
    store.close()
    with pytest.raises(StoreReadOnly):
        store.save_article(article)


def test_a_file_changed_behind_our_back_is_checked_again(tmp_path):
    """The trust stamp lets a file we wrote skip record checks; an edited file never does."""
    import json as json_module

    from diplotui.model import Article
    from diplotui.store import Store

    path = tmp_path / "lib.json"
    with Store.open(path) as store:
        store.add_article(Article(id="abc123abc123", title="T", text_hash=""), "T\nbody")
    data = json_module.loads(path.read_text())
    doc = next(iter(data["articles"].values()))
    doc["tags"] = "not-a-list"
    path.write_text(json_module.dumps(data))
    before = path.read_bytes()
    with Store.open(path, read_only=True) as store:  # set aside, as the check found it
        assert store.articles() == []
        assert "tags has the wrong type" in store.notices[0]
    assert path.read_bytes() == before


def test_warm_up_in_a_thread_while_writing_loses_nothing(tmp_path):
    """The app warms the store in a background thread; writes meanwhile must all land."""
    import threading

    from diplotui.model import Article, Highlight
    from diplotui.store import Store

    path = tmp_path / "lib.json"
    with Store.open(path) as store, store.batch():
        for number in range(300):
            article_id = f"{number:012x}"
            store.add_article(
                Article(id=article_id, title=f"T{number}", text_hash=""), f"T{number}"
            )
            store.save_highlight(
                Highlight(
                    id=f"{number + 1000:012x}", article_id=article_id, start=0, end=1, quote="T"
                )
            )
    store = Store.open(path)
    warmer = threading.Thread(target=store.warm_up)
    warmer.start()
    for article in store.articles()[:50]:
        store.with_updates(article, tags=["warm"])
    warmer.join()
    assert len(store.highlights()) == 300
    store.close()
    with Store.open(path, read_only=True) as reopened:
        assert sum("warm" in a.tags for a in reopened.articles()) == 50
        assert len(reopened.highlights()) == 300


def test_a_copied_store_is_trusted_by_its_content_and_a_same_size_edit_is_not(tmp_path):
    """A copy (another inode and time) lost its trust note: every open parsed and checked the
    whole file (2.5 s of CPU at 100,000 articles) until a writer compacted it anew."""
    import shutil

    from diplotui.store.files import stamp_of
    from diplotui.store.records import ARTICLES
    from diplotui.store.tables import FileTable

    original = tmp_path / "a" / "library.json"
    original.parent.mkdir()
    with Store.open(original) as store:
        for n in range(3):
            add_article(store, n)
    copy = tmp_path / "b" / "library.json"
    shutil.copytree(original.parent, copy.parent, copy_function=shutil.copy)
    note = copy.with_name("library.json.checked")
    before = note.read_bytes()
    with Store.open(copy, read_only=True) as store:
        assert isinstance(store._storage.table(ARTICLES), FileTable), "trusted: read on demand"
        assert sorted(a.title for a in store.articles()) == ["T0", "T1", "T2"]
    assert note.read_bytes() == before, "a read-only open never writes"
    with Store.open(copy) as store:
        assert store._storage.compactions == 0
    assert note.read_text().split(" crc32:")[0] == stamp_of(copy.stat()), "noted for next time"

    edited = copy.read_bytes().replace(b'"title":"T1"', b'"title":"T9"')
    copy.write_bytes(edited)
    with Store.open(copy, read_only=True) as store:
        assert not isinstance(store._storage.table(ARTICLES), FileTable), "checked whole"
        assert sorted(a.title for a in store.articles()) == ["T0", "T2", "T9"]


def test_highlight_values_and_shared_record_values_keep_memory_small(path: Path):
    """The facets read highlights' tags and authors without building (and keeping) every
    ``Highlight``; articles built from the file hold one copy of a repeated source or tag."""
    with Store.open(path) as store:
        first, second = add_article(store, 1), add_article(store, 2)
        for article in (first, second):
            article.source, article.tags = "Agence " + "Presse", ["asean", "trade"]
            store.save_article(article)
        for n, article in enumerate((first, second)):
            store.save_highlight(
                Highlight(
                    id=f"00000000000{n}",
                    article_id=article.id,
                    start=0,
                    end=7,
                    quote="Article",
                    tags=["key"],
                    author="an" if n else "",
                )
            )
        store.compact()
    with Store.open(path, read_only=True) as again:
        assert again.highlight_values() == (["key"], ["an"])
        assert not again._highlights._built, "no Highlight built for two sets of words"
        one, two = again.article(first.id), again.article(second.id)
        assert one.source == two.source == "Agence Presse" and one.source is two.source
        assert one.tags[1] is two.tags[1] and one.tags is not two.tags


def test_fields_this_version_does_not_know_survive_saving_their_record(path: Path):
    """A newer diplotui may have stored fields this version has no name for (the user went
    back a version); tagging the article or noting the highlight here must not erase them."""
    with Store.open(path) as store:
        article = add_article(store, 1)
        store.save_highlight(
            Highlight(id="0000000000aa", article_id=article.id, start=0, end=7, quote="Article")
        )
    data = json.loads(path.read_text())
    data["articles"][article.id]["reading_minutes"] = 7
    data["highlights"]["0000000000aa"]["colour_name"] = "amber"
    path.write_text(json.dumps(data))
    with Store.open(path) as store:
        loaded = store.article(article.id)
        loaded.tags = ["asean"]
        store.save_article(loaded)
        highlight = store.highlight("0000000000aa")
        highlight.note = "checked"
        store.save_highlight(highlight)
    with Store.open(path) as store:  # the journal folded into the file
        assert store.article(article.id).tags == ["asean"]
    data = json.loads(path.read_text())
    assert data["articles"][article.id]["reading_minutes"] == 7
    assert data["articles"][article.id]["tags"] == ["asean"]
    assert data["highlights"]["0000000000aa"]["colour_name"] == "amber"
    assert data["highlights"]["0000000000aa"]["note"] == "checked"


def test_refiling_an_article_takes_its_feed_items_and_summary_retries_along(path: Path) -> None:
    """A sync joining a copy to the team's id (``refile_article``) must leave no feed pointing
    at the old id: a retry of its page kept under the old id would fetch for no article."""
    with Store.open(path) as store:
        article = add_article(store, 1)
        other = add_article(store, 2)
        store.save_feed(
            Feed(
                id="f1",
                url="https://example.org/feed",
                items={"g1": [article.id, "2026-12-05"], "g2": [other.id, "2026-12-05"]},
                summary_retries={article.id: ["1", "2026-12-05T10:00:00"]},
            )
        )
        store.refile_article(article.id, "0123456789ab")
    with Store.open(path) as store:
        [feed] = store.feeds()
        assert feed.items == {"g1": ["0123456789ab", "2026-12-05"], "g2": [other.id, "2026-12-05"]}
        assert feed.summary_retries == {"0123456789ab": ["1", "2026-12-05T10:00:00"]}
        assert store.article("0123456789ab").title == "T1"
