"""TinyDB with our storage: a compacted TinyDB JSON file plus an append-only journal.

TinyDB's ``Storage`` interface reads and writes the whole database, so ``JSONStorage`` rewrites
(and would have to fsync) every byte of a 100,000-article library for a one-tag change. Here:

- ``library.json`` is a plain TinyDB file, the durable truth as of its last compaction;
- ``library.json.journal`` holds every transaction committed since, one fsynced line each
  (see ``diplotui.store.journal``), so a write costs what it changes;
- compaction writes the merged tables to a new TinyDB file atomically (temp file, fsync,
  rename, folder fsync), in the background once the journal outgrows a quarter of the file,
  and a new journal carries over whatever was committed meanwhile.

The compacted file names its *generation* and the journal its own in its first line. A file
compacted from journal G up to byte X says so (``base``, ``base_offset``), so whatever instant
a compaction is killed at, opening replays exactly the journal entries the file lacks.

``StoreDB`` is a ``tinydb.TinyDB`` over this storage whose tables are keyed by exact string
ids. Its ``Table`` methods work (reads at memory speed; their writes compact, correct but
whole-file). The repository writes through the one seam that bypasses ``Table``:
``StoreDB.transaction``/``put``/``delete``, which journal only the changed documents.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
import zlib
from array import array
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import partial
from pathlib import Path
from typing import Any, cast

from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Table

from diplotui.store.backups import backup_of_generation
from diplotui.store.collection import gc_paused
from diplotui.store.errors import (
    SCHEMA_VERSION,
    JournalTooNew,
    StoreChangedUnder,
    StoreCorrupt,
    StoreError,
    StoreReadOnly,
    StoreTooNew,
    write_failures_reported,
)
from diplotui.store.files import (
    atomic_write_bytes,
    fsync_dir,
    journal_path,
    read_regular_file,
    stamp_of,
    store_stamp,
    trust_note_path,
    write_hint_file,
)
from diplotui.store.journal import (
    JOURNAL_FORMAT,
    Change,
    JournalContents,
    damaged_header_names,
    encode_transaction,
    header,
    newer_format,
    read_journal,
)
from diplotui.store.records import (
    ARTICLES,
    HIGHLIGHTS,
    META,
    RECORD_TABLES,
    SINGLETON_KEY,
    Doc,
    Tables,
    bytes_record,
    describe_record,
    is_valid_id,
    load_store_json,
    schema_of,
    set_aside_bad_changes,
    set_aside_bad_records,
    set_aside_journal_line,
)
from diplotui.store.records import set_aside as set_aside_record
from diplotui.store.tables import (
    AUTHOR,
    TAGS,
    DocTable,
    FileBytes,
    FileTable,
    Layout,
    LazyTables,
    Span,
    places_of,
    split_column,
    strings_value,
)

COMPACT_MIN_JOURNAL_BYTES = 1 << 20
"""The journal is compacted once it exceeds this and a quarter of the file's size."""
COMPACT_ON_CLOSE_BELOW_BYTES = 1 << 20
"""Closing compacts any journal of a file this small (a few milliseconds), so a small
library's TinyDB file alone holds everything once diplotui has quit."""
COMPACT_UNNOTED_FROM_BYTES = 1 << 20
"""Opening for writing compacts a file this large that has no current trust note (written by
another program, or before the note recorded where each document lies), so later opens read
its records on demand instead of parsing and checking the whole file."""

Key = tuple[str, str]
PARTIAL_COPY = "opened_without_journal"
"""The meta field a writer notes in a store file it opened without its journal: a copy of a
library, never a first run (the seeds are not imported into it)."""
AWAITS_SEEDS = "awaits_seeds"
"""The meta field of a new store made for a first run (the app's, a command's), until its
seeds are stored, in the write that notes ``SEEDED``: a first run killed between making the
file and storing the seeds is still a first run, not a copy made without its journal."""
SEEDED = "seeded"
"""The meta field noting that a first run's seeds were imported: a library emptied since (the
seeds removed by ``rm``, or by a team's sync) is no first run, and gets no seeds back."""


# -- reading a store (file and journal) ----------------------------------------------------


NOTED_COLUMNS = {HIGHLIGHTS: "article_id", ARTICLES: "text_hash"}
"""A field whose value for every document the trust note lists in file order, so which
highlights an article has is known without reading the highlights (``FileTable.index``), and
which text each article had is known once the file is lost (``doctor --restore``)."""
STRING_COLUMNS = {ARTICLES: (TAGS,), HIGHLIGHTS: (TAGS, AUTHOR)}
"""Fields of strings whose value for every document the note lists too (``tables.
strings_value``), so the library's tag counts and the highlights' tags and authors offered
for completion are known without reading a record (building 250,000 highlights took 2.8 s and
kept 250 MB for a few dozen counts; reading their documents for the highlights' tags and
authors, 1.2 s)."""
OPEN_COLUMNS = frozenset({(HIGHLIGHTS, "article_id")})
"""The noted columns an open reads (an article's highlights); the others (the articles'
text hashes, 6.5 MB at 100,000: 10-13 ms parsed at every open; the tags; the authors) follow
the note's check line with a check of their own, and are split and checked only when first
used (by a compaction, ``doctor``, the tag counts or the highlights' values)."""

Column = str | Callable[[], str | None]
"""A noted column's comma-joined values, or what gives them (None when they fail their check)."""


@dataclass
class TrustNote:
    """Where each table's JSON lies in the store file, each record table's keys and document
    lengths (so each document can be read alone), and its noted column's values."""

    spans: dict[str, Span] = field(default_factory=dict)
    layouts: dict[str, Layout] = field(default_factory=dict)
    columns: dict[str, dict[str, Column]] = field(default_factory=dict)
    """Table -> field -> the documents' values in file order, comma-joined (hex values only)."""
    crc32: int | None = None
    """The CRC-32 of the file's bytes: a copy of the file (another inode and time) is known
    as the file the note describes by its content, instead of being parsed whole."""


