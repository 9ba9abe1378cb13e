"""What the library list shows: article rows, saved-filter folders, and how it starts.

Plain data built from the store, shared by the app's list and the start-up snapshot, so the
list looks the same whether it was drawn from the store or from the snapshot.
"""

from __future__ import annotations

from collections.abc import Mapping

from diplotui.inert import inert_line
from diplotui.library.query import LibraryQuery, QueryError
from diplotui.library.rows import SORTS, FolderRow
from diplotui.library.search import query_terms
from diplotui.model import SavedFilter
from diplotui.store import Store

SORT_SETTING = "library_sort"
"""The store setting that keeps the list's sort order between sessions."""
LAST_ARTICLE_SETTING = "last_article"
"""The store setting naming the article to reopen at start."""
LAST_POSITION_SETTING = "last_position"
"""Where the reading cursor was in that article when the app quit: {"article", "offset",
"text"} (the text's hash: an offset into a text since changed would point elsewhere)."""
LAST_PANE_SETTING = "last_pane"
"""The pane that had the focus when the app quit (``LIBRARY_PANE``, or ``READER_PANE`` for
the reader or the sidebar): a start that reopens the last article gives it the focus again,
so the first keys typed go where they went before the quit (none kept: the reader, the
article shown)."""
LIBRARY_PANE = "library"
READER_PANE = "reader"


def follow_refiled(store: Store, old_id: str, new_id: str) -> None:
    """Point the settings naming the article ``old_id`` at ``new_id``, the id a sync filed
    it under (the same text): the next start reopens it where it was read, not nothing."""
    if store.setting(LAST_ARTICLE_SETTING) == old_id:
        store.set_setting(LAST_ARTICLE_SETTING, new_id)
    place = store.setting(LAST_POSITION_SETTING)
    if isinstance(place, dict) and place.get("article") == old_id:
        store.set_setting(LAST_POSITION_SETTING, {**place, "article": new_id})


def describe(query: LibraryQuery, feed_names: Mapping[str, str] | None = None) -> str:
    """A short, readable summary of a query's filters ("#asean · source: vna · 2025-"),
    naming its feed by ``feed_names`` (id -> name) when given."""
    parts = [f"#{tag}" for tag in query.tags]
    if query.entity:
        parts.append(f"entity: {query.entity}")
    if query.source:
        parts.append(f"source: {query.source}")
    if query.since or query.until:
        # the days first, which a narrow pane's line keeps; then the words typed, which a
        # saved filter reads again ("2026-11-30–… (since last week)")
        typed = ", ".join(
            f"{word} {words}"
            for word, words, day in (
                ("since", query.since_typed, query.since),
                ("until", query.until_typed, query.until),
            )
            if words and day
        )
        said = f" ({typed})" if typed else ""
        parts.append(f"{query.since or '…'}–{query.until or '…'}{said}")
    if query.annotated is not None:
        parts.append("annotated" if query.annotated else "unannotated")
    if query.annotated_by:
        parts.append(f"annotated by {query.annotated_by}")
    if query.state:
        parts.append(query.state)
    if query.feed:
        parts.append(
            f"feed: {feed_names.get(query.feed, query.feed) if feed_names else query.feed}"
        )
    if query_terms(query.text):
        parts.append(f"“{query.text.strip()}”")
    return " · ".join(parts)


def _folder_summary(saved: SavedFilter) -> str:
    try:
        return describe(LibraryQuery.from_dict(saved.query))
    except (QueryError, TypeError):
        return "(cannot be read)"


def folder_rows(store: Store, new: Mapping[str, int] | None = None) -> list[FolderRow]:
    """The saved filters, as the folders above the list's articles, each with how many
    ``new`` articles it matches when there are any."""
    new = new or {}
    return [
        FolderRow(
            inert_line(saved.name),
            inert_line(
                f"{new[saved.name]:,} new · {_folder_summary(saved)}"
                if new.get(saved.name)
                else _folder_summary(saved)
            ),
        )
        for saved in store.saved_filters()
    ]


def start_sort(store: Store) -> str:
    """The sort the list starts with: the one last chosen, if it still exists."""
    sort = store.setting(SORT_SETTING, "date")
    return sort if sort in SORTS else "date"
