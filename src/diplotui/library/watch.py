"""Saved filters as watchlists: how many articles each matches that came in since the user
last opened it (an entity watchlist shows "3 new" after a refresh)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from diplotui.library.query import LibraryQuery, MatchContext, QueryError
from diplotui.model import Article, SavedFilter, now_iso

SEEN_SETTING = "saved_filters_seen"
"""The store setting: saved filter name -> when its articles were last looked at."""


def seen_times(setting: Any) -> dict[str, str]:
    """The setting's times, keeping only well-formed entries (a store is data like any other)."""
    if not isinstance(setting, dict):
        return {}
    return {k: v for k, v in setting.items() if isinstance(k, str) and isinstance(v, str)}


def looked_at(seen: Mapping[str, str], name: str) -> dict[str, str]:
    """``seen`` with ``name`` looked at now."""
    return {**seen, name: now_iso()}


def new_counts(
    filters: Iterable[SavedFilter],
    articles: Iterable[Article],
    seen: Mapping[str, str],
    context: Callable[[LibraryQuery], MatchContext | None],
) -> dict[str, int]:
    """Per saved filter looked at before, how many of its matches were imported after that
    look. ``context`` resolves a query's indexed criteria, or None when its index is not
    ready (that filter is then not counted rather than counted wrong)."""
    looks = {f.name: seen[f.name] for f in filters if f.name in seen}
    if not looks:
        return {}
    earliest = min(looks.values())
    recent = [a for a in articles if a.imported_at > earliest]
    counts: dict[str, int] = {}
    for saved in filters:
        since = looks.get(saved.name)
        if since is None:
            continue
        try:
            query = LibraryQuery.from_dict(saved.query)
        except (QueryError, TypeError):
            continue
        ctx = context(query)
        if ctx is not None:
            newer = [a for a in recent if a.imported_at > since]
            counts[saved.name] = len(query.select(newer, ctx)) if newer else 0
    return counts