class _LaterColumns:
    """The note's columns no open reads (``OPEN_COLUMNS``): one ``table field values`` line
    each, then their check line; checked and split when one is first asked for (until then
    no more than each line's start is read)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._checked: dict[tuple[str, str], str] | None = None

    def named(self) -> list[tuple[str, str]]:
        """The (table, field) of each line but the check line."""
        named, start, text = [], 0, self._text
        while (end := text.find("\n", start)) >= 0:
            table, _, rest = text[start : min(end, start + 200)].partition(" ")
            named.append((table, rest.partition(" ")[0]))
            start = end + 1
        return named

    def joined(self, table: str, column: str) -> str | None:
        checked = self._checked
        if checked is None:  # built whole before it is shared: a compaction's thread reads it
            checked = {}
            lines, _, check = self._text.rpartition("\n")
            if _note_check(lines) == check:
                for line in lines.split("\n"):
                    parts = line.split(" ", 2)
                    if len(parts) == 3:  # else no column of ours (a later version's line)
                        checked[parts[0], parts[1]] = parts[2]
            self._checked = checked
        return checked.get((table, column))


CRC_STEP = 1 << 23


def _file_crc32(file: FileBytes) -> int:
    """The CRC-32 of the file's bytes, read a few megabytes at a time (0.03 s per 100 MB)."""
    crc = 0
    for start in range(0, file.size, CRC_STEP):
        crc = zlib.crc32(file.slice(start, min(start + CRC_STEP, file.size)), crc)
    return crc


def _stamp_line(info: os.stat_result, crc32: int | None) -> str:
    return stamp_of(info) + ("" if crc32 is None else f" crc32:{crc32:08x}")


def write_trust_stamp(path: Path, note: TrustNote | None = None) -> None:
    """Note that the store file as it is now was written (hence checked) by diplotui, and
    where its tables and records lie in it.

    Checking every record's shape costs more than parsing at 20,000 records; a file whose
    size, modification time and inode still match this note is the one we wrote, so opening
    it again can skip that check and read each record only when it is used. The note is a
    hint only: if it is stale, torn or missing, the full parse and check run, so it needs no
    fsync.
    """
    note = note or TrustNote()
    columns = {name: _joined(fields) for name, fields in note.columns.items()}
    opened = {
        name: {f: v for f, v in fields.items() if (name, f) in OPEN_COLUMNS}
        for name, fields in columns.items()
    }
    layouts = {
        name: [",".join(keys), lengths, *([opened[name]] if opened.get(name) else [])]
        for name, (keys, lengths) in note.layouts.items()
    }
    places = f"{json.dumps(note.spans)}\n{json.dumps(layouts, separators=(',', ':'))}"
    text = f"{_stamp_line(path.stat(), note.crc32)}\n{places}\n{_note_check(places)}"
    later = "\n".join(
        f"{name} {field_name} {values}"
        for name, fields in columns.items()
        if name in note.layouts
        for field_name, values in fields.items()
        if (name, field_name) not in OPEN_COLUMNS
    )
    if later:  # after the check line: a reader of an earlier version trusts no such note
        text += f"\n{later}\n{_note_check(later)}"
    with contextlib.suppress(OSError):
        write_hint_file(trust_note_path(path), text)


def _note_check(places: str) -> str:
    """The line that checks a note's places: the note itself is a file a flipped bit can
    change (a highlight's article changed in its column filed it under no article)."""
    return f"crc32:{zlib.crc32(places.encode()):08x}"


def _joined(fields: dict[str, Column]) -> dict[str, str]:
    """A table's noted columns as written: each one's values (none that failed a check)."""
    read = {name: values() if callable(values) else values for name, values in fields.items()}
    return {name: values for name, values in read.items() if values is not None}


def _parse_note(text: str) -> TrustNote | None:
    """The note's places, or None when it is not one we wrote (torn, edited, changed in
    place). A note of an earlier version, without its check line, is read unchecked. The
    columns after the check line (``OPEN_COLUMNS``) are given as what reads them later."""
    later, end = None, -1
    for _ in range(3):  # the spans, the layouts and their check: columns may follow
        end = text.find("\n", end + 1)
        if end < 0:
            break
    if end >= 0:
        later, text = _LaterColumns(text[end + 1 :]), text[:end]
    places, _, check = text.rpartition("\n")
    if check.startswith("crc32:"):
        if check != _note_check(places):
            return None
        text = places
    try:
        spans_line, layouts_line = text.split("\n")
        spans = {str(n): (int(a), int(b)) for n, (a, b) in json.loads(spans_line).items()}
        layouts: dict[str, Layout] = {}
        columns: dict[str, dict[str, Column]] = {}
        for name, (keys, lengths, *column) in json.loads(layouts_line).items():
            key_list = keys.split(",") if keys else []
            layouts[str(name)] = (key_list, array("q", lengths))  # ints checked in C
            if column and isinstance(column[0], dict):
                columns[str(name)] = {str(f): str(v) for f, v in column[0].items()}
    except (ValueError, TypeError, AttributeError, OverflowError, RecursionError):
        return None  # a list nested too deep, its check right, ended every start
    if later is not None:
        for name, column_name in later.named():
            columns.setdefault(name, {})[column_name] = partial(later.joined, name, column_name)
    return TrustNote(spans, layouts, columns)


