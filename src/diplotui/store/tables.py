"""The store's tables in memory, each record read from the file's bytes only when used.

A 100,000-article store file is about 100 MB of JSON; parsing it whole takes seconds and
holds every document as a dict beside the model objects built from it. The file's trust note
(written at compaction, see ``storage.write_trust_stamp``) records each table's keys and the
length of each document in file order, so a table opens as a :class:`FileTable`: the file's
bytes and where each document lies in them. A document is decoded when asked for and not
kept (the repository keeps the model object it builds instead, one copy of each record);
documents written since the file are kept as dicts beside it.
"""

from __future__ import annotations

import bisect
import json
import os
import re
import weakref
from array import array
from collections import Counter
from collections.abc import (
    Callable,
    Collection,
    ItemsView,
    Iterator,
    Mapping,
    MutableMapping,
    Sequence,
)
from dataclasses import dataclass
from itertools import accumulate, repeat
from operator import add
from pathlib import Path

from diplotui.store.collection import gc_paused
from diplotui.store.errors import StoreChangedUnder, StoreCorrupt
from diplotui.store.files import distrust_note, open_regular_file, stamp_of
from diplotui.store.journal import Change
from diplotui.store.records import Doc, Tables

Span = tuple[int, int]
Layout = tuple[list[str], Sequence[int]]
"""A table's keys in file order and the byte length of each key's document."""
DocTable = MutableMapping[str, Doc]


REREAD_FROM_BYTES = 1 << 20
"""A store file this large is not kept in memory once opened: its documents are read again
from the open file (which a compaction replaces, never changes, so it stays the same)."""


TAGS = "tags"
TAG_SEPARATOR = "\t"
NOTE_STEP = 4096  # documents read at once when their tags are noted: a few MB, not the table


_ESCAPE = re.compile(r"%([0-9a-f]{6})")


def tags_value(tags: object) -> str | None:
    """A document's tags as the trust note's column holds them (``""`` for none), each with
    what the column cannot hold written as ``%`` and its code point: a comma (which divides
    the column's values), a tab (which divides a document's tags), a line break, a lone
    surrogate (no tag typed in diplotui holds one: ``tags.clean_tag``; another program's may),
    and an empty tag as ``%`` alone. None for tags that are no list of strings."""
    if not tags:
        return ""
    if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
        return None
    return TAG_SEPARATOR.join(map(_escaped, tags))


def _escaped(tag: str) -> str:
    if tag.isprintable() and "%" not in tag and "," not in tag:
        return tag or "%"
    return "".join(c if c.isprintable() and c not in "%," else f"%{ord(c):06x}" for c in tag)


def noted_tags(value: str) -> tuple[str, ...]:
    """The tags of a document as the column holds them (:func:`tags_value`)."""
    if not value:
        return ()
    held = value.split(TAG_SEPARATOR)
    if "%" not in value:
        return tuple(held)
    return tuple(
        "" if tag == "%" else _ESCAPE.sub(lambda code: chr(int(code[1], 16)), tag) for tag in held
    )


def _tags_in(raw: bytes) -> str | None:
    """The tags of a document's bytes as the column holds them (None: not noted)."""
    try:
        doc = json.loads(raw)
    except ValueError:
        return None
    return tags_value(doc.get(TAGS)) if isinstance(doc, dict) else None


