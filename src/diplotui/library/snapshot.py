"""The list's first screen, kept beside the store so a large library paints at once.

Parsing a 10,000-article store takes longer than Textual takes to start. What the list shows
at start (the saved sort, no filter, the saved-filter folders) depends only on the store's
contents, so it is saved in ``<store>.cache/list.json`` with the stamps (size, modification
time, inode) of the store file and its journal. The app draws its first frame from it and
opens the store right after; any other write to the store makes it stale, and a stale one is
then caught up from the journal (or replaced by a full read) before any key is handled.
"""

from __future__ import annotations

import bisect
import contextlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from diplotui import __version__
from diplotui.library.kept_list import (
    FIRST_ROWS,
    SNAPSHOT_FORMAT,
    ListSnapshot,
    ids_data,
    ids_of_data,
    journal_length_then,
    load_snapshot,
    read_kept,
    row_data,
    snapshot_of,
    snapshot_path,
)
from diplotui.library.query import LibraryQuery, MatchContext, source_key, title_key
from diplotui.library.reading import ARCHIVED
from diplotui.library.rows import ArticleRow, FolderRow
from diplotui.library.view import LAST_ARTICLE_SETTING, folder_rows, start_sort
from diplotui.model import Article
from diplotui.store import (
    ARTICLES,
    HIGHLIGHTS,
    Changes,
    Store,
    UnknownId,
    atomic_write_bytes,
    store_stamp,
)

__all__ = [  # the kept snapshot's reading side is in kept_list; both are its API
    "FIRST_ROWS",
    "CaughtUp",
    "ListSnapshot",
    "StoreView",
    "caught_up_snapshot",
    "load_snapshot",
    "patch_snapshot",
    "save_snapshot",
    "snapshot_path",
    "take_snapshot",
    "view_of",
    "write_snapshot",
]


@dataclass(frozen=True, slots=True)
class StoreView:
    """What a snapshot is made of, read from the store at one moment (a few ms at 10,000
    articles), so sorting and writing can happen later, in another thread."""

    store_path: Path
    store_stamp: str
    sort: str
    articles: list[Article] = field(repr=False)  # a worker's description is its repr:
    counts: dict[str, int] = field(repr=False)  # 10,000 articles' took 0.5 s a snapshot
    folders: list[FolderRow] = field(repr=False)
    open_id: str | None


def view_of(store: Store) -> StoreView | None:
    """The store as committed now; None when its file does not exist or another thread is
    inside a write (an import's batch), so a snapshot never shows an uncommitted change."""
    with store.committed() as quiet:
        stamp = store_stamp(store.path)
        if stamp is None or not quiet:
            return None
        open_id = store.setting(LAST_ARTICLE_SETTING)
        return StoreView(
            store.path,
            stamp,
            start_sort(store),
            store.articles(),
            store.highlight_counts(),
            folder_rows(store),
            open_id if isinstance(open_id, str) else None,
        )


def take_snapshot(view: StoreView) -> ListSnapshot:
    """What the list shows at start: the saved sort, no filter, the saved-filter folders."""
    ctx = MatchContext(annotation_counts=view.counts)
    query = LibraryQuery(sort=view.sort)
    articles = query.sorted(query.select(view.articles, ctx), ctx)
    rows = {a.id: ArticleRow.of(a, view.counts.get(a.id, 0)) for a in articles[:FIRST_ROWS]}
    ids = [a.id for a in articles]
    return ListSnapshot(view.store_stamp, view.sort, ids, rows, view.folders, view.open_id)