@dataclass
class NoteMatch:
    """How the trust note matched the file: by its stamp, or (a copy, a restore with its
    note) by the CRC of the file's bytes, when ``restamp`` is the stamp a writer may note."""

    note: TrustNote | None
    restamp: str | None = None
    unverified: str | None = None
    """The places of a note that matches no more (a file changed or replaced since): used
    only to salvage the records of a file that no longer parses whole."""


def _read_if_present(path: Path) -> tuple[FileBytes | None, NoteMatch]:
    """The file (None when absent), and its trust note if that matches it."""
    try:
        file, info = FileBytes.open(path)
    except FileNotFoundError:
        return None, NoteMatch(None)
    except OSError as error:
        raise StoreCorrupt(path, error.strerror or str(error)) from error
    try:  # a hint: unreadable, a FIFO or not text, it is no note
        noted_line, _, rest = read_regular_file(trust_note_path(path)).decode().partition("\n")
    except (OSError, ValueError):
        return file, NoteMatch(None)
    noted_stamp, _, noted_crc = noted_line.partition(" crc32:")
    if noted_stamp == stamp_of(info):
        return file, NoteMatch(_parse_note(rest))
    if noted_crc and noted_stamp.split(" ")[0] == str(info.st_size):
        crc = _file_crc32(file)
        if noted_crc == f"{crc:08x}":
            return file, NoteMatch(_parse_note(rest), _stamp_line(info, crc))
    return file, NoteMatch(None, unverified=rest)


def noted_keys(note: Path) -> dict[str, list[str]] | None:
    """The record ids each table held in the store file a trust note describes (as diplotui
    last wrote it), whether or not the file still matches it: a restore says what a lost file
    held that its backup does not. None when the note cannot be read."""
    try:
        _, _, rest = read_regular_file(note).decode().partition("\n")
    except (OSError, ValueError):
        return None
    parsed = _parse_note(rest)
    return None if parsed is None else {name: keys for name, (keys, _) in parsed.layouts.items()}


def noted_column(note: Path, table: str, column: str) -> dict[str, str] | None:
    """Each record's noted ``column`` value in the store file a trust note describes (an
    article's ``text_hash``): which text each article had once that file is lost. None when
    the note cannot be read or notes no such column."""
    try:
        _, _, rest = read_regular_file(note).decode().partition("\n")
    except (OSError, ValueError):
        return None
    parsed = _parse_note(rest)
    if parsed is None or table not in parsed.layouts:
        return None
    joined = parsed.columns.get(table, {}).get(column)
    if callable(joined):
        joined = joined()
    keys = parsed.layouts[table][0]
    values = None if joined is None else split_column(joined, len(keys))
    if values is None:
        return None
    return dict(zip(keys, values, strict=True))


def restamp_trust_note(path: Path, stamp: str) -> None:
    """Note that a copied file whose bytes matched its note (``_read_if_present``) is the
    file the note describes, so the next open trusts it at once (a writer's open only: a
    read-only open never writes). Skipped if the file changed meanwhile."""
    checked = trust_note_path(path)
    with contextlib.suppress(OSError, ValueError):
        if _stamp_line(path.stat(), None) != stamp.partition(" crc32:")[0]:
            return
        _, _, rest = read_regular_file(checked).decode().partition("\n")
        write_hint_file(checked, f"{stamp}\n{rest}")  # a hint, as written at compaction


def note_columns(path: Path, stamp: str, table: str, columns: dict[str, str]) -> None:
    """Add a table's columns to the trust note of the store file ``stamp`` names, behind its
    check as the columns no open reads are (each in place of a line of the same column): the
    columns a note of an earlier version lacks. A hint, as the note is: skipped when the file
    or its note is no longer the one read; columns after a check that fails are not kept."""
    checked = trust_note_path(path)
    with contextlib.suppress(OSError, ValueError):
        first, _, rest = read_regular_file(checked).decode().partition("\n")
        if first.partition(" crc32:")[0] != stamp or stamp_of(path.stat()) != stamp:
            return
        places = rest.split("\n", 3)  # the spans, the layouts, their check, columns after
        if len(places) < 3 or places[2] != _note_check("\n".join(places[:2])):
            return
        lines, _, check = places[3].rpartition("\n") if len(places) == 4 else ("", "", "")
        replaced = tuple(f"{table} {field_name} " for field_name in columns)
        kept = [
            line
            for line in (lines.split("\n") if lines and check == _note_check(lines) else ())
            if not line.startswith(replaced)
        ]
        later = "\n".join(
            [*kept, *(f"{table} {name} {values}" for name, values in columns.items())]
        )
        write_hint_file(checked, "\n".join((first, *places[:3], later, _note_check(later))))


def _noted_tables(path: Path, file: FileBytes, note: TrustNote) -> Tables | None:
    """The tables as the note places them (record tables unread, small ones parsed), or None
    when the note does not fit the file."""
    spans = note.spans
    if META not in spans or not all(0 <= a <= b <= file.size for a, b in spans.values()):
        return None
    tables: Tables = {}
    try:
        for name, span in spans.items():
            layout = note.layouts.get(name)
            places = places_of(span, layout) if layout is not None else None
            if places is not None:
                tables[name] = FileTable(file, span, places, note.columns.get(name))
            elif name in RECORD_TABLES and span[1] - span[0] > COMPACT_UNNOTED_FROM_BYTES:
                return None  # a large record table must be readable document by document
            else:
                table = json.loads(file.slice(*span))
                if not isinstance(table, dict):
                    return None
                tables[name] = table
    except ValueError:
        return None  # the note lied: parse the whole file properly
    schema = schema_of(path, tables)
    if schema > SCHEMA_VERSION:
        raise StoreTooNew(path, schema)
    return tables if schema > 1 else None


