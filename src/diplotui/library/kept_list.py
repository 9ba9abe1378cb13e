"""The kept list snapshot: reading it, for the app's first frame.

Parsing a 10,000-article store takes longer than Textual takes to start. What the list shows
at start (the saved sort, no filter, the saved-filter folders) depends only on the store's
contents, so it is saved in ``<store>.cache/list.json`` with the stamps (size, modification
time, inode) of the store file and its journal (``library.snapshot`` takes and keeps it).
This module reads it and imports nothing of the model, the store's repository or the query
code, so the first frame is drawn without them (~100 M instructions at start).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, overload

from diplotui import __version__
from diplotui.inert import inert_line
from diplotui.library.rows import SORTS, ArticleRow, FolderRow
from diplotui.paths import cache_dir
from diplotui.store.files import canonical_store_path, read_regular_file, store_stamp

SNAPSHOT_NAME = "list.json"
FIRST_ROWS = 150
"""Rows kept in full: more than the tallest terminal shows at three lines a row."""
SNAPSHOT_FORMAT = 5  # 2: rows say whether unread, archived ones left out; 3: ids in one string;
# 4: rows hold their tags apart; 5: a stated day counted nothing from is "2027-06-10?"


@dataclass(frozen=True, slots=True)
class ListSnapshot:
    """The start-up list of one exact version of the store file."""

    store_stamp: str
    sort: str
    ids: Sequence[str]
    rows: dict[str, ArticleRow]
    folders: list[FolderRow]
    open_id: str | None
    current: bool = True
    """Taken of the store as it is now; a stale one is drawn first, then caught up."""
    data: dict[str, Any] | None = field(default=None, repr=False, compare=False)
    """The kept file's data, which catching up patches (it is not read twice)."""

    def row(self, article_id: str) -> ArticleRow:
        """The row of ``article_id``; blank past the first screens, which are never drawn
        before the store is loaded."""
        return self.rows.get(article_id) or ArticleRow(article_id, "", "")


def snapshot_path(store_path: Path) -> Path:
    return cache_dir(store_path) / SNAPSHOT_NAME


def journal_length_then(taken_of: str, now: str) -> int | None:
    """How long the journal was when the snapshot was taken (store stamp ``taken_of``), when
    the store has only had transactions appended to that journal since (stamp ``now``);
    None when the file itself changed (compacted, replaced, edited: nothing says what
    changed) or the journal is another one."""
    then_parts, now_parts = taken_of.split(" "), now.split(" ")
    if len(then_parts) != 6 or len(now_parts) != 6 or then_parts[:3] != now_parts[:3]:
        return None
    if then_parts[5] != now_parts[5] or not then_parts[3].isdigit():
        return None
    return int(then_parts[3])


def ids_data(ids: Sequence[str]) -> str:
    """The list's ids as one string: one JSON string at 100,000 articles parses in a small
    fraction of the time a list of 100,000 strings does (ids are hex, never spaces)."""
    return " ".join(ids)


def ids_of_data(data: object) -> list[str]:
    return list(KeptIds.of_data(data))


class KeptIds(Sequence[str]):
    """The kept ids, split into one string each only when an id past the first screens is
    asked for: at 100,000 articles the split costs 28 M instructions, which the first frame,
    drawing a dozen rows, need not wait for (keys, after it, ask for the rest)."""

    __slots__ = ("_all", "_count", "_first", "_joined")

    def __init__(self, joined: str) -> None:
        self._joined = joined
        self._count = joined.count(" ") + 1 if joined else 0
        self._first = joined.split(" ", FIRST_ROWS)[:FIRST_ROWS] if joined else []
        self._all: list[str] | None = None

    @classmethod
    def of_data(cls, data: object) -> KeptIds:
        if not isinstance(data, str):
            raise TypeError("the ids are not a string")
        return cls(data)

    def _every(self) -> list[str]:
        if self._all is None:
            self._all = self._joined.split(" ") if self._joined else []
        return self._all

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> list[str]: ...
    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, int) and 0 <= index < len(self._first):
            return self._first[index]
        return self._every()[index]

    def __iter__(self) -> Iterator[str]:
        return iter(self._every())

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._every()

    def index(self, article_id: Any, start: int = 0, stop: int = sys.maxsize) -> int:
        return self._every().index(article_id, start, stop)

    def __eq__(self, other: object) -> bool:
        """Equal to a list of the same ids, as the list it stands for would be."""
        if isinstance(other, KeptIds):
            return self._joined == other._joined
        return self._every() == other if isinstance(other, list) else NotImplemented

    __hash__ = None  # type: ignore[assignment]


