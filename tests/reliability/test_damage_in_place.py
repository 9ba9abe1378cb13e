"""Damage that leaves the store file valid JSON, under a trust note that still matches it.

A bit flipped on disk keeps the file's size, time and inode, so its trust note still vouches
for every record and none is checked. A flip that breaks the JSON was already one line, then
set aside; these keep it valid: a digit of an offset (the highlight was drawn over other
words), a digit of an id (the record's id no longer its key: saving it made a second record),
a letter of a field's name (a traceback at every command that built it).
"""

from __future__ import annotations

import os
from pathlib import Path

from diplotui.anchoring import new_highlight
from diplotui.session.annotations import AnnotationSession
from diplotui.store import Store
from tests.cli_runner import run_main
from tests.reliability.test_hostile_records import QUOTE, TEXT, make_store


def flip_in_place(store_path: Path, find: bytes, at: int, new: bytes) -> None:
    """Replace the byte ``at`` into the first ``find`` with ``new``, keeping the file's size,
    time and inode (a bit flip on disk) after a compaction wrote its trust note."""
    with Store.open(store_path) as store:
        store.compact()
    info = store_path.stat()
    raw = store_path.read_bytes()
    where = raw.index(find) + at
    assert raw[where : where + 1] != new
    with store_path.open("r+b") as file:
        file.seek(where)
        file.write(new)
    os.utime(store_path, ns=(info.st_atime_ns, info.st_mtime_ns))


def test_a_highlight_whose_offsets_no_longer_hold_its_words_is_placed_by_them(store_path: Path):
    article, _ = make_store(store_path, highlight=False)
    start = TEXT.index(QUOTE)
    assert start == 16
    highlight = new_highlight(article, TEXT, start, start + len(QUOTE), note="a note").id
    with Store.open(store_path) as store:
        store.save_highlight(new_highlight(article, TEXT, start, start + len(QUOTE), id=highlight))
    flip_in_place(store_path, b'"start":16', len(b'"start":1'), b"0")  # now 10: other words

    with Store.open(store_path, read_only=True) as store:
        session = AnnotationSession(store)
        session.open(article)
        [shown] = session.highlights
        assert (shown.start, shown.end) == (start, start + len(QUOTE)), "drawn over its words"
        assert session.text[shown.start : shown.end] == QUOTE

    doctor = run_main("--db", str(store_path), "doctor")
    assert doctor.returncode == 1
    assert f"highlight {highlight}" in doctor.stdout and "no longer hold" in doctor.stdout


def test_an_id_changed_in_place_is_one_line_then_set_aside(store_path: Path):
    article, highlight = make_store(store_path)
    twin = highlight[:-1] + ("0" if highlight[-1] != "0" else "1")
    flip_in_place(store_path, f'"id":"{highlight}"'.encode(), len(twin) + 5, twin[-1].encode())

    first_try = run_main("--db", str(store_path), "annotations")
    assert first_try.returncode == 1
    [line] = first_try.stderr.splitlines()
    assert f"record {highlight}" in line and "changed in place" in line
    again = run_main("--db", str(store_path), "annotations")
    assert again.returncode == 0, again.stderr
    assert "its id does not match its document key" in again.stderr
    with Store.open(store_path, read_only=True) as store:
        assert store.highlights(article) == [], "not a second record under another id"
        assert [kept.key for kept in store.quarantined()] == [highlight]


def test_a_field_name_changed_in_place_is_one_line_not_a_traceback(store_path: Path):
    _article, highlight = make_store(store_path)
    flip_in_place(store_path, b'"quote":', 3, b"9")

    first_try = run_main("--db", str(store_path), "annotations")
    assert first_try.returncode == 1
    [line] = first_try.stderr.splitlines()
    assert f"record {highlight}" in line and "changed in place" in line
    again = run_main("--db", str(store_path), "annotations")
    assert again.returncode == 0 and "missing quote" in again.stderr


def test_a_trust_note_changed_in_place_is_not_trusted(store_path: Path):
    """The note lists each highlight's article, which places an article's highlights without
    reading them; a flipped digit there filed the highlight under no article: gone from its
    own, without a word. A note whose bytes no longer match its checksum is no note."""
    article, highlight = make_store(store_path)
    with Store.open(store_path) as store:
        store.compact()
    note = store_path.with_name(store_path.name + ".checked")
    text = note.read_text()
    column = text.rindex(article)  # the highlights' article column comes last
    flipped = "0" if text[column] != "0" else "1"
    note.write_text(text[:column] + flipped + text[column + 1 :])

    with Store.open(store_path, read_only=True) as store:
        assert [h.id for h in store.highlights(article)] == [highlight]
