"""Finding articles: queries (filter and sort), full-text search, and a library generator."""

from __future__ import annotations

from typing import TYPE_CHECKING

from diplotui.lazy import lazy_exports

if TYPE_CHECKING:
    from diplotui.entities.folding import fold
    from diplotui.library.query import LibraryQuery, MatchContext, QueryError
    from diplotui.library.rows import SORTS
    from diplotui.library.search import SearchIndex

__all__ = ["SORTS", "LibraryQuery", "MatchContext", "QueryError", "SearchIndex", "fold"]
__getattr__ = lazy_exports(
    __name__,
    {
        "SORTS": "rows",
        "LibraryQuery": "query",
        "MatchContext": "query",
        "QueryError": "query",
        "fold": "query",  # the entities' folding, as the query matches with it
        "SearchIndex": "search",
    },
)
"""The start path imports ``library.rows`` and ``library.kept_list`` alone, without the query,
search and store code the other names need."""
