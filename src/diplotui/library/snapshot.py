"""The list's first screen, kept beside the store so a large library paints at once.

Parsing a 10,000-article store takes longer than Textual takes to start. What the list shows
at start (the saved sort, no filter, the saved-filter folders) depends only on the store's
contents, so it is saved in ``<store>.cache/list.json`` with the store file's stamp (size,
modification time, inode). When the stamp still matches, the app draws the list from it and
parses the store right after the first frame; any other write to the store makes it stale.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from diplotui import __version__
from diplotui.inert import inert_line
from diplotui.library.entity_cache import cache_dir
from diplotui.library.query import SORTS, LibraryQuery
from diplotui.library.view import (
    LAST_ARTICLE_SETTING,
    ArticleRow,
    FolderRow,
    folder_rows,
    start_sort,
)
from diplotui.store import Store, atomic_write_bytes, file_stamp

SNAPSHOT_NAME = "list.json"
FIRST_ROWS = 150
"""Rows kept in full: more than the tallest terminal shows at three lines a row."""
_FORMAT = 1


@dataclass(frozen=True, slots=True)
class ListSnapshot:
    """The start-up list of one exact version of the store file."""

    store_stamp: str
    sort: str
    ids: list[str]
    rows: dict[str, ArticleRow]
    folders: list[FolderRow]
    open_id: str | None

    def row(self, article_id: str) -> ArticleRow:
        """The row of ``article_id``; blank past the first screens, which are never drawn
        before the store is loaded."""
        return self.rows.get(article_id) or ArticleRow(article_id, "", "")


def snapshot_path(store_path: Path) -> Path:
    return cache_dir(store_path) / SNAPSHOT_NAME


def take_snapshot(store: Store) -> ListSnapshot | None:
    """What the list of ``store`` shows at start; None when the store file does not exist."""
    stamp = file_stamp(store.path)
    if stamp is None:
        return None
    sort = start_sort(store)
    articles = LibraryQuery(sort=sort).apply(store)
    counts = store.highlight_counts()
    rows = {a.id: ArticleRow.of(a, counts.get(a.id, 0)) for a in articles[:FIRST_ROWS]}
    open_id = store.setting(LAST_ARTICLE_SETTING)
    return ListSnapshot(
        stamp,
        sort,
        [a.id for a in articles],
        rows,
        folder_rows(store),
        open_id if isinstance(open_id, str) else None,
    )


def save_snapshot(store: Store, kept: str | None = None) -> str | None:
    """Keep the start-up list of ``store`` as its file is now, unless already kept, and return
    the store stamp the kept snapshot matches (pass it back as ``kept`` to skip re-reading).

    A cache only: when it cannot be written, the next start parses the store first.
    """
    path = snapshot_path(store.path)
    current = file_stamp(store.path)
    if current is None or current == kept or (kept is None and _stored_stamp(path) == current):
        return current
    snapshot = take_snapshot(store)
    if snapshot is None:
        return None
    data = {
        "format": _FORMAT,
        "version": __version__,
        "store": snapshot.store_stamp,
        "sort": snapshot.sort,
        "ids": snapshot.ids,
        "rows": [[r.article_id, r.title, r.details] for r in snapshot.rows.values()],
        "folders": [[f.name, f.summary] for f in snapshot.folders],
        "open": snapshot.open_id,
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, json.dumps(data, separators=(",", ":")).encode("ascii"))
    except OSError:
        return None
    return snapshot.store_stamp


def _read(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != _FORMAT:
        return None
    return data if data.get("version") == __version__ else None


def _stored_stamp(path: Path) -> str | None:
    data = _read(path)
    return data.get("store") if data is not None else None


def load_snapshot(store_path: Path) -> ListSnapshot | None:
    """The kept start-up list, if it was taken of the store file exactly as it is now."""
    data = _read(snapshot_path(store_path))
    if data is None or data.get("store") != file_stamp(store_path) or data.get("sort") not in SORTS:
        return None
    try:  # a cache file is data like any other: it is checked and made inert again
        rows = {row[0]: ArticleRow(*(inert_line(str(v)) for v in row)) for row in data["rows"]}
        folders = [FolderRow(*(inert_line(str(v)) for v in f)) for f in data["folders"]]
        ids = [str(article_id) for article_id in data["ids"]]
        open_id = data["open"]
        return ListSnapshot(
            data["store"],
            str(data["sort"]),
            ids,
            rows,
            folders,
            open_id if isinstance(open_id, str) else None,
        )
    except (KeyError, TypeError, ValueError):
        return None
