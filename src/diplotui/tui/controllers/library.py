"""The library pane: sort, filter, search as you type, saved filters and importing files.

The list is recomputed from a :class:`LibraryQuery` on every change, so a keystroke must stay
cheap at 10,000 articles: the sorted order and the rows are cached until the library itself
changes, the search index and the entity cache are built in thread workers after first paint,
and until they are ready the text and entity criteria say so in the list's title.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from textual.widgets import Input

from diplotui.inert import inert_line
from diplotui.library import SORTS, LibraryQuery, MatchContext, QueryError, SearchIndex
from diplotui.library.entity_cache import EntityCache
from diplotui.library.query import highlight_counts
from diplotui.library.search import query_terms
from diplotui.library.view import SORT_SETTING, ArticleRow, describe, folder_rows, start_sort
from diplotui.model import Article, SavedFilter
from diplotui.store import StoreError
from diplotui.tui.controllers.base import Controller
from diplotui.tui.widgets.article_list import ArticleList, LibrarySearch, RowSource

if TYPE_CHECKING:
    from diplotui.ingest.report import ImportReport

SORT_LABELS = {
    "date": "newest first",
    "title": "title A–Z",
    "source": "by source",
    "annotated": "most annotated",
}
SEARCH_ID = "library-search"
IN_PROCESS_LIMIT = 200  # more articles than this are recognised in a helper process


@dataclass(slots=True)
class LibraryState:
    """What the library pane keeps between keystrokes."""

    query: LibraryQuery = field(default_factory=LibraryQuery)
    index: SearchIndex | None = None
    entities: EntityCache | None = None
    entities_pending: int = 0  # articles still to recognise
    counts: dict[str, int] = field(default_factory=dict)
    ordered: dict[str, list[Article]] = field(default_factory=dict)
    ordered_ids: dict[str, list[str]] = field(default_factory=dict)  # the same, as ids
    generation: int = 0  # counts changes to the library, so stale background sorts are dropped
    sorting: bool = False  # a background sort is running
    rows: dict[str, ArticleRow] = field(default_factory=dict)
    saved_name: str = ""  # the saved filter applied, while it is unchanged


class LibraryActions(Controller):
    """What the library pane's keys and messages do; its state lives from the first use on."""

    _state: LibraryState | None = None

    @property
    def state(self) -> LibraryState:
        state = self._state
        if state is None:
            state = self._state = LibraryState()
            state.query.sort = start_sort(self.store)
            self._start_workers()
        return state

    @property
    def query(self) -> LibraryQuery:
        return self.state.query

    # -- building the list ------------------------------------------------------------------

    def refresh_library(self) -> None:
        """Recompute everything the list shows: articles, counts and saved filters changed."""
        state = self.state
        state.counts = highlight_counts(self.store)
        self._library_changed()
        state.rows.clear()
        if state.index is not None:
            self._sync_search_index(state.index)
        self.show_library()

    def refresh_article(self, article: Article) -> None:
        state = self.state
        if state.index is not None:
            self._sync_search_index(state.index, [article.id])
        state.counts = highlight_counts(self.store)
        self._library_changed()
        row = state.rows[article.id] = ArticleRow.of(article, state.counts.get(article.id, 0))
        self.library.update_row(row)
        if self.reader.article_id == article.id:
            self.sidebar.show_article(article)

    def _library_changed(self) -> None:
        """Drop the sorted orders (they are sorted again off the UI thread)."""
        state = self.state
        state.ordered.clear()
        state.ordered_ids.clear()
        state.generation += 1
        self._sort_in_background()

    def _ordered(self, sort: str) -> list[Article]:
        state = self.state
        ordered = state.ordered.get(sort)
        if ordered is None:
            ctx = MatchContext(annotation_counts=state.counts)
            ordered = state.ordered[sort] = LibraryQuery(sort=sort).sorted(
                self.store.articles(), ctx
            )
            state.ordered_ids[sort] = [a.id for a in ordered]
        return ordered

    def _row(self, article: Article) -> ArticleRow:
        rows = self.state.rows
        row = rows.get(article.id)
        if row is None:
            row = rows[article.id] = ArticleRow.of(article, self.state.counts.get(article.id, 0))
        return row

    def _row_of_id(self, article_id: str) -> ArticleRow:
        return self._row(self.store.article(article_id))

    def shown_articles(self) -> list[Article]:
        """The articles the current query shows, in its order."""
        state = self.state
        query = state.query
        ctx = MatchContext(annotation_counts=state.counts)
        if query_terms(query.text) and state.index is not None:
            ctx.text_ids = state.index.search(query.text)
            if state.index.needs_sync:  # its file was damaged and replaced: index again
                state.index = None
                self._build_search_index()
        if query.entity:
            lookup = state.entities.lookup(self.store) if state.entities is not None else None
            ctx.entity_ids = lookup.articles_for(query.entity) if lookup is not None else set()
        if query.is_empty():
            return self._ordered(query.sort)
        return query.select(self._ordered(query.sort), ctx)

    def show_library(self) -> None:
        """Show the current query's rows, the saved filters above them, and what is shown."""
        state = self.state
        library = self.library
        articles = self.shown_articles()
        if articles is state.ordered.get(state.query.sort):
            ids = state.ordered_ids[state.query.sort]  # the whole library: ids kept
        else:
            ids = [a.id for a in articles]
        library.set_rows(
            RowSource(ids, self._row_of_id),
            keep_id=library.current_id or library.open_id,
            folders=folder_rows(self.store),
        )
        query = state.query
        progress = ""
        if query_terms(query.text) and state.index is None:
            progress += " · indexing…"
        if query.entity and state.entities_pending:
            progress += f" · recognising {state.entities_pending:,}…"
        shown = (len(articles), len(self.store.articles()))
        title_library(library, query.sort, state.saved_name, shown, describe(query), progress)

    def set_library_query(self, query: LibraryQuery, saved_name: str = "") -> None:
        state = self.state
        state.query = query
        state.saved_name = saved_name
        self.show_library()

    # -- background work ------------------------------------------------------------------

    def _start_workers(self) -> None:
        self.screen.call_after_refresh(self._build_search_index)
        self.screen.call_after_refresh(self._fill_entity_cache)
        self.screen.call_after_refresh(self._sort_in_background)

    def _sort_in_background(self) -> None:
        """Sort the library every way the list offers, off the UI thread, so that `o` (and
        the first search after a change) only picks a ready order: sorting 100,000 articles
        takes a few hundred milliseconds. One worker at a time, sorting again while the
        library changed under it."""
        state = self.state
        if not state.sorting:
            state.sorting = True
            self.run_in_thread(self._sort_all, group="library-sort")

    def _sort_all(self) -> None:
        state = self.state
        try:
            generation = -1
            while generation != state.generation:
                generation = state.generation
                ctx = MatchContext(annotation_counts=state.counts)
                articles = self.store.articles()
                orders = {sort: LibraryQuery(sort=sort).sorted(articles, ctx) for sort in SORTS}
                ids = {sort: [a.id for a in ordered] for sort, ordered in orders.items()}
                self.app.call_from_thread(self._sorted_ready, generation, orders, ids)
        finally:
            state.sorting = False

    def _sorted_ready(
        self, generation: int, orders: dict[str, list[Article]], ids: dict[str, list[str]]
    ) -> None:
        state = self.state
        if generation != state.generation:
            return
        for sort, ordered in orders.items():
            if sort not in state.ordered:
                state.ordered[sort] = ordered
                state.ordered_ids[sort] = ids[sort]

    def _build_search_index(self) -> None:
        self.run_in_thread(self._load_search_index, group="search-index", exclusive=True)

    def _load_search_index(self) -> None:
        """Open the search index file and index what changed since it was last brought up
        to date, off the UI thread (the first time at 100,000 articles takes minutes; it
        stops on quit and continues next time from what it had written)."""
        from textual.worker import get_current_worker

        worker = get_current_worker()
        index = SearchIndex.build(self.store, should_stop=lambda: worker.is_cancelled)
        if index is not None:
            index.load()  # here, not on the first keystroke
            self.app.call_from_thread(self._search_index_ready, index)

    def _sync_search_index(self, index: SearchIndex, article_ids: list[str] | None = None) -> None:
        self.run_in_thread(self._index_changes, index, article_ids, group="search-sync")

    def _index_changes(self, index: SearchIndex, article_ids: list[str] | None) -> None:
        """Index changed articles off the UI thread; until then a search simply does not
        find their new words yet (and still finds their old ones)."""
        from textual.worker import get_current_worker

        worker = get_current_worker()
        index.sync(self.store, should_stop=lambda: worker.is_cancelled, article_ids=article_ids)
        if query_terms(self.query.text):
            self.app.call_from_thread(self.show_library)

    def _search_index_ready(self, index: SearchIndex) -> None:
        self.state.index = index
        if query_terms(self.query.text):
            self.show_library()

    def _fill_entity_cache(self) -> None:
        self.run_in_thread(self._recognise_library, group="entity-cache", exclusive=True)

    def _recognise_library(self) -> None:
        """Load the entity cache, then recognise the articles it does not cover yet."""
        from textual.worker import get_current_worker

        worker = get_current_worker()
        cache = EntityCache.load(self.store)
        missing = cache.missing(self.store.articles())
        self.app.call_from_thread(self._entity_cache_ready, cache, len(missing))
        if not missing:
            return

        def progress(done: int, total: int) -> None:
            self.app.call_from_thread(self._entity_cache_ready, cache, total - done)

        stop = lambda: worker.is_cancelled  # noqa: E731
        if len(missing) < IN_PROCESS_LIMIT:
            cache.fill(self.store, missing, progress=progress, stop=stop)
        else:
            cache.fill_in_process(self.store, missing, progress=progress, stop=stop)

    def _entity_cache_ready(self, cache: EntityCache, pending: int) -> None:
        state = self.state
        state.entities = cache
        state.entities_pending = pending
        if state.query.entity:
            self.show_library()

    def entity_names(self) -> list[str]:
        """Display names of the known entities, most widely mentioned first."""
        cache = self.state.entities
        if cache is None:
            return []
        return [display for _key, display, _type, _n in cache.lookup(self.store).entities()]

    # -- sorting, searching and filtering -------------------------------------------------

    def cycle_sort(self) -> None:
        """Sort by the next of date, title, source and most recently annotated."""
        query = self.query
        query.sort = SORTS[(SORTS.index(query.sort) + 1) % len(SORTS)]
        self.screen.remember(SORT_SETTING, query.sort)
        self.show_library()

    def search_library(self) -> None:
        """Show the search field (docked under the panes); the list narrows as you type."""
        existing = self.screen.query(f"#{SEARCH_ID}")
        if existing:
            existing.first().focus()
            return
        search = LibrarySearch(
            value=self.query.text,
            placeholder="Search titles and texts…  (enter: results, escape: clear)",
            id=SEARCH_ID,
        )
        self.screen.mount(search, before=self.screen.query_one("Footer"))
        search.focus()

    def search_changed(self, event: Input.Changed) -> None:
        """The list narrows with every keystroke in the search field."""
        self.query.text = event.value
        self.state.saved_name = ""
        self.show_library()

    def close_search(self) -> None:
        """Clear the search and close its field."""
        self._remove_search_field()
        self.query.text = ""
        self.show_library()
        self.library.focus()

    def search_results(self) -> None:
        library = self.library
        library.cursor = len(library.folders)
        library.focus()

    def _remove_search_field(self) -> None:
        for search in self.screen.query(f"#{SEARCH_ID}"):
            search.remove()

    def clear_filters(self) -> None:
        """Show the whole library again (the sort stays)."""
        self._remove_search_field()
        self.set_library_query(LibraryQuery(sort=self.query.sort))

    def apply_entity_filter(self, name: str) -> None:
        query = replace(self.query, tags=list(self.query.tags), entity=name)
        self.set_library_query(query)
        self.notify(f"Filter: {describe(query)} (escape in the list clears it)", markup=False)

    def filter_library(self) -> None:
        """Edit the filter: tags, entity, source, dates, annotated (all combine)."""
        from diplotui.tui.dialogs.filter import FilterScreen

        articles = self.store.articles()
        sources = sorted({inert_line(a.source) for a in articles if a.source}, key=str.casefold)

        def apply(query: LibraryQuery | None) -> None:
            if query is not None:
                self.set_library_query(query)

        self.app.push_screen(
            FilterScreen(
                self.query,
                tags=sorted(self.store.tag_counts()),
                sources=sources,
                entities=self.entity_names(),
            ),
            apply,
        )

    # -- saved filters ----------------------------------------------------------------------

    def save_filter(self) -> None:
        """Name the current filter; it appears as a folder at the top of the list."""
        from diplotui.tui.dialogs.filter import SaveFilterScreen

        query = self.query
        if query.is_empty():
            self.notify("Set a filter or a search first: there is nothing to save.", markup=False)
            return
        if not self.screen.writable():
            return

        def save(name: str | None) -> None:
            if not name:
                return
            try:
                self.store.save_filter(SavedFilter(name=name, query=query.to_dict()))
            except StoreError as error:
                self.notify(str(error), severity="error", markup=False)
                return
            self.state.saved_name = name
            self.show_library()
            self.notify(f"Saved filter “{name}”", markup=False)

        names = [saved.name for saved in self.store.saved_filters()]
        self.app.push_screen(SaveFilterScreen(describe(query), names), save)

    def open_folder(self, message: ArticleList.FolderChosen) -> None:
        saved = next((f for f in self.store.saved_filters() if f.name == message.name), None)
        if saved is None:
            return
        try:
            query = LibraryQuery.from_dict(saved.query)
        except (QueryError, TypeError) as error:
            self.notify(f"Saved filter {saved.name}: {error}", severity="error", markup=False)
            return
        self._remove_search_field()
        self.set_library_query(query, saved_name=saved.name)
        library = self.library
        library.cursor = len(library.folders)

    def delete_folder(self, message: ArticleList.FolderDeleted) -> None:
        from diplotui.tui.dialogs.confirm import ConfirmScreen

        name = message.name
        if not self.screen.writable():
            return

        def delete(confirmed: bool | None) -> None:
            if not confirmed:
                return
            try:
                self.store.remove_filter(name)
            except StoreError as error:
                self.notify(str(error), severity="error", markup=False)
                return
            if self.state.saved_name == name:
                self.state.saved_name = ""
            self.show_library()
            self.notify(f"Deleted saved filter “{name}”", markup=False)

        self.app.push_screen(ConfirmScreen(f"Delete the saved filter “{name}”?", "Delete"), delete)

    # -- importing ------------------------------------------------------------------------

    def import_files(self) -> None:
        """Import files or folders: a path with completion, progress, then a summary."""
        from diplotui.tui.dialogs.import_files import ImportScreen

        if not self.screen.writable():
            return
        self.app.push_screen(ImportScreen(self.store), self._after_import)

    def _after_import(self, report: ImportReport | None) -> None:
        if report is None:
            return
        state = self.state
        state.entities = None
        self.refresh_library()
        self._fill_entity_cache()


def title_library(
    library: ArticleList,
    sort: str,
    saved_name: str,
    shown: tuple[int, int],
    summary: str = "",
    progress: str = "",
) -> None:
    """Name the list's order and saved filter on top; below, its filters and how many of the
    library's articles (``shown``: listed, total) it lists."""
    title = f"Library · {SORT_LABELS[sort]}"
    if saved_name:
        title += f" · ▸ {saved_name}"
    library.border_title = inert_line(title)
    listed, total = shown
    subtitle = f"{listed:,}/{total:,}" if listed != total else f"{total:,}"
    if summary:
        subtitle = f"{summary} · {subtitle}"
    library.border_subtitle = inert_line(subtitle + progress)