def _load_tables(
    path: Path, file: FileBytes | None, match: NoteMatch, set_aside: list[str]
) -> LazyTables:
    """The file's tables: when the trust note places the records, none of them read yet.
    Records failing their check are quarantined and named in ``set_aside``."""
    if file is None:
        return LazyTables({})
    note = match.note
    if note is not None:
        tables = _noted_tables(path, file, note)
        if tables is not None:
            return LazyTables(tables)
    with gc_paused():
        try:
            return LazyTables(dict(load_store_json(path, file.content(), note is None, set_aside)))
        except StoreCorrupt:
            salvaged = _salvage(path, file, match.unverified, set_aside)
            if salvaged is None:
                raise
            return salvaged


def _salvage(
    path: Path, file: FileBytes, note_text: str | None, set_aside: list[str]
) -> LazyTables | None:
    """A file that no longer parses whole (changed in place: a flipped bit), read document by
    document where its last trust note placed them: each document that is no JSON object is
    set aside as its bytes, the rest checked as on any full read. None when the note does
    not describe this file's layout (then the file is refused as before)."""
    note = _parse_note(note_text) if note_text is not None else None
    tables = _noted_tables(path, file, note) if note is not None else None
    if tables is None:
        return None
    damaged: list[tuple[str, str, bytes]] = []
    for name, table in list(tables.items()):
        if isinstance(table, FileTable):
            plain: dict[str, Doc] = {}
            for key in table:
                try:
                    doc = json.loads(table.raw(key))
                except ValueError:
                    doc = None
                if isinstance(doc, dict):
                    plain[key] = doc
                else:
                    damaged.append((name, key, table.raw(key)))
            tables[name] = plain
    for name, key, raw in damaged:
        record, reason = bytes_record(raw, "damaged in the file (no longer a JSON object)")
        set_aside_record(tables, name, key, record, reason)
        set_aside.append(f"{describe_record(name, key, None)}: {reason}")
    set_aside.extend(set_aside_bad_records(tables, schema_of(path, tables)))
    return LazyTables(tables)


@dataclass
class StoreState:
    """A store as read from disk: its tables with the journal applied, and what was found."""

    path: Path
    lazy_tables: LazyTables
    file: FileBytes | None
    generation: str | None
    journal_live: bool  # the journal continues this file (it may hold no transaction yet)
    journal_start: int  # where its first transaction goes (after the header)
    journal_end: int  # where the next transaction goes, when journal_live
    needs_compaction: bool  # legacy schema, no generation yet, or no file
    notices: list[str] = field(default_factory=list)
    set_aside: list[str] = field(default_factory=list)
    """Records this read quarantined because they failed their check, one line each."""
    restamp: str | None = None
    """The trust note matched a copy by its content: the stamp a writer notes for it."""
    history: list[tuple[int, list[Change]]] = field(default_factory=list)
    """The live journal's transactions, each with the offset it ends at."""
    history_usable: bool = True
    """False when the replay set something aside: the history no longer matches the tables."""
    journal_generation: str | None = None
    """The generation the replayed journal continues: this file's, or (a compaction killed
    before it replaced the journal) the one the file was compacted from; None if unused."""
    journal_missing: bool = False
    """The file was compacted by diplotui, which always writes a journal beside it, yet there
    is none: the file was copied alone (writes since its compaction are not here)."""
    unused_journal: bool = False
    """The journal holds writes to another version of the file (an older copy put back, a
    restore): not applied, and a writer keeps it aside instead of starting a new one over it."""
    stamp: str | None = None
    """The store's ``store_stamp`` taken before its files were read: a stamp that differs
    afterwards means a writer changed them meanwhile (a compaction between the reads of the
    file and of the journal pairs an old file with a new journal)."""

    @property
    def tables(self) -> Tables:
        """Every table (record tables of a noted file read document by document)."""
        return self.lazy_tables.all()


def _set_aside_from_journal(
    state: StoreState, contents: JournalContents, start: int, changed: dict[Key, None]
) -> None:
    """Quarantine what the replay could not use (damaged lines after ``start``, records the
    journal left failing their check), so one bad line costs that line, not the library; a
    writer's open then compacts them into the file's quarantine table."""
    tables = state.lazy_tables.all()
    found = [
        set_aside_journal_line(tables, line.offset, line.raw, line.reason)
        for line in contents.damaged
        if line.offset >= start
    ]
    found += set_aside_bad_changes(tables, changed)
    if found:
        state.set_aside.extend(found)
        state.needs_compaction = True
        state.history_usable = False  # it tells changes the tables no longer hold


