"""What the library list shows: the query, its caches, and the articles it selects, in order.

The list is recomputed on every keystroke of a search, so at 10,000 articles the sorted orders
and the rows are cached until the library itself changes; the search index and the entity cache
arrive later (built in the background) and until then their criteria match nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from diplotui.library.entity_cache import EntityCache
from diplotui.library.query import LibraryQuery, MatchContext
from diplotui.library.search import SearchIndex, query_terms
from diplotui.library.view import ArticleRow
from diplotui.model import Article
from diplotui.store import Store


@dataclass(slots=True)
class LibraryListing:
    """The library pane's query and what it keeps between keystrokes."""

    query: LibraryQuery = field(default_factory=LibraryQuery)
    index: SearchIndex | None = None
    entities: EntityCache | None = None
    entities_pending: int = 0  # articles still to recognise
    counts: dict[str, int] = field(default_factory=dict)
    ordered: dict[str, list[Article]] = field(default_factory=dict)
    rows: dict[str, ArticleRow] = field(default_factory=dict)
    saved_name: str = ""  # the saved filter applied, while it is unchanged

    def library_changed(self, store: Store) -> None:
        """Articles, counts or tags changed: forget every cached order and row."""
        self.counts = store.highlight_counts()
        self.ordered.clear()
        self.rows.clear()

    def article_changed(self, store: Store, article: Article) -> ArticleRow:
        """One article changed: its new row (the orders are recomputed when next needed)."""
        self.counts = store.highlight_counts()
        self.ordered.clear()
        row = self.rows[article.id] = ArticleRow.of(article, self.counts.get(article.id, 0))
        return row

    def sorted_articles(self, store: Store, sort: str) -> list[Article]:
        ordered = self.ordered.get(sort)
        if ordered is None:
            ctx = MatchContext(annotation_counts=self.counts)
            ordered = self.ordered[sort] = LibraryQuery(sort=sort).sorted(store.articles(), ctx)
        return ordered

    def row(self, article: Article) -> ArticleRow:
        row = self.rows.get(article.id)
        if row is None:
            row = self.rows[article.id] = ArticleRow.of(article, self.counts.get(article.id, 0))
        return row

    def shown_articles(self, store: Store) -> list[Article]:
        """The articles the current query shows, in its order."""
        query = self.query
        ctx = MatchContext(annotation_counts=self.counts)
        if query_terms(query.text) and self.index is not None:
            ctx.text_ids = set(self.index.search(query.text))
        if query.entity:
            lookup = self.entities.lookup(store) if self.entities is not None else None
            ctx.entity_ids = lookup.articles_for(query.entity) if lookup is not None else set()
        ordered = self.sorted_articles(store, query.sort)
        if query.is_empty():
            return list(ordered)
        return [a for a in ordered if query.matches(a, ctx)]
