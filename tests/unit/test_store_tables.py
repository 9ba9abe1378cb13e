"""Records read from the store file on demand (``FileTable``): what a reader sees while other
processes compact or damage the file, and when the trust note does not fit the file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplotui.store import Store, StoreCorrupt
from diplotui.store import storage as storage_module
from diplotui.store import tables as tables_module
from diplotui.store.tables import FileTable
from tests.unit.test_store import add_article


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "library.json"


@pytest.fixture
def reread(monkeypatch: pytest.MonkeyPatch) -> None:
    """Treat every store file as large: documents are read again from the open file."""
    monkeypatch.setattr(tables_module, "REREAD_FROM_BYTES", 0)


def _library(path: Path, count: int = 5) -> list[str]:
    with Store.open(path) as store:
        ids = [add_article(store, n).id for n in range(count)]
        store.compact()
    return ids


def test_a_reader_keeps_the_version_it_opened_while_another_process_compacts(
    path: Path, reread: None
):
    ids = _library(path)
    reader = Store.open(path, read_only=True)
    assert isinstance(reader._storage.table("articles"), FileTable)
    with Store.open(path) as writer:
        for article_id in ids:
            writer.with_updates(writer.article(article_id), title="Renamed")
        writer.compact()  # the file is replaced while the reader still reads the old one
    assert [reader.article(i).title for i in ids] == [f"T{n}" for n in range(len(ids))]
    with Store.open(path, read_only=True) as again:
        assert {again.article(i).title for i in ids} == {"Renamed"}
    reader.close()


def test_a_file_cut_short_under_an_open_reader_is_one_clear_error(path: Path, reread: None):
    ids = _library(path)
    reader = Store.open(path, read_only=True)
    with open(path, "r+b") as handle:  # another program truncates the file in place
        handle.truncate(100)
    with pytest.raises(StoreCorrupt, match="cut short"):
        reader.article(ids[-1])
    reader.close()


def test_a_note_that_does_not_fit_the_file_is_not_trusted(path: Path):
    ids = _library(path)
    checked = path.with_name(path.name + ".checked")
    stamp, spans, layouts, *_checked = checked.read_text().split("\n")  # written unchecked below
    wrong = json.loads(layouts)
    wrong["articles"][1] = [length + 1 for length in wrong["articles"][1]]
    checked.write_text("\n".join((stamp, spans, json.dumps(wrong))))
    with Store.open(path, read_only=True) as store:
        assert not isinstance(store._storage.table("articles"), FileTable)
        assert [store.article(i).title for i in ids] == [f"T{n}" for n in range(len(ids))]


@pytest.mark.parametrize("length", ["12", 12.5, 2**64, None])
def test_a_note_with_lengths_that_are_not_integers_is_not_trusted(path: Path, length: object):
    """A note edited by hand or another program: its lengths are read as integers in C, and a
    string, a fraction or a number too large for a file offset leaves the note unused."""
    ids = _library(path)
    checked = path.with_name(path.name + ".checked")
    stamp, spans, layouts, *_checked = checked.read_text().split("\n")  # written unchecked below
    wrong = json.loads(layouts)
    wrong["articles"][1][0] = length
    checked.write_text("\n".join((stamp, spans, json.dumps(wrong))))
    with Store.open(path, read_only=True) as store:
        assert not isinstance(store._storage.table("articles"), FileTable)
        assert [store.article(i).title for i in ids] == [f"T{n}" for n in range(len(ids))]


def test_a_note_holding_a_list_nested_too_deep_is_not_trusted(path: Path):
    """Its check line right (written so by hand or another program), a places line nested
    100,000 deep ended every start in a RecursionError traceback."""
    ids = _library(path)
    checked = path.with_name(path.name + ".checked")
    stamp, _spans, layouts, *_checked = checked.read_text().split("\n")
    places = "[" * 100_000 + "]" * 100_000 + "\n" + layouts
    checked.write_text(f"{stamp}\n{places}\n{storage_module._note_check(places)}")
    with Store.open(path, read_only=True) as store:
        assert not isinstance(store._storage.table("articles"), FileTable)
        assert [store.article(i).title for i in ids] == [f"T{n}" for n in range(len(ids))]


def test_a_large_file_without_a_note_is_compacted_once_opened_for_writing(
    path: Path, monkeypatch: pytest.MonkeyPatch
):
    """A file another program wrote (or an older note) gets a note placing every record, so
    the next open reads records on demand instead of parsing the file."""
    ids = _library(path)
    path.with_name(path.name + ".checked").unlink()
    monkeypatch.setattr(storage_module, "COMPACT_UNNOTED_FROM_BYTES", 0)
    with Store.open(path, read_only=True) as store:  # a reader parses it all, writes nothing
        assert not isinstance(store._storage.table("articles"), FileTable)
    assert not path.with_name(path.name + ".checked").exists()
    Store.open(path).close()
    with Store.open(path, read_only=True) as store:
        assert isinstance(store._storage.table("articles"), FileTable)
        assert sorted(store.article_ids()) == sorted(ids)


def test_writes_after_the_file_are_seen_in_file_order_and_compacted_byte_for_byte(
    path: Path, reread: None
):
    """Changed, deleted and new documents over a file table: iteration keeps the file's
    order (new ones last), and compaction copies unchanged documents as they were."""
    ids = _library(path)
    with Store.open(path) as store:
        store.with_updates(store.article(ids[1]), tags=["asean"])
        store.delete_article(ids[2])
        added = add_article(store, 99).id
        assert list(store.article_ids()) == [ids[0], ids[1], ids[3], ids[4], added]
        store.compact()
    with Store.open(path, read_only=True) as store:
        assert list(store.article_ids()) == [ids[0], ids[1], ids[3], ids[4], added]
        assert store.article(ids[1]).tags == ["asean"]
        assert store.article_by_hash(store.article(added).text_hash) is not None
    plain = json.loads(path.read_bytes())["articles"]  # a plain TinyDB file still
    assert list(plain) == [ids[0], ids[1], ids[3], ids[4], added]


def _annotated_library(path: Path) -> tuple[list[str], dict[str, set[str]]]:
    """Five articles with 0-4 highlights each, compacted (the note lists their articles)."""
    from diplotui.model import Highlight

    ids = _library(path)
    expected: dict[str, set[str]] = {i: set() for i in ids}
    with Store.open(path) as store:
        for n, article_id in enumerate(ids):
            for h in range(n):
                highlight = Highlight(
                    id=f"{n:04x}{h:04x}", article_id=article_id, start=h, end=h + 3, quote="Art"
                )
                store.save_highlight(highlight)
                expected[article_id].add(highlight.id)
        store.compact()
    return ids, expected


def _not_scanned(monkeypatch: pytest.MonkeyPatch) -> None:
    def scan(*args: object) -> None:
        raise AssertionError("the highlights were read to find an article's")

    monkeypatch.setattr(FileTable, "_scan", scan)


def _per_article(store: Store, ids: list[str]) -> dict[str, set[str]]:
    return {i: {h.id for h in store.highlights(i)} for i in ids}


def test_an_articles_highlights_come_from_the_notes_index_across_replay_and_compaction(
    path: Path, reread: None, monkeypatch: pytest.MonkeyPatch
):
    """The trust note lists each highlight's article, so ``highlights(article_id)`` reads
    no other highlight; writes in the journal since the note (replayed on open) and a
    compaction keep the answer exact."""
    from diplotui.model import Highlight

    monkeypatch.setattr(storage_module, "COMPACT_ON_CLOSE_BELOW_BYTES", 0)  # keep the journal
    ids, expected = _annotated_library(path)
    with Store.open(path) as store:
        gone = sorted(expected[ids[3]])[0]
        store.remove_highlight(gone)
        expected[ids[3]].discard(gone)
        moved = store.highlight(sorted(expected[ids[4]])[0])
        store.save_highlight(Highlight(**{**moved.to_dict(), "article_id": ids[0]}))
        expected[ids[4]].discard(moved.id)
        expected[ids[0]].add(moved.id)
        store.save_highlight(
            Highlight(id="ffff0001", article_id=ids[1], start=0, end=3, quote="Art")
        )
        expected[ids[1]].add("ffff0001")
    _not_scanned(monkeypatch)
    with Store.open(path, read_only=True) as store:  # the journal replayed over the file
        assert _per_article(store, ids) == expected
        assert store.highlight_counts() == {i: len(h) for i, h in expected.items() if h}
        assert [store.highlight_count(i) for i in ids] == [len(expected[i]) for i in ids]
    with Store.open(path) as store:
        store.compact()
        assert _per_article(store, ids) == expected
    with Store.open(path, read_only=True) as store:
        assert _per_article(store, ids) == expected
        assert store.highlight_counts() == {i: len(h) for i, h in expected.items() if h}


def test_a_note_whose_highlight_column_does_not_fit_is_not_used(path: Path, reread: None):
    ids, expected = _annotated_library(path)
    checked = path.with_name(path.name + ".checked")
    stamp, spans, layouts, *_checked = checked.read_text().split("\n")  # written unchecked below
    wrong = json.loads(layouts)
    column = wrong["highlights"][2]["article_id"].split(",")
    wrong["highlights"][2]["article_id"] = ",".join(column[1:])  # one value short
    checked.write_text("\n".join((stamp, spans, json.dumps(wrong))))
    with Store.open(path, read_only=True) as store:
        assert _per_article(store, ids) == expected


def test_the_articles_text_hashes_follow_the_notes_check_read_only_when_used(
    path: Path, monkeypatch: pytest.MonkeyPatch
):
    """The note's text-hash column (for ``doctor --restore``: 6.5 MB at 100,000 articles)
    was parsed at every open, 10-13 ms, though no open reads it. It follows the check line
    with a check of its own, and is checked and split only when a compaction or ``doctor``
    asks for it."""
    ids = _library(path)
    checked = path.with_name(path.name + ".checked")
    lines = checked.read_text().split("\n")
    assert len(lines) == 7 and lines[3].startswith("crc32:") and lines[6].startswith("crc32:")
    assert "text_hash" not in lines[2] and lines[4].startswith("articles text_hash ")
    assert lines[5].startswith("articles tags "), "the tags follow it, read as lazily"
    with Store.open(path) as store:
        hashes = {i: store.article(i).text_hash for i in ids}
    assert storage_module.noted_column(checked, "articles", "text_hash") == hashes

    def unread(*args: object) -> None:
        raise AssertionError("the text-hash column was read at open")

    with monkeypatch.context() as patched:
        patched.setattr(storage_module._LaterColumns, "joined", unread)
        with Store.open(path, read_only=True) as store:
            assert isinstance(store._storage.table("articles"), FileTable)
            assert [store.article(i).title for i in ids] == [f"T{n}" for n in range(len(ids))]
            assert store.highlight_counts() == {}


def test_a_damaged_text_hash_column_is_never_read_and_the_next_note_is_right(path: Path):
    """A flipped digit in the column behind the check: the places before it are still
    trusted, the column itself not (``doctor`` gets none rather than a wrong hash), and a
    compaction reads the hashes from the documents instead."""
    ids = _library(path)
    checked = path.with_name(path.name + ".checked")
    lines = checked.read_text().split("\n")
    digit = lines[4].index(" ", len("articles text_hash")) + 1
    lines[4] = lines[4][:digit] + ("0" if lines[4][digit] != "0" else "1") + lines[4][digit + 1 :]
    checked.write_text("\n".join(lines))
    assert storage_module.noted_column(checked, "articles", "text_hash") is None
    with Store.open(path) as store:
        assert isinstance(store._storage.table("articles"), FileTable)
        hashes = {i: store.article(i).text_hash for i in ids}
        store.with_updates(store.article(ids[0]), title="Renamed")
        store.compact()
    assert storage_module.noted_column(checked, "articles", "text_hash") == hashes


def test_a_note_of_the_earlier_layout_keeps_its_text_hashes(path: Path):
    """A note written before the column moved behind the check (the column in the places
    line) is still read whole, its column too."""
    ids = _library(path)
    checked = path.with_name(path.name + ".checked")
    stamp, spans, layouts, _check, later, *_tags_and_check = checked.read_text().split("\n")
    earlier = json.loads(layouts)
    earlier["articles"].append({"text_hash": later.split(" ", 2)[2]})
    places = f"{spans}\n{json.dumps(earlier, separators=(',', ':'))}"
    checked.write_text(f"{stamp}\n{places}\n{storage_module._note_check(places)}")
    with Store.open(path) as store:
        assert isinstance(store._storage.table("articles"), FileTable)
        hashes = {i: store.article(i).text_hash for i in ids}
    assert storage_module.noted_column(checked, "articles", "text_hash") == hashes