class FileBytes:
    """The bytes of the store file as it was opened: held in memory for a small file (or
    where ``os.pread`` is missing, as on Windows, which cannot replace an open file either);
    for a large one, read again from the open file when needed, so a 100 MB library does not
    cost 100 MB of memory (the kernel's page cache serves it)."""

    def __init__(
        self, path: Path, size: int, raw: bytes, fd: int | None, info: os.stat_result | None = None
    ) -> None:
        self.path = path
        self.size = size
        self._raw = raw
        self._fd = fd
        self._modified_ns = info.st_mtime_ns if info is not None else 0
        self._stamp = stamp_of(info) if info is not None else ""
        self._copy: Path | None = None  # read instead of the file, once that changed under us
        self.stand_in: Callable[[], Path | None] | None = None
        """Where a copy of these very bytes is (the backup of the file's generation): read
        in the file's place if another program cuts the file short while it is open."""
        self.on_changed: Callable[[str], None] | None = None
        """Told once, in one line, when the file changed under us and the copy is read."""
        if fd is not None:
            weakref.finalize(self, os.close, fd)

    @classmethod
    def open(cls, path: Path) -> tuple[FileBytes, os.stat_result]:
        """Open ``path`` (reading it now unless it is large) and tell its status."""
        fd = open_regular_file(path)
        try:
            info = os.fstat(fd)
            if info.st_size >= REREAD_FROM_BYTES and hasattr(os, "pread"):
                return cls(path, info.st_size, b"", fd, info), info
            with open(fd, "rb", closefd=False) as handle:
                raw = handle.read()
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)
        return cls(path, len(raw), raw, None, info), info

    def content(self) -> bytes:
        """Every byte of the file."""
        return self._raw if self._fd is None else self.slice(0, self.size)

    def slice(self, start: int, end: int) -> bytes:
        if self._fd is None:
            return self._raw[start:end]
        data = os.pread(self._fd, end - start, start)
        if len(data) != end - start and self.read_copy():
            data = os.pread(self._fd, end - start, start)
        if len(data) != end - start:
            raise StoreChangedUnder(self.path, "it was cut short by another program while open")
        return data

    def read_copy(self) -> bool:
        """If another program changed the open file (cut it short, or wrote it in place:
        its size or time is not what it was), read on from a copy of the bytes it had, the
        backup of its generation: a running app's records not read yet were lost with them
        and it ended. True when the copy is read from now on; False when the file is as it
        was opened (a flipped bit: the caller's own error). StoreChangedUnder without a copy."""
        if self._fd is None or self._copy is not None:
            return False
        info = os.fstat(self._fd)
        if (info.st_size, info.st_mtime_ns) == (self.size, self._modified_ns):
            return False
        copy = self.stand_in() if self.stand_in is not None else None
        try:
            fd = open_regular_file(copy) if copy is not None else None
        except OSError:
            fd = None
        if copy is None or fd is None or os.fstat(fd).st_size != self.size:
            if fd is not None:
                os.close(fd)
            raise StoreChangedUnder(
                self.path,
                "it was cut short or rewritten by another program while open, and no backup "
                "holds it",
            )
        weakref.finalize(self, os.close, fd)  # the file's own descriptor stays open till then
        self._fd, self._copy = fd, copy
        if self.on_changed is not None:
            how = "cut short" if info.st_size < self.size else "changed"
            self.on_changed(
                f"{self.path}: {how} by another program while open; its records are read "
                f"from its backup {copy.name}, and it is not written over (run 'diplotui "
                "doctor' once diplotui is closed)"
            )
        return True

    @property
    def stamp(self) -> str:
        """The file's stamp as it was opened (``files.stamp_of``)."""
        return self._stamp

    @property
    def changed_under(self) -> bool:
        """Whether the file changed under us (its backup is read in its place)."""
        return self._copy is not None


@dataclass(frozen=True, slots=True)
class Places:
    """Where each document of a table lies in the file's bytes: key -> its number, and the
    numbered documents' start and end offsets (arrays: 16 bytes a document)."""

    numbers: dict[str, int]
    starts: array[int]
    ends: array[int]

    def span(self, key: str) -> Span:
        number = self.numbers[key]
        return self.starts[number], self.ends[number]


def places_of(span: Span, layout: Layout) -> Places | None:
    """Where each document of a table lies, from the table's span and layout, or None when
    they do not fit together (a note that does not describe this file).

    The table is our own compact JSON, ``{"k0":{...},"k1":{...}}`` with hex keys, so each
    document starts right after ``"key":`` and the next key follows a comma.
    """
    keys, lengths = layout
    start, end = span
    if len(keys) != len(lengths) or (lengths and min(lengths) < 2):
        return None
    # document n starts after "{" (or the comma), the keys and documents before it and its
    # own "key": ; each key adds its length and 4 bytes (two quotes, a colon, a comma)
    heads = [len(key) + 3 for key in keys]
    before = accumulate(map(add, map(add, heads, lengths), repeat(1, len(keys))), initial=start + 1)
    starts = array("q", map(add, before, heads))
    ends = array("q", map(add, starts, lengths))
    closing = ends[-1] + 1 if keys else start + 2
    numbers = dict(zip(keys, range(len(keys)), strict=True))
    if closing != end or len(numbers) != len(keys):
        return None
    return Places(numbers, starts, ends)


