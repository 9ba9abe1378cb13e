"""The library's tag counts from the tags the storage notes beside its file: the same counts,
spellings and order as counting every record, on every path that changes a tag."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

import diplotui.store.storage as storage_module
import diplotui.store.tables as tables_module
from diplotui.exchange import import_export_file
from diplotui.export import export
from diplotui.model import Article, Highlight
from diplotui.store import Store, text_hash
from diplotui.store.records import RecordShape
from diplotui.store.tables import FileTable
from diplotui.tags import distinct_tags, tag_key
from tests.unit.test_export import fill


def _from_scratch(store: Store) -> list[tuple[str, int]]:
    """The counts as every record built gives them (``tag_counts`` before the note), in order."""
    counts: dict[str, int] = {}
    spelling: dict[str, str] = {}
    for record in [*store._articles.all(), *store._highlights.all()]:
        for tag in distinct_tags(record.tags):
            shown = spelling.setdefault(tag_key(tag), tag)
            counts[shown] = counts.get(shown, 0) + 1
    return list(counts.items())


@contextmanager
def _no_record_built(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    def refused(self: RecordShape, doc: object) -> object:
        raise AssertionError("a record was built to count tags")

    with monkeypatch.context() as patched:
        patched.setattr(RecordShape, "build", refused)
        yield


def _counted(path: Path, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """The counts of a fresh read-only open, no record built for them, checked against
    counting every record."""
    with Store.open(path, read_only=True) as store:
        assert isinstance(store._storage.table("highlights"), FileTable)
        with _no_record_built(monkeypatch):
            counts = list(store.tag_counts().items())
        assert counts == _from_scratch(store)
    return counts


def _article(store: Store, title: str, tags: list[str]) -> Article:
    text = f"{title}\nWords of {title}.\n"
    article = Article(id=store.new_article_id(text_hash(text)), title=title, text_hash="")
    return store.with_updates(store.add_article(article, text), tags=tags)


def _highlight(store: Store, article: Article, number: int, tags: list[str]) -> Highlight:
    highlight = Highlight(
        id=f"{number:08x}", article_id=article.id, start=0, end=5, quote="Words", tags=tags
    )
    store.save_highlight(highlight)
    return highlight


def _library(path: Path) -> None:
    """Two spellings of one tag (the first the article's), tags on articles and highlights."""
    with Store.open(path) as store:
        first = _article(store, "first", ["Mekong", "laos"])
        second = _article(store, "second", ["mekong", "MEKONG"])
        _article(store, "third", [])
        _highlight(store, first, 1, ["Laos"])
        _highlight(store, second, 2, ["MEKONG", "asean"])
        _highlight(store, second, 3, [])


def test_every_write_that_changes_a_tag_counts_as_counting_every_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Each change is checked live, then from the journal (a read-only open), then once
    compacted: tags renamed, added and removed, a highlight removed, an article deleted and
    put back (undo), a teammate's merge (sync) and an import."""
    path = tmp_path / "library.json"
    _library(path)
    assert _counted(path, monkeypatch) == [("Mekong", 3), ("laos", 2), ("asean", 1)]
    other = tmp_path / "other" / "library.json"
    with Store.open(other) as source:
        fill(source)
        exported = tmp_path / "export.json"
        exported.write_text(export(source, "json"), encoding="utf-8")
    with Store.open(path) as store:
        first, second, third = sorted(store.articles(), key=lambda a: a.title)
        steps = [
            lambda: store.with_updates(first, tags=["Vientiane", "laos"]),  # renamed
            lambda: store.with_updates(third, tags=["mekong", "new"]),  # added
            lambda: store.with_updates(second, tags=[]),  # removed
            lambda: store.remove_highlight(f"{2:08x}"),
            lambda: _highlight(store, third, 4, ["ASEAN", "Vientiane"]),
        ]
        for step in steps:
            step()
            assert list(store.tag_counts().items()) == _from_scratch(store)
        removed = store.delete_article(first.id)
        assert list(store.tag_counts().items()) == _from_scratch(store)
        assert "Vientiane" in store.tag_counts() and "laos" not in store.tag_counts()
        store.restore_article(removed)
        assert list(store.tag_counts().items()) == _from_scratch(store)
        merged = Highlight(
            id=f"{5:08x}", article_id=third.id, start=0, end=5, quote="Words", tags=["sync"]
        )
        store.save_as_given(highlights=[merged], removed_highlights=[f"{4:08x}"])
        assert list(store.tag_counts().items()) == _from_scratch(store)
        import_export_file(store, exported)
        assert ("water", 1) in store.tag_counts().items()
        live = list(store.tag_counts().items())
        assert live == _from_scratch(store)
        assert _counted(path, monkeypatch) == live, "from the journal"
        store.compact()
    assert _counted(path, monkeypatch) == live, "from the compacted file's note"


def test_a_note_without_the_tags_is_given_them_by_the_first_writer_that_counts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """A note an earlier version wrote (no tags column): the counts are the same, read from
    the documents; a writer that counts adds the tags to the note (a read-only open never
    writes), so the next open reads no document for them."""
    path = tmp_path / "library.json"
    with monkeypatch.context() as earlier:
        earlier.setattr(storage_module, "TAGGED_TABLES", ())
        _library(path)
    checked = path.with_name(path.name + ".checked")
    assert " tags " not in checked.read_text()
    expected = [("Mekong", 3), ("laos", 2), ("asean", 1)]
    assert _counted(path, monkeypatch) == expected
    assert " tags " not in checked.read_text()
    with Store.open(path) as store:
        assert list(store.tag_counts().items()) == expected
        text = checked.read_text()
        assert "\narticles tags " in text and "\nhighlights tags " in text

        def unread(raw: bytes) -> str | None:
            raise AssertionError("a document was read for its tags")

        with monkeypatch.context() as patched:
            patched.setattr(tables_module, "_tags_in", unread)
            assert _counted(path, monkeypatch) == expected, "a second process, from the note"
        store.with_updates(store.articles()[0], tags=["Mekong", "laos", "dam"])
    assert _counted(path, monkeypatch) == [("Mekong", 3), ("laos", 2), ("dam", 1), ("asean", 1)]


ODD_TAGS = ["a,b", "50%", "tab\there", "line\u2028break", "lone\ud800", "%00002c", "", "%"]


def test_a_tag_of_any_characters_is_counted_from_the_note(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Tags no tag typed in diplotui holds (``clean_tag``) but another program's may: a comma
    (which divides the column's values), a tab (which divides a document's tags), a line
    break, a lone surrogate, what looks like the column's own escape, none at all. The
    note holds them all."""
    path = tmp_path / "library.json"
    _library(path)
    with Store.open(path) as store:
        article = store.articles()[0]
        odd = Highlight(
            id=f"{9:08x}", article_id=article.id, start=0, end=5, quote="Words", tags=ODD_TAGS
        )
        store.save_as_given(highlights=[odd])
        store.compact()
    assert "highlights tags " in path.with_name(path.name + ".checked").read_text()
    counts = _counted(path, monkeypatch)
    assert [(tag, 1) for tag in ODD_TAGS] == counts[-len(ODD_TAGS) :]


def test_a_table_of_one_untagged_document_is_noted_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """attack51b: one article with no tags (a new library's first) is an empty column, which
    was read as no document at all: each writer's count read the article again and added
    the same empty column to the note once more (a line a run, for ever)."""
    path = tmp_path / "library.json"
    with monkeypatch.context() as earlier:
        earlier.setattr(storage_module, "TAGGED_TABLES", ())
        with Store.open(path) as store:
            _article(store, "first", [])
    checked = path.with_name(path.name + ".checked")
    for _ in range(3):
        with Store.open(path) as store:
            assert store.tag_counts() == {}
    assert checked.read_text().count("\narticles tags ") == 1

    def unread(raw: bytes) -> str | None:
        raise AssertionError("a document was read for its tags")

    with monkeypatch.context() as patched:
        patched.setattr(tables_module, "_tags_in", unread)
        with Store.open(path, read_only=True) as store:
            assert isinstance(store._storage.table("articles"), FileTable)
            assert store.tag_counts() == {}
