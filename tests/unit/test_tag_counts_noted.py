"""The library's tag counts, and the highlights' tags and authors the library pane completes,
from the columns the storage notes beside its file: the same counts, values, spellings and
order as reading every record, on every path that changes a tag or an author."""

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
from diplotui.store.records import ARTICLES, HIGHLIGHTS, RecordShape
from diplotui.store.tables import TAGS, FileTable
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


def made(number: int, article_id: str, tags: list[str], author: str = "") -> Highlight:
    """A highlight of an article's first word, as a teammate's sync or an import gives it."""
    return Highlight(
        f"{number:08x}", article_id, start=0, end=5, quote="Words", tags=tags, author=author
    )


def _highlight(
    store: Store, article: Article, number: int, tags: list[str], author: str = ""
) -> Highlight:
    highlight = made(number, article.id, tags, author)
    store.save_highlight(highlight)
    return highlight


def _library(path: Path) -> None:
    """Two spellings of one tag (the first the article's), tags on articles and highlights."""
    with Store.open(path) as store:
        first = _article(store, "first", ["Mekong", "laos"])
        second = _article(store, "second", ["mekong", "MEKONG"])
        _article(store, "third", [])
        _highlight(store, first, 1, ["Laos"], "Binh Tran")
        _highlight(store, second, 2, ["MEKONG", "asean"])
        _highlight(store, second, 3, [], "Ana Lima")


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
        merged = made(5, third.id, ["sync"])
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
        earlier.setattr(storage_module, "STRING_COLUMNS", {})
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

        def unread(raw: bytes, fields: object) -> list[str | None]:
            raise AssertionError("a document was read for its tags")

        with monkeypatch.context() as patched:
            patched.setattr(tables_module, "_strings_in", unread)
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
        odd = made(9, article.id, ODD_TAGS)
        store.save_as_given(highlights=[odd])
        store.compact()
    assert "highlights tags " in path.with_name(path.name + ".checked").read_text()
    counts = _counted(path, monkeypatch)
    assert [(tag, 1) for tag in ODD_TAGS] == counts[-len(ODD_TAGS) :]


Values = tuple[list[str], list[str]]


def _values_of_every_document(store: Store) -> Values:
    """The highlights' tags and authors as reading each highlight's document gives them
    (``highlight_values`` before the note held them), each once, in the order they come."""
    tags: dict[str, None] = {}
    authors: dict[str, None] = {}
    for _key, doc in store._storage.table(HIGHLIGHTS).items():
        tags.update((tag, None) for tag in doc.get("tags") or () if isinstance(tag, str))
        if doc.get("author"):
            authors[doc["author"]] = None
    return list(tags), list(authors)