class FileTable(MutableMapping[str, Doc]):
    """One table's documents: those of the file, decoded on access, and those written since.

    Iteration follows the file's order, then the order new keys were added, as a dict would.
    Documents returned must not be mutated (a file document is a fresh dict on each access,
    a written one is the live one).
    """

    def __init__(
        self,
        file: FileBytes,
        span: Span,
        places: Places,
        columns: Mapping[str, str | Callable[[], str | None]] | None = None,
    ) -> None:
        self._bytes = file
        self._span = span
        self._places = places
        self._file = places.numbers
        self._columns = dict(columns or {})
        """Field -> its value for each file document in file order, comma-joined (the trust
        note's noted column), split when first used; or what reads them then (a column no
        open needs, checked and read from the note only when used: ``storage.OPEN_COLUMNS``)."""
        self._docs: dict[str, Doc] = {}  # written since the file: replaced or new
        self._gone: set[str] = set()  # file keys deleted since
        self._new: dict[str, None] = {}  # present keys the file does not have, in order
        self._indexes: dict[str, dict[str, list[str]]] = {}

    def copy(self) -> FileTable:
        """A copy to compact from while writes go on (shares the file's bytes)."""
        other = FileTable(self._bytes, self._span, self._places, self._columns)
        other._docs, other._gone, other._new = dict(self._docs), set(self._gone), dict(self._new)
        return other

    def _column(self, field: str) -> list[str] | None:
        """Each file document's ``field`` in file order, from the trust note; None when the
        note has no such column (or one that does not fit the table)."""
        joined = self._columns.get(field)
        if callable(joined):
            joined = joined()
        if joined is None:
            self._columns.pop(field, None)
            return None
        # one document's empty value ("", an article with no tags) is a column too
        values = joined.split(",") if joined or self._file else []
        if len(values) != len(self._file):
            del self._columns[field]
            return None
        return values

    def file_doc(self, key: str) -> Doc | None:
        """The document as the file holds it (whatever was written since), or None."""
        return self._decode(key) if key in self._file else None

    def raw(self, key: str) -> bytes:
        """A file document's bytes as the file holds them."""
        return self._bytes.slice(*self._places.span(key))

    def _decode(self, key: str) -> Doc:
        for _ in range(2):
            try:
                doc = json.loads(self.raw(key))
            except ValueError:
                doc = None
            if isinstance(doc, dict):
                return doc
            if not self._bytes.read_copy():  # a file rewritten under us: its copy is read
                break
        raise self.damaged(key)

    def damaged(self, key: str) -> StoreCorrupt:
        """A document the trust note vouched for is no JSON object, or not its record: the
        file was changed in place (a flipped bit keeps its size, time and inode). The note is
        distrusted, so the next open salvages every record it can."""
        distrust_note(self._bytes.path)
        return StoreCorrupt(
            self._bytes.path,
            f"record {key} was changed in place since the file was checked; run the command "
            "again: the next open checks every record and sets a damaged one aside",
        )

    def _table_bytes(self) -> tuple[bytes, int]:
        """The table's JSON as in the file, and the file offset it starts at."""
        start, end = self._span
        return self._bytes.slice(start, end), start

    def items(self) -> ItemsView[str, Doc]:
        """Every document, the table read from the file once (not once per document)."""
        return _Items(self)

    def decoded(self) -> Iterator[tuple[str, Doc]]:
        data, base = self._table_bytes()
        view, numbers = memoryview(data), self._file
        starts, ends = self._places.starts, self._places.ends
        loads = json.loads
        for key in self:
            doc = self._docs.get(key)
            if doc is None:
                number = numbers[key]
                try:
                    doc = loads(str(view[starts[number] - base : ends[number] - base], "utf-8"))
                except ValueError:
                    doc = None
                if not isinstance(doc, dict):
                    raise self.damaged(key)
            yield key, doc

    def __getitem__(self, key: str) -> Doc:
        doc = self._docs.get(key)
        if doc is not None:
            return doc
        if key in self._gone:
            raise KeyError(key)
        if key not in self._file:
            raise KeyError(key)
        return self._decode(key)

    def __contains__(self, key: object) -> bool:
        return key in self._docs or (key in self._file and key not in self._gone)

    def __setitem__(self, key: str, doc: Doc) -> None:
        if self._indexes:
            self._unindex(key)
        self._docs[key] = doc
        if key in self._file:
            self._gone.discard(key)
        else:
            self._new[key] = None
        for field, index in self._indexes.items():
            value = doc.get(field)
            if isinstance(value, str):
                index.setdefault(value, []).append(key)

    def __delitem__(self, key: str) -> None:
        if key not in self:
            raise KeyError(key)
        if self._indexes:
            self._unindex(key)
        self._docs.pop(key, None)
        if key in self._file:
            self._gone.add(key)
        else:
            del self._new[key]

    def __iter__(self) -> Iterator[str]:
        gone = self._gone
        if gone:
            yield from (key for key in self._file if key not in gone)
        else:
            yield from self._file
        yield from self._new

    def __len__(self) -> int:
        return len(self._file) - len(self._gone) + len(self._new)

    def in_order(self, keys: Collection[str]) -> list[str]:
        """``keys`` (present ones) in the order iteration gives them: file order, then the
        order new keys came in (an index lists a document replaced since the file among the
        new ones)."""
        numbers, later = self._file, len(self._file)
        new = {key: later + n for n, key in enumerate(self._new)} if self._new else {}
        return sorted(keys, key=lambda key: numbers[key] if key in numbers else new[key])

    # -- whole-table reads without decoding every document -----------------------------------

    def encoded(
        self, field: str | None = None, *, tags: bool = False
    ) -> Iterator[tuple[str, bytes, object, str | None]]:
        """Every document as compact JSON (the file's bytes for those unchanged since), with
        its ``field`` value (None without a field) and, with ``tags``, its tags as the column
        holds them (:func:`tags_value`; else None) for the next trust note's columns. Tags
        not noted yet are read from each document once, by the compaction that notes them."""
        dumps = json.dumps
        data, base = self._table_bytes()
        numbers, starts, ends = self._file, self._places.starts, self._places.ends
        column = self._column(field) if field is not None else None
        tag_column = self._column(TAGS) if tags else None
        pattern = re.compile(rb'"%s":"([0-9a-f]+)"' % re.escape((field or "").encode()))
        for key in self:
            doc = self._docs.get(key)
            if doc is None:
                number = numbers[key]
                raw = data[starts[number] - base : ends[number] - base]
                value: object = None
                if column is not None:
                    value = column[number]
                elif field is not None:
                    found = pattern.search(raw)
                    value = found.group(1).decode("ascii") if found else None
                held = None
                if tag_column is not None:
                    held = tag_column[number]
                elif tags:
                    held = _tags_in(raw)
                yield key, raw, value, held
            else:
                yield (
                    key,
                    dumps(doc, separators=(",", ":")).encode("ascii"),
                    doc.get(field) if field is not None else None,
                    tags_value(doc.get(TAGS)) if tags else None,
                )

    def tag_lists(self) -> dict[tuple[str, ...], int] | None:
        """Each list of tags the table's documents hold, with how many hold it, in the order
        the documents come in (:meth:`__iter__`): from the note's column, corrected for what
        was written since; None when a document's tags cannot be noted (:func:`tags_value`)."""
        noted = self._column(TAGS)
        if noted is None:
            noted = self._note_tags()
            if noted is None:
                return None
        column: list[str | tuple[str, ...]] = list(noted)
        numbers = self._file
        for key in self._gone:
            column[numbers[key]] = ""
        for key, doc in self._docs.items():
            if key in numbers:  # replaced since: counted where iteration gives it
                column[numbers[key]] = tuple(doc.get(TAGS) or ())
        column += [tuple(self._docs[key].get(TAGS) or ()) for key in self._new]
        lists: dict[tuple[str, ...], int] = {}
        for value, count in Counter(column).items():  # C: a few ms at 250,000 documents
            held = value if isinstance(value, tuple) else noted_tags(value)
            if held:
                lists[held] = lists.get(held, 0) + count
        return lists

    def _note_tags(self) -> list[str] | None:
        """Each file document's tags, read from the file once (about 1 s at 250,000, a few
        thousand documents at a time) where the note has none (an earlier version wrote it),
        and kept as its column (:meth:`noted`): counts are read from it from then on."""
        starts, ends = self._places.starts, self._places.ends
        values: list[str] = []
        for first in range(0, len(starts), NOTE_STEP):
            last = min(first + NOTE_STEP, len(starts)) - 1
            base = starts[first]
            data = self._bytes.slice(base, ends[last])
            for number in range(first, last + 1):
                held = _tags_in(data[starts[number] - base : ends[number] - base])
                if held is None:
                    return None
                values.append(held)
        self._columns[TAGS] = ",".join(values)
        return values

    def noted(self, field: str) -> str | None:
        """The column of ``field`` as the note holds it (comma-joined), if it is read: what
        a note written without it can be given (``storage.JournalStorage.tag_lists``)."""
        joined = self._columns.get(field)
        return joined if isinstance(joined, str) else None

    @property
    def file_stamp(self) -> str:
        """The stamp of the file whose documents these are (``files.stamp_of``)."""
        return self._bytes.stamp

    def _stale(self) -> Iterator[str]:
        """File keys whose document in the file is no longer the current one."""
        yield from self._gone
        yield from (key for key in self._docs if key in self._file)

    def count_by(self, field: str) -> dict[str, int]:
        """How many documents have each (hex) value of ``field``: read from the file's bytes
        with a regular expression (in our compact JSON ``"field":"`` can only be a key, as
        quotes inside strings are escaped), then corrected for what was written since."""
        index = self._indexes.get(field)
        if index is not None:
            return {value: len(keys) for value, keys in index.items()}
        column = self._column(field)
        counts: dict[str, int]
        if column is not None:
            counts = dict(Counter(column))
        else:
            pattern = re.compile(rb'"%s":"([0-9a-f]+)"' % re.escape(field.encode()))
            counts = {}
            for value in pattern.findall(self._table_bytes()[0]):
                key = value.decode("ascii")
                counts[key] = counts.get(key, 0) + 1
        for key in self._stale():
            value = self._decode(key).get(field)
            if isinstance(value, str) and counts.get(value, 0) > 0:
                counts[value] -= 1
                if not counts[value]:
                    del counts[value]
        for doc in self._docs.values():
            value = doc.get(field)
            if isinstance(value, str):
                counts[value] = counts.get(value, 0) + 1
        return counts

    def keys_where(self, field: str, value: str) -> list[str]:
        """Keys of the documents whose (hex) ``field`` is ``value``: from the field's index
        when :meth:`index` built one, else by searching the file's bytes for it."""
        index = self._indexes.get(field)
        if index is None and field in self._columns:
            self.index(field)  # from the note's column: milliseconds, and kept from then on
            index = self._indexes.get(field)
        if index is None:
            return self._scan(field, value).get(value, [])
        return list(index.get(value, ()))

    def index(self, field: str) -> None:
        """Index every value of the (hex) ``field``, which later writes keep current: from
        the trust note's column where it has one (about 20 ms at 100,000 documents), else
        read from the file's bytes (about 0.3 s)."""
        if field in self._indexes:
            return
        column = self._column(field)
        if column is None:
            self._indexes[field] = self._scan(field, None)
            return
        stale = set(self._stale())
        found: dict[str, list[str]] = {}
        with gc_paused():
            for key, value in zip(self._file, column, strict=True):
                if value and key not in stale:
                    found.setdefault(value, []).append(key)
            for key, doc in self._docs.items():
                current = doc.get(field)
                if isinstance(current, str):
                    found.setdefault(current, []).append(key)
        self._indexes[field] = found

    def _scan(self, field: str, value: str | None) -> dict[str, list[str]]:
        """Keys by value of ``field``, for one value or (None) every one: the file's bytes are
        searched (in our compact JSON ``"field":"`` can only be a key, as quotes inside
        strings are escaped), then corrected for what was written since."""
        keys, starts = list(self._file), self._places.starts
        data, base = self._table_bytes()
        wanted = b"[0-9a-f]+" if value is None else re.escape(value.encode())
        pattern = re.compile(rb'"%s":"(%s)"' % (re.escape(field.encode()), wanted))
        stale = set(self._stale())
        found: dict[str, list[str]] = {}
        with gc_paused():
            for match in pattern.finditer(data):
                key = keys[bisect.bisect_right(starts, base + match.start()) - 1]
                if key not in stale:
                    found.setdefault(match.group(1).decode("ascii"), []).append(key)
            for key, doc in self._docs.items():
                current = doc.get(field)
                if isinstance(current, str) and (value is None or current == value):
                    found.setdefault(current, []).append(key)
        return found

    def _unindex(self, key: str) -> None:
        """Take ``key``'s current document out of the kept indexes (before it changes)."""
        if key not in self:
            return
        doc = self[key]
        for field, index in self._indexes.items():
            value = doc.get(field)
            if not isinstance(value, str):
                continue
            holders = index.get(value)
            if holders is not None and key in holders:
                holders.remove(key)
                if not holders:
                    del index[value]