def read_store(path: Path) -> StoreState:
    """Read the store at ``path``: the compacted file with its journal replayed.

    Only StoreCorrupt and StoreTooNew come out of here for bad bytes; nothing is written.
    """
    stamp = store_stamp(path)
    file, match = _read_if_present(path)
    note = match.note
    set_aside: list[str] = []
    tables = _load_tables(path, file, match, set_aside)
    meta: Doc = (tables.get(META) or {}).get(SINGLETON_KEY) or {}
    generation = meta.get("generation") if isinstance(meta.get("generation"), str) else None
    if file is not None and generation is not None:
        file.stand_in = partial(backup_of_generation, path, generation)
    state = StoreState(
        path,
        tables,
        file,
        generation,
        journal_live=False,
        journal_start=0,
        journal_end=0,
        needs_compaction=file is None
        or bool(set_aside)  # the file must hold them in quarantine, not where they failed
        or generation is None
        or meta.get("schema", 1) == 1
        or (
            file.size >= COMPACT_UNNOTED_FROM_BYTES
            and not any(isinstance(t, FileTable) for t in tables.all().values())
        ),
        set_aside=set_aside,
        restamp=match.restamp if note is not None else None,
        stamp=stamp,
    )
    journal = journal_path(path)
    try:
        journal_raw = read_regular_file(journal)
    except FileNotFoundError:
        state.journal_missing = generation is not None
        return state
    except OSError as error:
        raise StoreCorrupt(journal, error.strerror or str(error)) from error
    contents = read_journal(journal_raw)
    newer = newer_format(contents.header_line)
    if newer is not None:
        raise JournalTooNew(journal, newer, JOURNAL_FORMAT)
    known = [name for name in (generation, meta.get("base")) if isinstance(name, str)]
    damaged_header = _recognise_damaged_header(contents, known)
    if damaged_header and contents.generation is not None:
        state.notices.append(
            f"{journal}: its first line is damaged; it still names this store file (a few "
            "bytes differ), so every write in it is applied"
        )
        state.needs_compaction = True  # a writer's open writes a whole journal
    start: int | None = None
    if generation is not None and contents.generation == generation:
        start = contents.header_end
    elif (
        generation is not None
        and contents.generation is not None
        and contents.generation == meta.get("base")
        and isinstance(meta.get("base_offset"), int)
    ):
        start = meta["base_offset"]
    if start is None:  # a journal continuing another version of this file (or another store's)
        if contents.transactions:
            state.unused_journal = True
            writes = f"its {len(contents.transactions)} writes"
            state.notices.append(
                f"{journal}: its first line is damaged and names no version of the store "
                f"file, so {writes} are not applied"
                if damaged_header
                else f"{journal}: {writes} are to another version of the store file (an older "
                "copy put back, or a restore), so they are not applied"
            )
        return state
    changed: dict[Key, None] = {}
    for end, changes in contents.transactions:
        if end > start:
            tables.apply(changes)
            changed.update(((table, key), None) for table, key, _ in changes)
            if contents.generation == generation:
                state.history.append((end, changes))
    _set_aside_from_journal(state, contents, start, changed)
    state.journal_live = contents.generation == generation
    state.journal_generation = contents.generation
    state.journal_start = contents.header_end
    state.journal_end = contents.valid_end
    if contents.torn_bytes:
        state.notices.append(
            f"{journal}: ignored {contents.torn_bytes} bytes of an interrupted write at its "
            "end (that write had not been confirmed); everything confirmed is kept"
        )
    return state


# -- the storage -------------------------------------------------------------------------


def _recognise_damaged_header(contents: JournalContents, known: list[str]) -> bool:
    """Whether the journal's first line is damaged (no header, or a header a few bytes from
    a ``known`` generation's, which it is then taken to name): a flipped bit there refused the
    whole store, or made every write in it another file's."""
    if contents.header_end == 0 or contents.generation in known:
        return False
    named = damaged_header_names(contents.header_line, known)
    if named is not None:
        contents.generation = named
        return True
    return contents.generation is None


def _new_generation() -> str:
    """A random id, for a compaction's generation or a new library's identity."""
    return os.urandom(8).hex()


def _encode_tables(tables: dict[str, DocTable], meta: Doc) -> tuple[list[bytes], TrustNote]:
    """The whole database as TinyDB's JSON, document by document (so a background compaction
    lets other threads run between documents), and the note of where each table and record
    lies in it. Documents unchanged since the file was read are copied as the bytes they were."""
    chunks: list[bytes] = []
    note = TrustNote()
    offset = 0
    dumps = json.dumps
    named: list[tuple[str, DocTable]] = [
        *((n, d) for n, d in tables.items() if n != META),
        (META, {SINGLETON_KEY: meta}),
    ]
    for name, docs in named:
        head = f"{',' if chunks else '{'}{dumps(name)}:".encode("ascii")
        chunks.append(head)
        offset += len(head)
        start = offset
        keys: list[str] = []
        lengths: list[int] = []
        column_field = NOTED_COLUMNS.get(name)
        column: list[str] = []
        strings = STRING_COLUMNS.get(name, ())
        rows: list[tuple[str | None, ...]] = []
        items = (
            docs.encoded(column_field, strings)
            if isinstance(docs, FileTable)
            else (
                (
                    k,
                    dumps(d, separators=(",", ":")).encode("ascii"),
                    d.get(column_field or ""),
                    tuple(strings_value(d.get(string_field)) for string_field in strings),
                )
                for k, d in docs.items()
            )
        )
        plain_keys = True
        for key, value, column_value, held in items:
            encoded_key = dumps(key)
            plain_keys = plain_keys and len(encoded_key) == len(key) + 2
            lead = f"{',' if keys else '{'}{encoded_key}:".encode("ascii")
            chunks.extend((lead, value))
            offset += len(lead) + len(value)
            keys.append(key)
            lengths.append(len(value))
            if column_field is not None:
                column.append(column_value if isinstance(column_value, str) else "")
            rows.append(held)
        chunks.append(b"}" if keys else b"{}")
        offset += 1 if keys else 2
        note.spans[name] = (start, offset)
        if plain_keys and name != META:
            note.layouts[name] = (keys, lengths)
            noted = note.columns.setdefault(name, {})
            if column_field is not None and all(map(is_valid_id, column)):
                noted[column_field] = ",".join(column)
            string_columns = zip(*rows, strict=True) if rows else (() for _ in strings)
            for string_field, values in zip(strings, string_columns, strict=True):
                if None not in values:  # else a value no column holds: read from its record
                    noted[string_field] = ",".join(cast(tuple[str, ...], values))
    chunks.append(b"}")
    crc = 0
    for chunk in chunks:
        crc = zlib.crc32(chunk, crc)
    note.crc32 = crc
    return chunks, note


