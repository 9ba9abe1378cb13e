"""The append-only journal of committed changes that lies beside the compacted store file.

Format: a header line ``{"journal":1,"generation":G}`` naming the compacted file it continues,
then one line per committed transaction: eight hex digits of the CRC-32 of the JSON that
follows, a space, and a JSON list of ``[table, key, document-or-null]`` changes.

A line is acknowledged only once it and its newline are fsynced, so an unfinished last line
(no newline, a bad checksum or NUL fill from a crash mid-append) was never acknowledged: it is
ignored and reported. A damaged line with good lines after it is not a torn tail but damage
(a bit flip, a hand edit): it is returned with its bytes, for the store to set aside and name,
and every good line around it is kept. A damaged header is no reason to refuse the journal:
``damaged_header_names`` says which file it continues when it is a few bytes from that file's.
"""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass, field
from typing import Any

Change = tuple[str, str, "dict[str, Any] | None"]

JOURNAL_FORMAT = 1
HEADER_DAMAGE_LIMIT = 4
"""Bytes a header may differ by from a file's and still name it: generations are 16 random hex
digits, so another file's header differs in about 15 and a flipped bit or two in 1-2."""


@dataclass(frozen=True)
class DamagedLine:
    """A line that is not a transaction, with good lines after it: where, its bytes, why."""

    offset: int
    raw: bytes
    reason: str


@dataclass
class JournalContents:
    """What a journal holds: its generation, the transactions by end offset, damaged lines
    among them, and any torn tail."""

    generation: str | None
    header_end: int
    header_line: bytes = b""
    transactions: list[tuple[int, list[Change]]] = field(default_factory=list)
    valid_end: int = 0
    torn_bytes: int = 0
    damaged: list[DamagedLine] = field(default_factory=list)


def header(generation: str) -> bytes:
    return json.dumps({"journal": JOURNAL_FORMAT, "generation": generation}).encode() + b"\n"


def encode_transaction(changes: list[Change]) -> bytes:
    """One journal line; ASCII-only JSON, so a lone surrogate can never make a write fail."""
    body = json.dumps(changes, separators=(",", ":")).encode("ascii")
    return b"%08x %s\n" % (zlib.crc32(body), body)


def _decode_line(line: bytes) -> list[Change] | str:
    """The line's changes, or why it holds none."""
    if len(line) < 10 or line[8:9] != b" ":
        return "it is not a checksummed journal line"
    body = line[9:]
    try:
        if int(line[:8], 16) != zlib.crc32(body):
            return "its checksum does not match its bytes"
        changes = json.loads(body)
    except RecursionError:  # every command ended in a traceback
        return "its changes are nested too deep"
    except ValueError:
        return "it is not a checksummed journal line"
    if not isinstance(changes, list):
        return "its changes are malformed"
    decoded: list[Change] = []
    for change in changes:
        if not (
            isinstance(change, list)
            and len(change) == 3
            and isinstance(change[0], str)
            and isinstance(change[1], str)
            and (change[2] is None or isinstance(change[2], dict))
        ):
            return "its changes are malformed"
        decoded.append((change[0], change[1], change[2]))
    return decoded


def _generation_in(line: bytes) -> str | None:
    try:
        head = json.loads(line)
        generation = head["generation"] if head.get("journal") == JOURNAL_FORMAT else None
    except (ValueError, AttributeError, KeyError, TypeError, RecursionError):
        return None
    return generation if isinstance(generation, str) else None


def newer_format(line: bytes) -> int | None:
    """The journal format a first line names when a newer diplotui wrote it, else None: a
    well-formed header of a later format is no damage, and its lines no writes of ours."""
    try:
        head = json.loads(line)
    except (ValueError, RecursionError):
        return None
    found = head.get("journal") if isinstance(head, dict) else None
    if isinstance(found, int) and not isinstance(found, bool) and found > JOURNAL_FORMAT:
        return found
    return None


def damaged_header_names(line: bytes, generations: list[str]) -> str | None:
    """The one generation whose header ``line`` differs from in a few bytes, if any."""
    near = [
        generation
        for generation in generations
        if len(expected := header(generation).rstrip(b"\n")) == len(line)
        and sum(a != b for a, b in zip(expected, line, strict=True)) <= HEADER_DAMAGE_LIMIT
    ]
    return near[0] if len(set(near)) == 1 else None


def read_journal(raw: bytes) -> JournalContents:
    """Parse a journal's bytes; a torn tail is counted, damaged lines before good ones are
    listed; a header that is not one leaves ``generation`` None, with the line kept."""
    first_end = raw.find(b"\n")
    if first_end < 0:
        # the header itself never completed: a journal created by a crashed compaction
        return JournalContents(None, 0, torn_bytes=len(raw))
    header_line = raw[:first_end]
    contents = JournalContents(
        _generation_in(header_line), first_end + 1, header_line, valid_end=first_end + 1
    )
    offset = first_end + 1
    unconfirmed: list[DamagedLine] = []  # bad lines with no good line after them (yet)
    while offset < len(raw):
        end = raw.find(b"\n", offset)
        line_end = len(raw) if end < 0 else end + 1
        line = raw[offset : line_end if end < 0 else end]
        changes = _decode_line(line) if end >= 0 else "it has no end of line"
        if isinstance(changes, str):
            unconfirmed.append(DamagedLine(offset, line, changes))
        else:
            contents.damaged.extend(unconfirmed)
            unconfirmed.clear()
            contents.transactions.append((line_end, changes))
            contents.valid_end = line_end
        offset = line_end
    if unconfirmed:
        contents.torn_bytes = len(raw) - unconfirmed[0].offset
    return contents