class _Items(ItemsView[str, Doc]):
    """A file table's items, decoded from one read of the table."""

    _mapping: FileTable

    def __iter__(self) -> Iterator[tuple[str, Doc]]:
        return self._mapping.decoded()


class LazyTables:
    """Named tables (id -> documents): record tables read from the file as ``FileTable``\\ s,
    small tables and tables of a file without a trust note as plain dicts."""

    def __init__(self, tables: Tables) -> None:
        self._tables = tables
        self._parsed_from_file = {n for n, t in tables.items() if not isinstance(t, FileTable)}

    def file_doc(self, name: str, key: str) -> Doc | None:
        """A document as the file holds it (None if the file has none); LookupError when
        that is no longer known (a table parsed whole keeps only its current documents)."""
        table = self._tables.get(name)
        if isinstance(table, FileTable):
            return table.file_doc(key)
        if name in self._parsed_from_file:
            raise LookupError(name)
        return None

    def names(self) -> list[str]:
        return list(self._tables)

    def get(self, name: str) -> DocTable | None:
        """The table, or None when there is no such table."""
        return self._tables.get(name)

    def table(self, name: str) -> DocTable:
        """The table, created empty if there is none."""
        return self._tables.setdefault(name, {})

    def apply(self, changes: list[Change]) -> None:
        """Apply journal changes (checked already)."""
        for name, key, doc in changes:
            table = self.table(name)
            if doc is None:
                table.pop(key, None)
            else:
                table[key] = doc

    def count_by(self, name: str, field: str) -> dict[str, int]:
        """How many documents of the table have each value of the string ``field``."""
        table = self._tables.get(name)
        if isinstance(table, FileTable):
            return table.count_by(field)
        counts: dict[str, int] = {}
        for doc in (table or {}).values():
            counts[doc[field]] = counts.get(doc[field], 0) + 1
        return counts

    def tag_lists(self, name: str) -> dict[tuple[str, ...], int]:
        """Each list of tags the table's documents hold, with how many hold it, in the order
        the documents come in: a file table's from its noted column, without decoding a
        document (:meth:`FileTable.tag_lists`)."""
        table = self._tables.get(name)
        if isinstance(table, FileTable):
            noted = table.tag_lists()
            if noted is not None:
                return noted
        lists: dict[tuple[str, ...], int] = {}
        for _key, doc in (table or {}).items():
            held = tuple(doc.get(TAGS) or ())
            if held:
                lists[held] = lists.get(held, 0) + 1
        return lists

    def keys_where(self, name: str, field: str, value: str) -> list[str]:
        """Keys of the table's documents whose string ``field`` equals ``value``."""
        table = self._tables.get(name)
        if isinstance(table, FileTable):
            return table.keys_where(field, value)
        return [key for key, doc in (table or {}).items() if doc.get(field) == value]

    def in_order(self, name: str, keys: Collection[str]) -> list[str]:
        """The table's ``keys`` in the order iterating the table gives them."""
        table = self._tables.get(name)
        if isinstance(table, FileTable):
            return table.in_order(keys)
        wanted = set(keys)
        return [key for key in table or {} if key in wanted]

    def index(self, name: str, field: str) -> None:
        """Keep an index of a file table's hex ``field`` for ``keys_where``."""
        table = self._tables.get(name)
        if isinstance(table, FileTable):
            table.index(field)

    def all(self) -> Tables:
        """Every table (file tables stay lazy mappings)."""
        return self._tables
