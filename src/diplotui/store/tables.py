"""The store's tables in memory, each parsed from the file only when first used.

A 20,000-article store file is about 20 MB of JSON, and parsing it is most of what a CLI
command would spend; ``diplotui tag`` needs the articles table, not the highlights. The file's
trust note (written at compaction, see ``storage.write_trust_stamp``) records where each
table's JSON lies in the file, so each table is parsed from its own slice on first use.
Journal changes to a table not parsed yet wait, in order, until it is.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterable

from diplotui.store.journal import Change
from diplotui.store.records import Doc, Tables, gc_paused

Span = tuple[int, int]


class LazyTables:
    """Named tables (id -> document dicts), some still unparsed slices of the file."""

    def __init__(self, parsed: Tables, raw: bytes = b"", spans: dict[str, Span] | None = None):
        self._parsed = parsed
        self._raw = raw
        self._spans = {n: s for n, s in (spans or {}).items() if n not in parsed}
        self._pending: dict[str, list[Change]] = {}
        self._parsing = threading.Lock()

    def names(self) -> list[str]:
        return [*self._parsed, *(n for n in self._spans if n not in self._parsed)]

    def is_parsed(self, name: str) -> bool:
        return name not in self._spans

    def get(self, name: str) -> dict[str, Doc] | None:
        """The table (parsed now if it was not), or None when there is no such table."""
        if name in self._spans:
            self._parse(name)
        return self._parsed.get(name)

    def table(self, name: str) -> dict[str, Doc]:
        """The table, created empty if there is none."""
        found = self.get(name)
        return found if found is not None else self._parsed.setdefault(name, {})

    def apply(self, changes: Iterable[Change]) -> None:
        """Apply journal changes (checked already); those for unparsed tables wait."""
        for change in changes:
            name = change[0]
            if name in self._spans:
                self._pending.setdefault(name, []).append(change)
            else:
                _apply_one(self._parsed.setdefault(name, {}), change)

    def raw_slice(self, name: str) -> bytes | None:
        """An unparsed, unchanged table's JSON exactly as in the file (for compaction)."""
        if name in self._spans and name not in self._pending:
            start, end = self._spans[name]
            return self._raw[start:end]
        return None

    def count_by(self, name: str, field: str) -> dict[str, int]:
        """How many documents of the table have each value of the string ``field``, without
        parsing a table that is still an unchanged slice of the file: the file is our own
        compact JSON, where ``"field":"`` can only be a key (quotes inside strings are
        escaped), and ids are hex."""
        counts: dict[str, int] = {}
        raw = self.raw_slice(name)
        if raw is not None:
            pattern = re.compile(rb'"%s":"([0-9a-f]+)"' % re.escape(field.encode()))
            for value in pattern.findall(raw):
                key = value.decode("ascii")
                counts[key] = counts.get(key, 0) + 1
            return counts
        for doc in (self.get(name) or {}).values():
            counts[doc[field]] = counts.get(doc[field], 0) + 1
        return counts

    def count_where(self, name: str, field: str, value: str) -> int:
        """How many documents of the table have ``field`` equal to the hex ``value`` (read from
        an unparsed slice without parsing it, as ``count_by`` does)."""
        raw = self.raw_slice(name)
        if raw is not None:
            return raw.count(b'"%s":"%s"' % (field.encode(), value.encode()))
        return sum(doc[field] == value for doc in (self.get(name) or {}).values())

    def all(self) -> Tables:
        """Every table, parsed."""
        for name in list(self._spans):
            self._parse(name)
        return self._parsed

    def _parse(self, name: str) -> None:
        with self._parsing:
            if name not in self._spans:
                return  # another thread got here first
            start, end = self._spans[name]
            with gc_paused():  # decoded straight from the file's bytes: no copy of the slice
                table = json.loads(str(memoryview(self._raw)[start:end], "utf-8"))
            for change in self._pending.pop(name, []):
                _apply_one(table, change)
            self._parsed[name] = table
            del self._spans[name]
            if not self._spans:
                self._raw = b""  # every table is parsed: the file's bytes can go


def _apply_one(table: dict[str, Doc], change: Change) -> None:
    _, key, doc = change
    if doc is None:
        table.pop(key, None)
    else:
        table[key] = doc