def write_snapshot(view: StoreView) -> str | None:
    """Build and keep the snapshot of ``view``; the store stamp it matches, or None when it
    could not be written (a cache only: the next start then parses the store first)."""
    snapshot = take_snapshot(view)
    data = {
        "format": SNAPSHOT_FORMAT,
        "version": __version__,
        "store": snapshot.store_stamp,
        "sort": snapshot.sort,
        "ids": ids_data(snapshot.ids),
        "rows": [row_data(r) for r in snapshot.rows.values()],
        "folders": [[f.name, f.summary] for f in snapshot.folders],
        "open": snapshot.open_id,
    }
    path = snapshot_path(view.store_path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(
            path, json.dumps(data, separators=(",", ":")).encode("ascii"), derived=True
        )
    except OSError:
        return None
    return snapshot.store_stamp


PATCH_AT_MOST = 2_000
"""Changed articles a patch places one by one; a larger change (an import) is rebuilt."""


class _Descending:
    """A value ordered backwards, inside an order key (dates: newest first)."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def __lt__(self, other: _Descending) -> bool:
        return bool(self.value > other.value)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Descending) and self.value == other.value

    __hash__ = None  # type: ignore[assignment]


def order_key(article: Article, count: int, sort: str) -> tuple[Any, ...]:
    """Where ``article`` stands in the list sorted by ``sort``, as ``LibraryQuery.sorted``
    orders it (its successive stable sorts, read as one key, the id last: no two are equal)."""
    newest = (_Descending(article.date), article.title.casefold(), article.id)
    if sort == "title":
        return (title_key(article.title), *newest)
    if sort == "source":
        return (source_key(article.source), *newest)
    if sort == "annotated":
        return (_Descending(count), *newest)
    return newest


def patch_snapshot(store: Store, taken_of: str | None, changes: Changes) -> bool:
    """Bring the kept snapshot up to date after ``changes`` without rebuilding it, when it
    described the store exactly as it was before them (``taken_of``, the store's stamp then):
    each changed article (retagged, re-dated, new, deleted, archived, highlighted) leaves its
    place and is put where the sort puts it now, by a binary search that reads only the
    articles it compares with. Rebuilding reads every article, which on a large library is
    most of what a CLI write or a start after another process's write would cost.

    Returns False when a rebuild is needed: another sort, or too many changes."""
    path = snapshot_path(store.path)
    data = read_kept(path)
    patched = _patched(store, data, taken_of, changes) if data is not None else None
    return patched is not None and _write(path, patched)


def _patched(
    store: Store, data: dict[str, Any], taken_of: str | None, changes: Changes
) -> dict[str, Any] | None:
    """The kept snapshot ``data`` with ``changes`` placed (see :func:`patch_snapshot`), or
    None when only a rebuild can tell."""
    stamp = store_stamp(store.path)
    if taken_of is None or data.get("store") != taken_of or stamp is None:
        return None
    sort = start_sort(store)
    affected = _affected_articles(store, changes)
    if data.get("sort") != sort or len(affected) > PATCH_AT_MOST:
        return None
    try:
        ids = ids_of_data(data["ids"])
        kept_rows = {str(row[0]): row for row in data["rows"]}
    except (KeyError, TypeError, IndexError):
        return None
    counts: dict[str, int] = {}

    def count(article_id: str) -> int:
        if article_id not in counts:
            counts[article_id] = store.highlight_count(article_id)
        return counts[article_id]

    def key_of(article_id: str) -> tuple[Any, ...]:
        annotations = count(article_id) if sort == "annotated" else 0
        return order_key(store.article(article_id), annotations, sort)

    ids = [article_id for article_id in ids if article_id not in affected]
    for article_id in affected:
        if article_id not in store.article_ids():
            continue  # deleted
        article = store.article(article_id)
        if article.state == ARCHIVED:
            continue  # archived articles are left out of the list
        key = key_of(article_id)
        ids.insert(bisect.bisect_left(ids, key, key=key_of), article_id)
    rows = []
    for article_id in ids[:FIRST_ROWS]:
        row = kept_rows.get(article_id)
        if row is None or article_id in affected:
            row = row_data(ArticleRow.of(store.article(article_id), count(article_id)))
        rows.append(row)
    open_id = store.setting(LAST_ARTICLE_SETTING)
    data.update(
        store=stamp,
        ids=ids_data(ids),
        rows=rows,
        folders=[[f.name, f.summary] for f in folder_rows(store)],
        open=open_id if isinstance(open_id, str) else None,
    )
    return data


def _write(path: Path, data: dict[str, Any]) -> bool:
    """Keep ``data`` as the snapshot; False when it could not be written (a cache only)."""
    try:
        atomic_write_bytes(
            path, json.dumps(data, separators=(",", ":")).encode("ascii"), derived=True
        )
    except OSError:
        return False
    return True


def _affected_articles(store: Store, changes: Changes) -> set[str]:
    """The articles whose row or place ``changes`` may have changed: changed articles, and
    those whose highlights were added, moved or removed."""
    affected = set()
    for (table, key), old in changes.items():
        if table == ARTICLES:
            affected.add(key)
        elif table == HIGHLIGHTS:
            if old is not None and isinstance(old.get("article_id"), str):
                affected.add(old["article_id"])
            with contextlib.suppress(UnknownId):
                affected.add(store.highlight(key).article_id)
    return affected


@dataclass(frozen=True, slots=True)
class CaughtUp:
    """A kept snapshot brought up to date in memory: the app paints ``snapshot`` first and
    calls :meth:`keep` after that (writing 1.5 MB at 100,000 articles need not delay it)."""

    snapshot: ListSnapshot
    path: Path
    data: dict[str, Any] = field(repr=False)

    def keep(self) -> bool:
        """Write it as the kept snapshot; False when it could not be (a cache only)."""
        return _write(self.path, self.data)


def caught_up_snapshot(store: Store, kept: ListSnapshot | None = None) -> CaughtUp | None:
    """The kept snapshot (``kept``, as loaded, or read again), stale only because another
    process appended to the journal since (a tag, a note, an added or deleted article: what a
    killed session or another program wrote), brought up to date from the journal; else None.

    Reading and sorting every article is what a stale snapshot would otherwise cost."""
    data = kept.data if kept is not None and kept.data is not None else None
    data = data if data is not None else read_kept(snapshot_path(store.path))
    taken_of = data.get("store") if data is not None else None
    now = store_stamp(store.path)
    if data is None or not isinstance(taken_of, str) or now is None or store.read_only:
        return None
    journal_then = journal_length_then(taken_of, now)
    if journal_then is None:
        return None
    changes = store.changes_since(journal_then)
    patched = _patched(store, data, taken_of, changes) if changes is not None else None
    if patched is None:
        return None
    snapshot = snapshot_of(patched)
    return CaughtUp(snapshot, snapshot_path(store.path), patched) if snapshot else None


def save_snapshot(store: Store) -> None:
    """Keep the start-up list of ``store`` as its file is now, unless it is already kept."""
    current = store_stamp(store.path)
    if current is None or read_kept(snapshot_path(store.path), current) is not None:
        return
    view = view_of(store)
    if view is not None:
        write_snapshot(view)