@contextmanager
def _nothing_read(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No record built, no document of the file read (for its values or whole)."""

    def unread(*args: object) -> object:
        raise AssertionError("a document was read for the values")

    with _no_record_built(monkeypatch), monkeypatch.context() as patched:
        patched.setattr(tables_module, "_strings_in", unread)
        patched.setattr(FileTable, "decoded", unread)
        patched.setattr(FileTable, "_decode", unread)
        yield


def _values(store: Store, monkeypatch: pytest.MonkeyPatch) -> Values:
    """``highlight_values`` with nothing read for it, checked against every document's."""
    with _nothing_read(monkeypatch):
        values = store.highlight_values()
    assert values == _values_of_every_document(store)
    return values


def _read_values(path: Path, monkeypatch: pytest.MonkeyPatch) -> Values:
    """The values a fresh read-only open gives, from the note and the journal alone."""
    with Store.open(path, read_only=True) as store:
        assert isinstance(store._storage.table(HIGHLIGHTS), FileTable)
        return _values(store, monkeypatch)


def test_the_highlights_tags_and_authors_after_every_write_are_every_documents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """The values the library pane completes, from the note's columns corrected for the
    journal's writes: checked live after each write (tags and an author added, renamed and
    removed, a highlight removed, an article deleted and put back by undo, a teammate's
    merge, an import), then from the journal (a read-only open), then once compacted."""
    path = tmp_path / "library.json"
    _library(path)
    assert _read_values(path, monkeypatch) == (
        ["Laos", "MEKONG", "asean"],
        ["Binh Tran", "Ana Lima"],
    )
    other = tmp_path / "other" / "library.json"
    with Store.open(other) as source:
        fill(source)
        imported = source.highlight("0000000000a1")
        imported.author = "Chen Wei"
        source.save_highlight(imported)
        exported = tmp_path / "export.json"
        exported.write_text(export(source, "json"), encoding="utf-8")
    with Store.open(path) as store:
        first, second, third = sorted(store.articles(), key=lambda a: a.title)
        renamed = store.highlight(f"{1:08x}")

        def rename() -> None:
            renamed.tags, renamed.author = ["Vientiane", "laos"], "Binh T."
            store.save_highlight(renamed)

        steps = [
            rename,
            lambda: _highlight(store, third, 4, ["ASEAN", "new"], "Dara Sok"),  # added
            lambda: store.remove_highlight(f"{2:08x}"),
            lambda: _highlight(store, first, 5, [], ""),  # no tag, no author
        ]
        for step in steps:
            step()
            _values(store, monkeypatch)
        removed = store.delete_article(third.id)
        assert "Dara Sok" not in _values(store, monkeypatch)[1]
        store.restore_article(removed)
        assert "Dara Sok" in _values(store, monkeypatch)[1]
        merged = made(6, second.id, ["sync"], "Eve Moreau")
        store.save_as_given(highlights=[merged], removed_highlights=[f"{3:08x}"])
        assert "Ana Lima" not in _values(store, monkeypatch)[1]
        import_export_file(store, exported)
        live = _values(store, monkeypatch)
        assert "Chen Wei" in live[1] and "dams" in live[0]
        assert _read_values(path, monkeypatch) == live, "from the journal"
        store.compact()
        assert _values(store, monkeypatch) == live, "live, after the compaction"
    assert _read_values(path, monkeypatch) == live, "from the compacted file's note"


def test_a_note_without_the_authors_is_given_them_by_the_first_writer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """A note as the version before wrote it (the tags, no authors): the values are the
    same, read from the documents once; a read-only open writes nothing, a writer adds the
    column, and the next open, another writer's too, reads no document for them."""
    path = tmp_path / "library.json"
    with monkeypatch.context() as earlier:
        earlier.setattr(storage_module, "STRING_COLUMNS", {ARTICLES: (TAGS,), HIGHLIGHTS: (TAGS,)})
        _library(path)
    checked = path.with_name(path.name + ".checked")
    before = checked.read_text()
    assert "\nhighlights tags " in before and " author " not in before
    expected = (["Laos", "MEKONG", "asean"], ["Binh Tran", "Ana Lima"])
    with Store.open(path, read_only=True) as store:
        assert store.highlight_values() == expected
    assert checked.read_text() == before, "a read-only open never writes"
    with Store.open(path) as store:
        assert store.highlight_values() == expected
        assert "\nhighlights author " in checked.read_text()
        assert _read_values(path, monkeypatch) == expected, "another process, from the note"
    with Store.open(path) as store:
        assert _values(store, monkeypatch) == expected


def test_a_compaction_notes_what_the_note_lacked_for_the_open_store_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """A note of before the tags column, compacted by this version: the compaction reads
    each document once for the new note, and the open store's counts and values, which go
    on reading the file it had, read no document again."""
    path = tmp_path / "library.json"
    with monkeypatch.context() as earlier:
        earlier.setattr(storage_module, "STRING_COLUMNS", {})
        _library(path)
    assert " tags " not in path.with_name(path.name + ".checked").read_text()
    with Store.open(path) as store:
        store.compact()
        with _nothing_read(monkeypatch):
            assert list(store.tag_counts().items()) == [("Mekong", 3), ("laos", 2), ("asean", 1)]
        assert _values(store, monkeypatch) == (
            ["Laos", "MEKONG", "asean"],
            ["Binh Tran", "Ana Lima"],
        )
    assert _read_values(path, monkeypatch)[1] == ["Binh Tran", "Ana Lima"]


ODD_AUTHORS = ["Lee, Kim", "tab\there", "line\nbreak", "lone\udc80", "50%", "%00002c", "%"]


def test_an_author_of_any_characters_is_read_from_the_note(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Authors another program wrote (a sync's file): the column's separators (a comma, a
    tab, a line break), a lone surrogate, the column's own escape; the note holds them all."""
    path = tmp_path / "library.json"
    _library(path)
    with Store.open(path) as store:
        article = store.articles()[0]
        odd = [made(20 + n, article.id, [author], author) for n, author in enumerate(ODD_AUTHORS)]
        store.save_as_given(highlights=odd)
        store.compact()
    assert "\nhighlights author " in path.with_name(path.name + ".checked").read_text()
    tags, authors = _read_values(path, monkeypatch)
    assert authors[-len(ODD_AUTHORS) :] == ODD_AUTHORS == tags[-len(ODD_AUTHORS) :]


def _checked(path: Path) -> Path:
    return path.with_name(path.name + ".checked")


def _later_columns(path: Path, lines: list[str]) -> None:
    """Rewrite the note's columns after its check line as another writer would, their own
    check line recomputed (so they are trusted as such)."""
    note = _checked(path)
    head = note.read_text().split("\n")[:4]
    later = "\n".join(lines)
    note.write_text("\n".join([*head, later, storage_module._note_check(later)]))


def _counted_and_valued(path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[object, Values]:
    """The counts and values of a fresh read-only open, checked against every record's."""
    with Store.open(path, read_only=True) as store:
        counts = list(store.tag_counts().items())
        assert counts == _from_scratch(store)
        values = store.highlight_values()
        assert values == _values_of_every_document(store)
    return counts, values


EXPECTED = (
    [("Mekong", 3), ("laos", 2), ("asean", 1)],
    (["Laos", "MEKONG", "asean"], ["Binh Tran", "Ana Lima"]),
)


def test_a_table_of_one_document_without_tags_is_read_from_its_note(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """One highlight with neither tags nor author: its columns hold one empty value, written
    as nothing. They were read as no value at all (a column that fits no table), so every
    open read the documents again, and every writer's count added the same line to the note."""
    path = tmp_path / "library.json"
    with Store.open(path) as store:
        article = _article(store, "only", ["one"])
        _highlight(store, article, 1, [])
    note = _checked(path).read_text()
    assert "\nhighlights tags \n" in note and "\nhighlights author \n" in note
    for _ in range(2):
        with Store.open(path) as store, _nothing_read(monkeypatch):
            assert store.tag_counts() == {"one": 1}
            assert store.highlight_values() == ([], [])
    assert _checked(path).read_text() == note


def test_a_note_cut_short_anywhere_leaves_the_counts_and_values_of_every_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """A note a killed compaction or writer left part written (it is written in place, as a
    hint): wherever it ends, the counts and values are those of every record (its columns
    failing their check are read from the documents), and a writer's first count writes the
    columns whole again, so the open after reads no document for them."""
    path = tmp_path / "library.json"
    _library(path)
    whole = _checked(path).read_bytes()
    later = whole.index(b"\narticles text_hash ") + 1
    cuts = sorted(
        {*range(0, len(whole), max(1, len(whole) // 12)), later, later + 20, len(whole) - 3}
    )
    for cut in cuts:
        _checked(path).write_bytes(whole[:cut])
        assert _counted_and_valued(path, monkeypatch) == EXPECTED, cut
    _checked(path).write_bytes(whole[: len(whole) - 3])  # the check line of the columns cut
    with Store.open(path) as store:
        assert list(store.tag_counts().items()) == EXPECTED[0]
        assert store.highlight_values() == EXPECTED[1]
    with Store.open(path, read_only=True) as store, _nothing_read(monkeypatch):
        assert list(store.tag_counts().items()) == EXPECTED[0]
        assert store.highlight_values() == EXPECTED[1]


def test_columns_a_later_version_may_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A note a later version wrote, its own check right: a column this version does not
    know, a line it cannot split, a column doubled, one of another length than the table.
    Those it knows and that fit are read; the others are read from the documents, and a
    writer noting them keeps the lines it does not know."""
    path = tmp_path / "library.json"
    _library(path)
    lines = _checked(path).read_text().split("\n")[4:-1]
    tags = next(line for line in lines if line.startswith("highlights tags "))
    unknown = ["highlights speaker 0,1,2", "highlights"]
    _later_columns(path, [*unknown, *lines, tags])
    assert _counted_and_valued(path, monkeypatch) == EXPECTED
    with Store.open(path, read_only=True) as store, _nothing_read(monkeypatch):
        assert store.highlight_values() == EXPECTED[1]
    _later_columns(path, [*unknown, *(line for line in lines if line != tags), tags + ",x"])
    assert _counted_and_valued(path, monkeypatch) == EXPECTED
    with Store.open(path) as store:
        assert store.highlight_values() == EXPECTED[1]
    noted = _checked(path).read_text().split("\n")[4:-1]
    assert noted[:2] == unknown and tags in noted and tags + ",x" not in noted


def test_a_table_of_one_untagged_document_is_noted_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """attack51b: one article with no tags (a new library's first) is an empty column, which
    was read as no document at all: each writer's count read the article again and added
    the same empty column to the note once more (a line a run, for ever)."""
    path = tmp_path / "library.json"
    with monkeypatch.context() as earlier:
        earlier.setattr(storage_module, "STRING_COLUMNS", {})
        with Store.open(path) as store:
            _article(store, "first", [])
    checked = path.with_name(path.name + ".checked")
    for _ in range(3):
        with Store.open(path) as store:
            assert store.tag_counts() == {}
    assert checked.read_text().count("\narticles tags ") == 1

    def unread(raw: bytes, fields: object) -> list[str | None]:
        raise AssertionError("a document was read for its tags")

    with monkeypatch.context() as patched:
        patched.setattr(tables_module, "_strings_in", unread)
        with Store.open(path, read_only=True) as store:
            assert isinstance(store._storage.table("articles"), FileTable)
            assert store.tag_counts() == {}
