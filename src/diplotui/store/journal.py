"""The append-only journal of committed changes that lies beside the compacted store file.

Format: a header line ``{"journal":1,"generation":G}`` naming the compacted file it continues,
then one line per committed transaction: eight hex digits of the CRC-32 of the JSON that
follows, a space, and a JSON list of ``[table, key, document-or-null]`` changes.

A line is acknowledged only once it and its newline are fsynced, so an unfinished last line
(no newline, a bad checksum or NUL fill from a crash mid-append) was never acknowledged: it is
ignored and reported. A damaged line with good lines after it is not a torn tail but damage,
and the store is refused rather than silently losing what follows.
"""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from diplotui.store.errors import StoreCorrupt

Change = tuple[str, str, "dict[str, Any] | None"]

JOURNAL_FORMAT = 1


@dataclass
class JournalContents:
    """What a journal holds: its generation, the transactions by end offset, and any torn tail."""

    generation: str | None
    header_end: int
    transactions: list[tuple[int, list[Change]]] = field(default_factory=list)
    valid_end: int = 0
    torn_bytes: int = 0


def header(generation: str) -> bytes:
    return json.dumps({"journal": JOURNAL_FORMAT, "generation": generation}).encode() + b"\n"


def encode_transaction(changes: list[Change]) -> bytes:
    """One journal line; ASCII-only JSON, so a lone surrogate can never make a write fail."""
    body = json.dumps(changes, separators=(",", ":")).encode("ascii")
    return b"%08x %s\n" % (zlib.crc32(body), body)


def _decode_line(line: bytes) -> list[Change] | None:
    if len(line) < 10 or line[8:9] != b" ":
        return None
    body = line[9:]
    try:
        if int(line[:8], 16) != zlib.crc32(body):
            return None
        changes = json.loads(body)
    except ValueError:
        return None
    if not isinstance(changes, list):
        return None
    decoded: list[Change] = []
    for change in changes:
        if not (
            isinstance(change, list)
            and len(change) == 3
            and isinstance(change[0], str)
            and isinstance(change[1], str)
            and (change[2] is None or isinstance(change[2], dict))
        ):
            return None
        decoded.append((change[0], change[1], change[2]))
    return decoded


def read_journal(path: Path, raw: bytes) -> JournalContents:
    """Parse a journal's bytes; a torn tail is counted, damage before good lines is refused."""
    first_end = raw.find(b"\n")
    if first_end < 0:
        # the header itself never completed: a journal created by a crashed compaction
        return JournalContents(None, 0, torn_bytes=len(raw))
    try:
        head = json.loads(raw[:first_end])
        generation = head["generation"] if head.get("journal") == JOURNAL_FORMAT else None
    except (ValueError, AttributeError, KeyError, TypeError):
        raise StoreCorrupt(path, "the journal's first line is not a diplotui journal") from None
    if not isinstance(generation, str):
        raise StoreCorrupt(path, "the journal's first line is not a diplotui journal")
    contents = JournalContents(generation, first_end + 1, valid_end=first_end + 1)
    offset = first_end + 1
    bad_at: int | None = None
    while offset < len(raw):
        end = raw.find(b"\n", offset)
        line_end = len(raw) if end < 0 else end + 1
        changes = _decode_line(raw[offset:end]) if end >= 0 else None
        if changes is None:
            bad_at = offset if bad_at is None else bad_at
        elif bad_at is not None:
            raise StoreCorrupt(path, f"the journal is damaged at byte {bad_at}")
        else:
            contents.transactions.append((line_end, changes))
            contents.valid_end = line_end
        offset = line_end
    if bad_at is not None:
        contents.torn_bytes = len(raw) - bad_at
    return contents
