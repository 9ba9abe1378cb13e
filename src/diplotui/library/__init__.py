"""Finding articles: queries (filter and sort), full-text search, and a library generator."""

from diplotui.entities.folding import fold
from diplotui.library.query import SORTS, LibraryQuery, MatchContext, QueryError
from diplotui.library.search import SearchIndex

__all__ = ["SORTS", "LibraryQuery", "MatchContext", "QueryError", "SearchIndex", "fold"]
