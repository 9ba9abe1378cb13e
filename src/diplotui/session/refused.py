"""Typing a dialog could not save as the app ended, said at the next start.

A terminal closed (SIGHUP) or a ``kill`` (SIGTERM) with a dialog open saves what it holds,
as ``ctrl+s`` would; typing the dialog refuses (a tag longer than a tag may be) cannot be
saved, and nobody is left to read why. It was lost without a word. It is kept here instead,
beside the store (``<store>.refused.json``, written atomically and durably), and the next
start that opens the store for writing says it: what was typed, for what, and why it was
refused, so it can be typed again as it may be. Said once, the file goes.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path

from diplotui.inert import inert_line
from diplotui.model import now_iso
from diplotui.session.annotations import fit_in_rows
from diplotui.store.files import atomic_write_bytes, fsync_dir, read_regular_file

MAX_REFUSED_BYTES = 1024 * 1024
"""A refused file larger than this is not read (no dialog's typing comes near it)."""
TYPED_KEPT_CHARS = 16 * 1024
"""The most of the refused typing a record keeps (200 tags of 64 characters are 13,000):
a 3 MB paste into the tag field, the terminal then closed, was kept whole, in a file larger
than the next start reads: said unreadable at every start, and every later refusal was lost
with it. Past it, the record says how much more was typed (a draft keeps it whole)."""


def refused_path(store_path: Path) -> Path:
    """The file of the store's refused typing."""
    return store_path.with_name(store_path.name + ".refused.json")


@dataclass(frozen=True, slots=True)
class Refused:
    """What a dialog held when the app ended, for what (``target``: "the tags typed for
    “Talks”"), why it could not be saved ("tag too long (70 characters, at most 64)"), and
    where the typing is offered again, when it is kept as a draft too (``again``)."""

    target: str
    typed: str
    reason: str
    at: str = field(default_factory=now_iso)
    again: str = ""

    def line(self) -> str:
        """The start's notice (inert: its words are the user's and the file's), in two rows
        where it can be: the target's quoted label cut at a word (four rows hid the reader's
        text), the words typed left out when a draft offers them again, else said whole."""
        head, mark, label = self.target.partition("“")
        rest = self.again or f"What was typed: “{self.typed}”."
        said = fit_in_rows(
            f"As the app ended, {head}", mark + label, f" could not be saved: {self.reason}. {rest}"
        )
        return inert_line(said)


def _read(path: Path) -> list[Refused] | None:
    """The refused typing kept at ``path`` ([] when there is none, None when the file is
    not one this version writes)."""
    try:
        raw = read_regular_file(path)
    except FileNotFoundError:
        return []
    except OSError:
        return None
    if len(raw) > MAX_REFUSED_BYTES:
        return None
    try:
        records = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError):
        return None
    names = {f.name for f in fields(Refused)}
    needed = names - {"again"}  # the first files had none
    if not isinstance(records, list) or not all(
        isinstance(r, dict)
        and needed <= set(r) <= names
        and all(isinstance(v, str) for v in r.values())
        for r in records
    ):
        return None
    return [Refused(**record) for record in records]


def keep_refused(store_path: Path, refused: Refused) -> None:
    """Add ``refused`` to those kept beside the store (raises OSError). A file this version
    cannot read is left as it is, and this one kept in its place only if there is none."""
    path = refused_path(store_path)
    kept = _read(path)
    if kept is None:
        raise OSError(f"{path} is not a file of refused typing diplotui reads: left as it is")
    typed = refused.typed
    if len(typed) > TYPED_KEPT_CHARS:
        more = len(typed) - TYPED_KEPT_CHARS
        typed = f"{typed[:TYPED_KEPT_CHARS]}… ({more:,} more characters typed, not kept here)"
        refused = replace(refused, typed=typed)
    records = [asdict(r) for r in (*kept, refused)]
    atomic_write_bytes(path, json.dumps(records, ensure_ascii=False).encode("utf-8"))


def take_refused(store_path: Path) -> list[str]:
    """The start's notices of the typing kept beside the store, the file removed once they
    are read (only the process holding the store's write lock takes them)."""
    path = refused_path(store_path)
    kept = _read(path)
    if kept is None:
        unread = f"{path}, kept for typing an ended app could not save, could not be read"
        return [inert_line(f"{unread}: left as it is (open it to read it, then remove it).")]
    if not kept:
        return []
    path.unlink()
    fsync_dir(path.parent)
    return [refused.line() for refused in kept]