def row_data(row: ArticleRow) -> list[str | bool | list[str]]:
    return [row.article_id, row.title, row.details, row.unread, list(row.tags)]


def row_of_data(data: list[Any]) -> ArticleRow:
    """A kept row, checked and made inert again (a cache file is data like any other)."""
    article_id, title, details, unread, tags = data
    if not isinstance(tags, list):
        raise TypeError("a row's tags are not a list")
    return ArticleRow(
        inert_line(str(article_id)),
        inert_line(str(title)),
        inert_line(str(details)),
        unread is True,
        tuple(inert_line(str(tag)) for tag in tags),
    )


_STAMP_WITHIN = 512
"""Bytes at the start of a snapshot that hold its store stamp (written right after its
format and version)."""


def read_kept(path: Path, stamp: str | None = None) -> dict[str, Any] | None:
    """The kept snapshot's data; with ``stamp``, only if it was taken of that store version
    (a stale snapshot, 1.5 MB at 100,000 articles, is then recognised unparsed)."""
    try:
        raw = read_regular_file(path)  # a FIFO here must not hang the start
        if stamp is not None and json.dumps(stamp).encode() not in raw[:_STAMP_WITHIN]:
            return None
        data = json.loads(raw.decode("ascii"))  # as written; decoding UTF-8 took 4x longer
    except (OSError, ValueError, RecursionError):  # a list nested too deep ended the start
        return None
    if not isinstance(data, dict) or data.get("format") != SNAPSHOT_FORMAT:
        return None
    if stamp is not None and data.get("store") != stamp:
        return None
    return data if data.get("version") == __version__ else None


def load_snapshot(store_path: Path, *, even_stale: bool = False) -> ListSnapshot | None:
    """The kept start-up list, if it was taken of the store file exactly as it is now; with
    ``even_stale``, also one taken before another process appended to the journal
    (``current`` is then False), which the app draws first and catches up once the store is
    open. A store whose file itself changed since is opened before any frame, as without a
    snapshot: it may be one the app must refuse, which it says before its screen shows."""
    store_path = canonical_store_path(store_path)  # kept beside the real file, not a link
    stamp = store_stamp(store_path)
    if stamp is None:
        return None
    data = read_kept(snapshot_path(store_path), None if even_stale else stamp)
    if data is None:
        return None
    taken_of = data.get("store")
    current = taken_of == stamp
    if not current and (
        not isinstance(taken_of, str) or journal_length_then(taken_of, stamp) is None
    ):
        return None
    return snapshot_of(data, current=current, keep_data=not current)


def snapshot_of(
    data: dict[str, Any], *, current: bool = True, keep_data: bool = False
) -> ListSnapshot | None:
    """The list a snapshot's data describes, or None when it does not hold together."""
    if data.get("sort") not in SORTS or not isinstance(data.get("store"), str):
        return None
    try:  # a cache file is data like any other: it is checked and made inert again
        rows = {str(row[0]): row_of_data(row) for row in data["rows"]}
        folders = [FolderRow(*(inert_line(str(v)) for v in f)) for f in data["folders"]]
        ids = KeptIds.of_data(data["ids"])
        open_id = data["open"]
        return ListSnapshot(
            data["store"],
            str(data["sort"]),
            ids,
            rows,
            folders,
            open_id if isinstance(open_id, str) else None,
            current,
            data if keep_data else None,
        )
    except (KeyError, TypeError, ValueError):
        return None