def _keep_journal_aside(state: StoreState) -> None:
    """Rename a journal of another version of the file to ``<journal>.unused-<time>`` (its
    writes may be the user's only copy) before compaction starts a new one, and say so."""
    journal = journal_path(state.path)
    kept = journal.with_name(
        f"{journal.name}.unused-{datetime.now(timezone.utc).strftime('%Y%m%dT%H%M%S%fZ')}"
    )
    os.replace(journal, kept)
    fsync_dir(journal.parent)
    state.notices = [
        f"{notice} (kept as {kept})" if notice.startswith(f"{journal}: ") else notice
        for notice in state.notices
    ]


class JournalStorage(Storage):
    """TinyDB storage over a compacted file and its journal; see the module docstring.

    Every change happens in a transaction: the outermost one appends one fsynced journal line
    when it ends, or, when its block raises or the append fails, puts the changed documents
    back as they were and reports their keys to ``on_rollback`` so the caller can realign its
    own caches.
    """

    def __init__(
        self,
        state: StoreState,
        *,
        writable: bool,
        on_rollback: Callable[[set[Key]], None] = lambda keys: None,
        on_file_replaced: Callable[[], None] = lambda: None,
    ) -> None:
        """``on_file_replaced`` is called when a compaction has put a new store file in
        place (the write lock moves to it)."""
        self.path = state.path
        self.journal_path = journal_path(state.path)
        self.writable = writable
        self._tables = state.lazy_tables
        self._generation = state.generation
        self._journal_generation = state.journal_generation
        self._journal_end = state.journal_end
        self._journal_start = state.journal_start
        self._file_size = state.file.size if state.file is not None else 0
        self.file = state.file
        self._file_stamp = state.file.stamp if state.file is not None else None
        """The store file as read or last compacted here: any other is never written over."""
        self._on_rollback = on_rollback
        self._on_file_replaced = on_file_replaced
        self._undo: dict[Key, Doc | None] = {}
        self._depth = 0
        self._journal_fd: int | None = None
        self._unsynced = False  # the journal's last line was written without an fsync
        # Held by every transaction and by the compaction's switch-over; background
        # compaction snapshots under it, then encodes and writes without it.
        self.mutex = threading.RLock()
        self._compacting = threading.Lock()
        self._compactor: threading.Thread | None = None
        self.compactions = 0
        if writable:
            with write_failures_reported(self.journal_path):
                if state.unused_journal:
                    _keep_journal_aside(state)
                if state.journal_missing:  # kept in the file: its next opens seed nothing
                    meta = self._tables.table(META)
                    meta[SINGLETON_KEY] = {**(meta.get(SINGLETON_KEY) or {}), PARTIAL_COPY: True}
                if state.needs_compaction or not state.journal_live:
                    self.compact()
                else:
                    self._open_journal(truncate_to=state.journal_end)

    # -- TinyDB's Storage interface ---------------------------------------------------------

    def read(self) -> Tables:  # type: ignore[override]  # TinyDB only reads these mappings
        """The tables (a fresh top-level dict over the live tables: do not mutate docs)."""
        return dict(self._tables.all())

    def table(self, name: str) -> DocTable:
        """One table's documents by id (each read from the file when used; do not mutate)."""
        return self._tables.get(name) or {}

    def keys(self, name: str) -> list[str]:
        """A table's keys as they are now, taken with writes held off: iterating the live
        table while another thread wrote raised "dictionary changed size during iteration"."""
        with self.mutex:
            return list(self.table(name))

    def keys_where(self, name: str, field: str, value: str) -> list[str]:
        """Keys of a table's documents whose string ``field`` equals ``value``."""
        with self.mutex:
            return self._tables.keys_where(name, field, value)

    def in_order(self, name: str, keys: Collection[str]) -> list[str]:
        """A table's ``keys`` in its iteration order (as :meth:`table` gives them)."""
        with self.mutex:
            return self._tables.in_order(name, keys)

    def index(self, name: str, field: str) -> None:
        """Index a table's hex ``field`` for ``keys_where`` (writes wait meanwhile, so the
        index misses none of them)."""
        with self.mutex:
            self._tables.index(name, field)

    @property
    def version(self) -> str | None:
        """What this storage holds: its file's generation and how far into the journal it is
        (a journal only grows, so the pair names one content), or None before the first
        compaction gives the file a generation."""
        with self.mutex:
            if self._generation is None:
                return None
            return f"{self._generation}:{self._journal_end}"

    def file_doc(self, name: str, key: str) -> Doc | None:
        """A document as the compacted file holds it; LookupError when not known."""
        with self.mutex:
            return self._tables.file_doc(name, key)

    def count_by(self, name: str, field: str) -> dict[str, int]:
        """How many documents of a table have each value of a string field."""
        return self._tables.count_by(name, field)

    def value_lists(self, name: str, field: str) -> dict[tuple[str, ...], int]:
        """Each value a table's documents hold in a field of strings (``STRING_COLUMNS``),
        with how many hold it, in the order of the table (:meth:`LazyTables.value_lists`).
        The columns a note of an earlier version lacks are read from the documents once,
        without holding writes off, and added to the note by a writer (a read-only open never
        writes), so the next open, another process's too, reads no document for them."""
        table = self._tables.get(name)
        fields = STRING_COLUMNS.get(name, ())
        noted: dict[str, str] = {}
        if isinstance(table, FileTable) and field in fields:
            with self.mutex:
                lists = table.value_lists(field)
            if lists is not None:
                return lists
            noted = table.note_strings(table.unnoted(fields))
        with self.mutex:
            lists = self._tables.value_lists(name, field)
        if (
            noted
            and self.writable
            and isinstance(table, FileTable)
            and self._compacting.acquire(blocking=False)  # else a compaction notes them
        ):
            try:
                if table.file_stamp == self._file_stamp:
                    note_columns(self.path, table.file_stamp, name, noted)
            finally:
                self._compacting.release()
        return lists

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        """TinyDB ``Table`` writes hand over the whole database: compact it as the new truth."""
        self._require_writable()
        with self._compacting, self.mutex:
            previous = self._tables
            self._tables = LazyTables(dict(data.items()))
            try:
                self._compact_holding_guard()
            except BaseException:
                self._tables = previous
                raise

    def close(self) -> None:
        """Finish a running compaction, compact if the journal is due, close the journal."""
        self.wait_for_compaction()
        if self.writable and self._journal_fd is not None and self._compaction_due(closing=True):
            # optional, as in the background: the journal holds every committed write, so a
            # full disk here must not be reported as a write that failed
            self._compact_quietly()
        if self._journal_fd is not None:
            if self._unsynced:
                with write_failures_reported(self.journal_path):
                    os.fsync(self._journal_fd)
            os.close(self._journal_fd)
            self._journal_fd = None
        self.writable = False

    # -- the seam the repository writes through ------------------------------------------

    def get(self, table: str, key: str) -> Doc | None:
        return self.table(table).get(key)

    def put(self, table: str, key: str, doc: Doc) -> None:
        """Insert or replace one document."""
        with self.transaction():
            self._remember(table, key)
            self._tables.table(table)[key] = doc

    def delete(self, table: str, keys: list[str]) -> None:
        """Remove documents; absent ones are ignored, and nothing is written if none was there."""
        present = [key for key in keys if key in self.table(table)]
        if not present:
            return
        with self.transaction():
            for key in present:
                self._remember(table, key)
                del self._tables.table(table)[key]

    @contextlib.contextmanager
    def transaction(self, sync: bool = True) -> Iterator[None]:
        """Make every change inside the block one durable write (all or nothing on disk).
        ``sync=False`` (the outermost block's) leaves its fsync to :meth:`sync`, called by
        another thread before the write is acknowledged; the next write fsyncs it first, so
        only the journal's last line is ever unsynced, as while any write is being made."""
        self._require_writable()
        with self.mutex:
            self._depth += 1
            try:
                yield
                if self._depth == 1 and self._undo:
                    self._append(sync)
            except BaseException:
                if self._depth == 1:
                    self._roll_back()
                raise
            finally:
                self._depth -= 1
                if not self._depth:
                    self._undo.clear()
        if not self._depth and self._compaction_due():
            self.compact_in_background()

    @contextlib.contextmanager
    def committed(self) -> Iterator[bool]:
        """Yields True, with writes held off, when no transaction is under way (so what is in
        memory is exactly what is committed); False at once otherwise."""
        acquired = self.mutex.acquire(blocking=False)
        try:
            yield acquired and self._depth == 0
        finally:
            if acquired:
                self.mutex.release()

    def _require_writable(self) -> None:
        if not self.writable:
            raise StoreReadOnly(f"{self.path}: opened read-only or closed; nothing was written")

    def _remember(self, table: str, key: str) -> None:
        if (table, key) not in self._undo:
            self._undo[(table, key)] = self.table(table).get(key)

    def _roll_back(self) -> None:
        for (table, key), old in self._undo.items():
            if old is None:
                self._tables.table(table).pop(key, None)
            else:
                self._tables.table(table)[key] = old
        self._on_rollback(set(self._undo))

    def _append(self, sync: bool = True) -> None:
        """Append the transaction's changes as one line and fsync it: then it is committed
        (without ``sync``, once :meth:`sync` has run)."""
        assert self._journal_fd is not None
        changes = [(table, key, self.table(table).get(key)) for table, key in self._undo]
        line = encode_transaction(changes)
        with write_failures_reported(self.journal_path):
            self._check_journal_in_place()
            try:
                if self._unsynced:  # the line before goes to disk before this one is written
                    os.fsync(self._journal_fd)
                    self._unsynced = False
                view = memoryview(line)
                while view:  # a short write is retried, so a full disk reports its own reason
                    view = view[os.write(self._journal_fd, view) :]
                if sync:
                    os.fsync(self._journal_fd)
            except OSError:
                with contextlib.suppress(OSError):  # never leave a partial line to append to
                    os.ftruncate(self._journal_fd, self._journal_end)
                raise
        self._journal_end += len(line)
        self._unsynced = not sync

    def sync(self) -> None:
        """fsync the line a ``transaction(sync=False)`` wrote, from any thread: writes are not
        held off meanwhile (the app's UI thread writes; the refresh's thread waits for the
        disk). Raises StoreWriteFailed (one line) if the disk refuses."""
        with self.mutex:
            if not self._unsynced or self._journal_fd is None:
                return
            fd, end = os.dup(self._journal_fd), self._journal_end
        try:
            with write_failures_reported(self.journal_path):
                os.fsync(fd)
        finally:
            os.close(fd)
        with self.mutex:
            if self._journal_end == end:  # nothing written since (or it was fsynced)
                self._unsynced = False

    def _check_journal_in_place(self) -> None:
        """Appending to a journal whose folder was deleted or moved would "succeed" into a file
        nobody will read again: refuse instead (the caller reports it in one line)."""
        assert self._journal_fd is not None
        try:
            in_place = os.stat(self.journal_path).st_ino == os.fstat(self._journal_fd).st_ino
        except FileNotFoundError:
            in_place = False
        if not in_place:
            raise FileNotFoundError(2, "the store's journal was moved or deleted")

    def _open_journal(self, truncate_to: int | None = None) -> None:
        fd = os.open(self.journal_path, os.O_WRONLY | os.O_APPEND | getattr(os, "O_BINARY", 0))
        if truncate_to is not None and os.fstat(fd).st_size != truncate_to:
            os.ftruncate(fd, truncate_to)  # drop a torn tail before appending after it
            os.fsync(fd)
        if self._journal_fd is not None:
            os.close(self._journal_fd)
        self._journal_fd = fd

    # -- compaction --------------------------------------------------------------------

    def _compaction_due(self, closing: bool = False) -> bool:
        if closing and self._file_size < COMPACT_ON_CLOSE_BELOW_BYTES:
            return self._journal_end > self._journal_start
        return self._journal_end > max(COMPACT_MIN_JOURNAL_BYTES, self._file_size // 4)

    def compact_in_background(self) -> None:
        """Start a compaction in a thread unless one is running."""
        if self._compactor is not None and self._compactor.is_alive():
            return
        self._compactor = threading.Thread(
            target=self._compact_quietly, name="diplotui-compaction", daemon=False
        )
        self._compactor.start()

    def _compact_quietly(self) -> None:
        # A failed background compaction loses nothing: the journal still holds every change,
        # and the next one (or the next close) tries again.
        with contextlib.suppress(OSError, StoreError):
            self.compact()

    def wait_for_compaction(self) -> None:
        if self._compactor is not None:
            self._compactor.join()
            self._compactor = None

    def compact(self) -> None:
        """Write every table to a fresh TinyDB file atomically and start a new journal.

        Safe at any instant of a crash: the new file records which journal bytes it holds.
        """
        self._require_writable()
        with self._compacting:
            self._compact_holding_guard()

    def _compact_holding_guard(self) -> None:
        """``compact`` once the compaction guard is held (always taken before the mutex)."""
        with self.mutex:
            snapshot: dict[str, DocTable] = {
                name: table.copy() if isinstance(table, FileTable) else dict(table)
                for name, table in self._tables.all().items()
            }
            previous_meta = dict(self.table(META).get(SINGLETON_KEY) or {})
            # where the new file stops in the journal on disk (which may continue an older
            # file than this one), so a kill before the journal is replaced replays the rest
            base, base_offset = self._journal_generation, self._journal_end
        for name, table in snapshot.items():
            if isinstance(table, FileTable):  # the columns a note of an earlier version lacks
                table.note_strings(table.unnoted(STRING_COLUMNS.get(name, ())))
        generation = _new_generation()
        meta = {
            **previous_meta,
            "library": previous_meta.get("library") or _new_generation(),
            "schema": SCHEMA_VERSION,
            "app": "diplotui",
            "generation": generation,
        }
        if base is not None:
            meta.update(base=base, base_offset=base_offset)
        else:
            meta.pop("base", None)
            meta.pop("base_offset", None)
        with gc_paused():
            chunks, note = _encode_tables(snapshot, meta)
        del snapshot
        self._require_own_file()
        with write_failures_reported(self.path):
            atomic_write_bytes(self.path, chunks)
            self._on_file_replaced()
            self._file_stamp = stamp_of(self.path.stat())
            write_trust_stamp(self.path, note)
            with self.mutex:
                self._start_journal(generation, base_offset)
                self._tables.table(META)[SINGLETON_KEY] = meta
        self._file_size = sum(map(len, chunks))
        self.compactions += 1

    def _require_own_file(self) -> None:
        """Refuse to compact over a store file another program changed or replaced since
        it was read here (cut short in place, say): it may be all someone has of it, and
        the journal keeps every write made since."""
        try:
            now: str | None = stamp_of(self.path.stat())
        except FileNotFoundError:
            now = None
        if now != self._file_stamp:
            raise StoreChangedUnder(
                self.path, "it was changed by another program while open, so it is not written over"
            )

    def _start_journal(self, generation: str, carried_from: int) -> None:
        """The new journal: its header, then what was committed after the snapshot."""
        tail = b""
        if self._journal_fd is not None and self._journal_end > carried_from:
            with open(self.journal_path, "rb") as old:
                old.seek(carried_from)
                tail = old.read(self._journal_end - carried_from)
        head = header(generation)
        if self._journal_fd is not None:  # Windows cannot replace a file that is open
            os.close(self._journal_fd)
            self._journal_fd = None
        try:
            atomic_write_bytes(self.journal_path, [head, tail])
        except BaseException:
            # the old journal is intact and the new file says where in it it stopped:
            # appending to it stays correct until a later compaction succeeds
            self._open_journal()
            raise
        self._generation = self._journal_generation = generation
        self._journal_start = len(head)
        self._journal_end = len(head) + len(tail)
        self._unsynced = False  # the new journal was written whole and fsynced
        self._open_journal()
        fsync_dir(self.journal_path.parent)


class StrIdTable(Table):
    """A TinyDB table whose document ids are the records' exact id strings
    (TinyDB's documented ``document_id_class``), so ``0abc`` and ``abc`` never collide."""

    document_id_class = str  # type: ignore[assignment]  # TinyDB's stub says int only

    def _get_next_id(self) -> str:
        """Records bring their own ids; a random 16-hex id for a document inserted without."""
        while True:
            candidate = os.urandom(8).hex()
            if candidate not in self._read_table():
                return candidate


class StoreDB(TinyDB):
    """The store's TinyDB: ``JournalStorage`` underneath, string-keyed tables on top."""

    table_class = StrIdTable

    def __init__(self, storage: JournalStorage) -> None:
        super().__init__(storage=lambda: storage)
        self.journal: JournalStorage = storage

    def transaction(self) -> contextlib.AbstractContextManager[None]:
        return self.journal.transaction()

    def put(self, table: str, key: str, doc: Doc) -> None:
        """Write one document through the journal (the documented bypass of ``Table``)."""
        self.journal.put(table, key, doc)
        self.table(table).clear_cache()

    def delete(self, table: str, keys: list[str]) -> None:
        self.journal.delete(table, keys)
        self.table(table).clear_cache()
