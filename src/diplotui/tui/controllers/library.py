"""The library pane: sort, filter, search as you type, saved filters and importing files.

The list is recomputed from a :class:`LibraryQuery` on every change, so a keystroke must stay
cheap at 100,000 articles: a thread worker builds the library's facets (columns and every
sort order, ``library.facets``) after first paint, and from then on a filter or a sort is a
lookup kept current article by article; the search index and the entity cache are built in
workers too, and until they are ready the text and entity criteria say so in the list's
title.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from textual.widgets import Input

from diplotui.inert import inert_line
from diplotui.library import SORTS, LibraryQuery, MatchContext, QueryError, SearchIndex
from diplotui.library.entity_cache import CachedEntities, EntityCache
from diplotui.library.facets import LibraryFacets
from diplotui.library.priority import run_behind_ui
from diplotui.library.query import annotated_by_ids, dated_between, highlight_counts
from diplotui.library.reading import ReadingCounts
from diplotui.library.rows import FILTER, ArticleRow, FolderRow
from diplotui.library.search import query_terms
from diplotui.library.text_cache import corrections_key
from diplotui.library.view import SORT_SETTING, describe, folder_rows, start_sort
from diplotui.model import Article, Feed, Highlight, SavedFilter
from diplotui.session import title_label
from diplotui.store import StoreError
from diplotui.text.plural import plural
from diplotui.text.tag_names import names_tag, tags_in_use, unused_tag
from diplotui.tui.controllers.base import Controller
from diplotui.tui.controllers.entities import PREPARE_APART
from diplotui.tui.notices import ended, sentence
from diplotui.tui.widgets.article_list import (
    BRING_ARTICLES,
    SORT_LABELS,
    ArticleList,
    LibrarySearch,
    RowSource,
    title_library,
)

if TYPE_CHECKING:
    from diplotui.ingest.report import ImportReport
    from diplotui.library.snapshot import ListSnapshot

SEARCH_ID = "library-search"
IN_PROCESS_LIMIT = 200  # more articles than this are recognised in a helper process
HANDED_OVER = 25
"""Texts handed to the entity cache's helper at a time: this process reads them and takes in
their entities between two waits for a key's frame (100 at a time held the interpreter lock
20-30 ms in one go, beside the keys typed after ``R``; 25: 3-5 ms)."""
SYNC_SLICE = 50
"""Articles indexed in one go when some are named (a refresh's arrivals): between slices the
sync waits for the frame of a key being handled."""
SORT_HERE_LIMIT = 10_000
"""Up to this many articles the list is sorted on the UI thread (tens of milliseconds) when
its facets are not ready yet; a larger library waits for them."""


@dataclass(slots=True)
class LibraryState:
    """What the library pane keeps between keystrokes."""

    query: LibraryQuery = field(default_factory=LibraryQuery)
    index: SearchIndex | None = None
    entities: EntityCache | None = None
    entities_pending: int = 0  # articles still to recognise
    counts: dict[str, int] = field(default_factory=dict)  # highlights per article
    counted: bool = False  # the counts are every article's (else read when first needed)
    shown: bool = False  # the list shows this library (so it can keep it while sorting)
    facets: LibraryFacets | None = None  # columns and orders: filters and sorts are lookups
    changed_meanwhile: set[str] = field(default_factory=set)  # while the facets are built
    arrived: list[str] = field(default_factory=list)  # new articles the facets wait for
    departed: set[str] = field(default_factory=set)  # articles to take out of the facets first
    unindexed: list[str] = field(default_factory=list)  # arrivals the search index lacks
    ordered: dict[str, list[Article]] = field(default_factory=dict)  # until the facets are
    generation: int = 0  # counts changes to the library, so stale facets are dropped
    building: bool = False  # the facets are due: a worker builds them, or will once started
    started: bool = False  # background work may run (the keys typed at start-up are handled)
    indexing: bool = False  # the search index and entity cache workers were started
    rows: dict[str, ArticleRow] = field(default_factory=dict)
    saved_name: str = ""  # the saved filter applied, while it is unchanged
    reading: ReadingCounts = field(default_factory=ReadingCounts)
    feeds: list[Feed] = field(default_factory=list)
    feeds_open: bool = True  # the feeds section lists each feed
    feed_folders: list[FolderRow] = field(default_factory=list)
    new_in_filters: dict[str, int] = field(default_factory=dict)  # saved filter -> new matches


@dataclass(frozen=True, slots=True)
class EntityChoice:
    """What choosing an entity in the command palette lists, told by its hit before it is
    chosen: the hit said "in 1 article", and with a filter on the list then showed the
    filter's articles that mention it, often none. Now: the filter's articles that mention
    it (the filter kept, ``within`` naming it); when none do, the library's, the filter
    ``cleared``; when only archived articles do, those."""

    query: LibraryQuery  # what choosing it shows
    count: int  # how many articles that is
    within: str = ""  # the filter kept (as ``describe`` puts it), if any
    cleared: str = ""  # the filter given up for it, if any

    def help(self) -> str:
        """The hit's help after the entity's type: "in 3 articles within #asean"."""
        archived = "archived " if self.query.state == "archived" and not self.within else ""
        articles = f"in {self.count:,} {archived}article{'s' if self.count != 1 else ''}"
        if archived:
            return f"{articles}: lists archived articles"
        if self.within:
            return f"{articles} within {self.within}"
        if self.cleared:
            return f"{articles}, none within {self.cleared}: clears the filter"
        return articles


class EntityHits:
    """The :class:`EntityChoice` of each entity the palette offers, for one opening: the
    filter's articles and the plain list's are read when a hit first needs them (a hit's
    own filter replaces the filter's entity, so that is left out of the filter counted)."""

    def __init__(self, actions: LibraryActions, entities: CachedEntities) -> None:
        query = actions.query
        self._actions = actions
        self._entities = entities
        self._kept = replace(query, tags=list(query.tags), entity="")
        self._plain = LibraryQuery(sort=query.sort)
        feeds = {feed.id: feed.display_name for feed in actions.state.feeds}
        self._within = "" if self._kept.is_empty() else inert_line(describe(self._kept, feeds))
        self._shown: dict[bool, set[str]] = {}  # in the filter (True) or the plain list
        self._choices: dict[str, EntityChoice] = {}

    def _ids(self, in_filter: bool) -> set[str]:
        shown = self._shown.get(in_filter)
        if shown is None:
            query = self._kept if in_filter else self._plain
            shown = self._shown[in_filter] = set(self._actions.shown_ids(query))
        return shown

    def choice(self, name: str) -> EntityChoice:
        choice = self._choices.get(name)
        if choice is None:
            choice = self._choices[name] = self._choose(name)
        return choice

    def _choose(self, name: str) -> EntityChoice:
        mentioning = self._entities.articles_for(name)
        if self._within:
            count = len(mentioning & self._ids(True))
            if count:
                return EntityChoice(replace(self._kept, entity=name), count, within=self._within)
        count = len(mentioning & self._ids(False))
        if count:
            return EntityChoice(replace(self._plain, entity=name), count, cleared=self._within)
        archived = replace(self._plain, entity=name, state="archived")
        return EntityChoice(archived, len(mentioning), cleared=self._within)


class LibraryActions(Controller):
    """What the library pane's keys and messages do; its state lives from the first use on."""

    _state: LibraryState | None = None

    @property
    def state(self) -> LibraryState:
        state = self._state
        if state is None:
            state = self._state = LibraryState()
            state.query.sort = start_sort(self.store)
        return state

    @property
    def query(self) -> LibraryQuery:
        return self.state.query

    # -- building the list ------------------------------------------------------------------

    def refresh_library(self) -> None:
        """Recompute everything the list shows: articles, counts and saved filters changed."""
        state = self.state
        state.counts = highlight_counts(self.store)
        state.counted = True
        state.changed_meanwhile.clear()
        state.unindexed.clear()  # the whole library is synced below
        self.screen.reading_actions.count_reading()
        self._library_changed()
        state.rows.clear()
        if state.index is not None:
            self._sync_search_index(state.index)
        self.show_library()

    def articles_added(self, article_ids: list[str]) -> None:
        """New articles (a refresh's, as they come): put in the facets' orders by a worker
        (10 ms at 10,000 articles) rather than the facets built again (170 ms of the
        interpreter lock at 10,000, seconds at 100,000, every time, which the UI thread waits
        for); the counts and the list follow when they are in. Without facets, the library
        is recomputed."""
        state = self.state
        state.arrived.extend(article_ids)
        if state.building:
            return  # taken in once the facets being made are ready
        if state.facets is None:
            self.refresh_library()
            return
        self._grow_facets()

    def catch_up(self, changed: set[str]) -> None:
        """Another process changed these articles (their records or highlights; new or
        deleted ones too): take them into the counts and the facets one by one rather than
        building the facets again (seconds of "sorting…" at 100,000 articles after each of
        a colleague's highlights). A deleted article leaves the list at once; a new one, or
        one whose title, date or source changed, is put in its place by a worker."""
        state = self.state
        store = self.store
        counts = self._counts()
        present = store.article_ids()
        for article_id in changed:
            state.rows.pop(article_id, None)
            count = store.highlight_count(article_id) if article_id in present else 0
            if count:
                counts[article_id] = count
            else:
                counts.pop(article_id, None)
        state.ordered.clear()
        facets = state.facets
        if facets is not None:
            for article_id in changed & present.keys():
                highlights = store.highlights(article_id)
                facets.highlight_tags.update(tag for h in highlights for tag in h.tags)
                facets.highlight_authors.update(h.author for h in highlights if h.author)
        if state.building:  # taken in by the facets being made, when ready
            state.changed_meanwhile.update(changed)
            if facets is not None:
                facets.hidden.update(changed - present.keys())
        elif facets is not None:
            self._take_in(facets, changed, counts)
            if state.departed:
                self._grow_facets()
        self.screen.reading_actions.count_reading()
        if state.index is not None:
            self._sync_search_index(state.index)
        self.show_library()

    def _take_in(self, facets: LibraryFacets, changed: set[str], counts: dict[str, int]) -> None:
        """Bring ``facets`` up to date with these changed articles: a deleted one is hidden
        at once; it, a new one and one whose place in an order changed are taken out and put
        back in place by a worker (copies of every column: 0.2-0.5 s at 100,000)."""
        state = self.state
        present = self.store.article_ids()
        gone = changed - present.keys()
        facets.hidden.update(gone)
        reshaped = gone | {
            article_id
            for article_id in changed - gone
            if not facets.update(self.store.article(article_id), counts.get(article_id, 0))
        }
        if reshaped:
            state.departed.update(reshaped)
            state.arrived.extend(reshaped - gone)

    def _grow_facets(self) -> None:
        state = self.state
        arrived, state.arrived = list(dict.fromkeys(state.arrived)), []
        departed, state.departed = state.departed, set()
        state.unindexed.extend(arrived)
        state.building = True
        counts = dict(state.counts)
        self.run_in_thread(
            self._facets_with,
            state.generation,
            state.facets,
            arrived,
            counts,
            departed,
            group="library-facets",
        )

    def _facets_with(
        self,
        generation: int,
        facets: LibraryFacets,
        article_ids: list[str],
        counts: dict[str, int],
        departed: set[str],
    ) -> None:
        """The facets without the ``departed`` articles, with these put in (their objects
        built here too: a millisecond for ten of them, which the UI thread need not spend),
        in a thread behind the UI thread for the cores: it pauses while a key is being
        handled, but a key's UI thread waiting for a core it held (30 ms beside a key, right
        after ``R``) could not say so."""
        keys = self.keys

        def grow() -> tuple[LibraryFacets, list[Article]]:
            articles = []
            for n, article_id in enumerate(article_ids, 1):
                if n % 16 == 0:
                    keys.wait_quiet()  # a refresh's fresh records are decoded here
                try:
                    articles.append(self.store.article(article_id))
                except StoreError:
                    continue  # removed meanwhile
            kept = facets.removed(departed)
            return kept.added(articles, counts, pause=keys.wait_quiet), articles

        try:
            grown, articles = run_behind_ui(grow, name="diplotui-facets")
        except BaseException:
            self.state.building = False
            raise
        keys.wait_quiet()  # a key's frame before the list takes them in (5-10 ms)
        self.app.call_from_thread(self._facets_ready, generation, grown, counts, articles)

    def refresh_library_behind(self, snapshot: ListSnapshot) -> None:
        """Keep the snapshot's list (it shows this very store) while the facets worker reads,
        counts and sorts the articles: at 100,000 that takes seconds, and keys must work
        before. Rows past the snapshot's first screen are read from the store one by one."""
        first = snapshot.rows
        changed = self.state.rows  # rows redrawn since (a tag added...)

        def row(article_id: str) -> ArticleRow:
            return changed.get(article_id) or first.get(article_id) or self._row_of_id(article_id)

        self.library.set_rows(RowSource(snapshot.ids, row), folders=folder_rows(self.store))
        self.state.shown = True

    def _counts(self) -> dict[str, int]:
        """The highlight count of every annotated article, read from the store at the first
        need when the facets worker has not brought them yet (one pass over the file, where
        asking the store for one article's count scans every highlight until it has indexed
        them: a second per screen of rows at 100,000)."""
        state = self.state
        if not state.counted:
            state.counts = self.store.highlight_counts()
            state.counted = True
        return state.counts

    def refresh_article(self, article: Article, highlights: list[Highlight] | None = None) -> None:
        """One article's tags, note or ``highlights`` (given when they changed) changed: its
        row, the facets (a lookup at 100,000 articles, not a recount) and, if it is open,
        the sidebar."""
        state = self.state
        if state.index is not None:
            self._sync_search_index(state.index, [article.id])
        if highlights is not None:
            self._counts()[article.id] = len(highlights)
            if state.facets is not None:
                state.facets.highlight_tags.update(tag for h in highlights for tag in h.tags)
                state.facets.highlight_authors.update(h.author for h in highlights if h.author)
        count = self._counts().get(article.id, 0)
        if state.building:  # taken in again by the facets being made, when ready
            state.changed_meanwhile.add(article.id)
            state.ordered.clear()
        if state.facets is not None and not state.facets.update(article, count):
            self._library_changed()
        row = state.rows[article.id] = ArticleRow.of(article, count)
        self.library.update_row(row)
        if self.reader.article_id == article.id:
            self.sidebar.show_article(article)

    def _library_changed(self) -> None:
        """Drop the facets and sorted orders (built again off the UI thread)."""
        state = self.state
        state.facets = None
        state.ordered.clear()
        state.generation += 1
        self._build_facets()

    def _ordered(self, sort: str) -> list[Article]:
        """The library in one order, sorted here (only until the facets are ready)."""
        state = self.state
        ordered = state.ordered.get(sort)
        if ordered is None:
            ctx = MatchContext(annotation_counts=self._counts())
            ordered = state.ordered[sort] = LibraryQuery(sort=sort).sorted(
                self.store.articles(), ctx
            )
        return ordered

    def _row(self, article: Article) -> ArticleRow:
        rows = self.state.rows
        row = rows.get(article.id)
        if row is None:
            row = rows[article.id] = ArticleRow.of(article, self._counts().get(article.id, 0))
        return row

    def _row_of_id(self, article_id: str) -> ArticleRow:
        return self._row(self.store.article(article_id))

    def shown_ids(self, query: LibraryQuery | None = None) -> Sequence[str]:
        """The ids of the articles a query (by default the current one) shows, in its order."""
        state = self.state
        query = query or state.query
        ctx = self.match_context(query)
        if state.facets is not None:
            return state.facets.select(query, ctx)
        return [article.id for article in query.select(self._ordered(query.sort), ctx)]

    def match_context(self, query: LibraryQuery | None = None) -> MatchContext:
        """A query's (by default the current one's) indexed criteria, resolved from the app's
        indexes; a criterion whose index is not ready yet matches nothing."""
        state = self.state
        query = query or state.query
        ctx = MatchContext(annotation_counts=self._counts())
        if query_terms(query.text) and state.index is not None:
            ctx.text_ids = state.index.search(query.text)
            if state.index.needs_sync:  # its file was damaged and replaced: index again
                state.index = None
                self._build_search_index()
        if query.entity:
            lookup = state.entities.lookup(self.store) if state.entities is not None else None
            ctx.entity_ids = lookup.articles_for(query.entity) if lookup is not None else set()
        if query.annotated_by:
            ctx.author_ids = annotated_by_ids(self.store, query.annotated_by)
        return ctx

    def show_library(self) -> None:
        """Show the current query's rows, the saved filters above them, and what is shown;
        while a large library's facets are being built, the rows stay as they are and the
        title says the list is being sorted (the facets show it when ready)."""
        state = self.state
        library = self.library
        query = state.query
        progress = ""
        total = len(self.store.article_ids())
        library.empty_text = _empty_text(query, total)  # before the rows: drawn with them
        if self._waits_for_facets():
            ids = library.row_ids
            progress += " · sorting…"
        else:
            ids = self.shown_ids()
            folders = self.screen.reading_actions.list_folders()
            # the cursor on a folder's row stays there while it is listed (the feeds heading
            # just folded: on the open article's row, the next enter opened it, not the heading)
            on_folder = library.current_folder in {folder.name for folder in folders}
            library.set_rows(
                RowSource(ids, self._row_of_id),
                keep_id=None if on_folder else library.current_id or library.open_id,
                folders=folders,
            )
            state.shown = True
        if query_terms(query.text) and state.index is None:
            progress += " · indexing…"
        if query.entity and state.entities_pending:
            progress += f" · recognising {state.entities_pending:,}…"
        if not ids and (query.since or query.until) and not self._facets_awaited():
            library.empty_text = self._dates_left_out_text(query) or library.empty_text
        if not ids and query.entity and not self._facets_awaited():
            library.empty_text = self._unnamed_entity_text(query.entity) or library.empty_text
        if not ids and query.tags and not self._facets_awaited():  # the tags in use known
            library.empty_text = _untagged_text(self.filter_tags(), query.tags) or (
                library.empty_text
            )
        if not ids and query_terms(query.text) and not self._facets_awaited():
            library.empty_text = (
                _searched_tag_text(self.known_tags(), query.text)
                or self._searched_note_text(query.text)
                or library.empty_text
            )
        shown = (len(ids), total)
        if query.tags and not self._facets_awaited():  # "#Biển Đông", as typed "bien dong"
            query = replace(query, tags=tags_in_use(self.known_tags(), query.tags))
        summary = describe(query, {feed.id: feed.display_name for feed in state.feeds})
        title_library(library, query.sort, state.saved_name, shown, summary, progress)

    def _dates_left_out_text(self, query: LibraryQuery) -> str:
        """What an empty list filtered by dates says when the rest of its filter lists
        articles: how many, and when they are dated ("since: July" in December read as
        this year's July; "No article matches this filter" said nothing of last year's
        articles it left out), as ``list --since`` says it; "" when none."""
        left_out = [self.store.article(i) for i in self.shown_ids(query.without_dates())]
        if not left_out:
            return ""
        return (
            f"None in these dates: without them, {dated_between(left_out)}. "
            "Escape in the list clears the filter."
        )

    def _unnamed_entity_text(self, name: str) -> str:
        """What an empty list filtered by an entity says when no entity of the library has
        that name but its words are in articles: the recogniser did not find it ("Somaliland",
        a place it does not know) or it is a topic ("port deal"); "No article matches" alone
        read as a library holding nothing on it, over an open article headlined with it. ""
        until the entities and the search index are ready, when an entity has the name, or
        when no article holds its words."""
        state = self.state
        if state.entities is None or state.entities_pending or state.index is None:
            return ""
        if not query_terms(name) or state.entities.lookup(self.store).articles_for(name):
            return ""
        held = len(state.index.search(name))
        if not held:
            return ""
        return (
            f"No person, body or place is named “{inert_line(name.strip())}”; its words are "
            f"in {plural(held, 'article')}: / searches them. Escape in the list clears the "
            "filter."
        )

    def _searched_note_text(self, text: str) -> str:
        """What an empty search says of a note holding its words ("Khmer Times" written in
        a note, searched for a day later): the search reads titles and texts, and "Nothing
        matches" alone said the words were nowhere. "" when no note holds them."""
        from diplotui.library.notes import notes_holding

        hits = notes_holding(self.store, text)
        if not hits:
            return ""
        first = hits[0]
        try:
            title = title_label(self.store.article(first.article_id).title)
        except StoreError:
            return ""
        whose = f"A highlight's note in {title}" if first.of_highlight else f"The note on {title}"
        more = f" ({plural(len(hits) - 1, 'other note')} too)" if len(hits) > 1 else ""
        return (
            f"Nothing matches “{inert_line(text)}” in titles and texts. {whose} holds it{more}. "
            "Escape clears the search."
        )

    def _facets_awaited(self) -> bool:
        """Whether a large library's facets are on their way: until then, what they answer
        (the order, sources, tags) is not worked out again from every ``Article`` on the UI
        thread, which would hold every key for seconds at 100,000 articles."""
        state = self.state
        return (
            state.facets is None
            and state.building
            and len(self.store.article_ids()) > SORT_HERE_LIMIT
        )

    def _waits_for_facets(self) -> bool:
        """Whether the list keeps what it shows until the facets come, rather than sorting
        ``Article``s here (the first list of a store without a snapshot is sorted here)."""
        state = self.state
        return state.shown and state.query.sort not in state.ordered and self._facets_awaited()

    def set_library_query(self, query: LibraryQuery, saved_name: str = "") -> None:
        state = self.state
        state.query = query
        state.saved_name = saved_name
        self.show_library()

    # -- background work ------------------------------------------------------------------

    def start_workers(self) -> None:
        """Start the background work once the keys typed during start-up are handled (they
        were posted to the app before this call's message) and their frame is drawn: a
        worker holding the GIL slows every key the UI thread handles. The facets come first
        (filters and sorts), then the search index and the entity cache, one worker at a
        time beside the UI thread."""
        state = self.state
        state.started = True
        state.building = True  # until they are ready, a large library waits for the facets
        self.app.call_later(self.screen.call_after_refresh, self._run_facets_worker)

    def _build_facets(self) -> None:
        """Build the facets off the UI thread (seconds at 100,000 articles), so that a
        filter or `o` is a lookup from then on. One worker at a time; if the library changed
        while it built, it builds again."""
        state = self.state
        if not state.building:
            state.building = True
            if state.started:
                self._run_facets_worker()

    def _run_facets_worker(self) -> None:
        self.run_in_thread(self._facets_of_library, self.state.generation, group="library-facets")

    def _facets_of_library(self, generation: int) -> None:
        """Read, count and sort the articles into facets; then gather the highlights' tags
        (for completion: as long again at 100,000, so the facets are handed over first)."""
        try:
            counts = self.store.highlight_counts()
            facets = LibraryFacets.of(self.store.articles(), counts)
        except BaseException:
            self.state.building = False
            raise
        self.app.call_from_thread(self._facets_ready, generation, facets, counts)
        tags, authors = self.store.highlight_values()
        self.app.call_from_thread(self._highlight_values_ready, facets, tags, authors)

    def _highlight_values_ready(
        self, facets: LibraryFacets, tags: list[str], authors: list[str]
    ) -> None:
        facets.highlight_tags.update(tags)
        facets.highlight_authors.update(authors)

    def _facets_ready(
        self,
        generation: int,
        facets: LibraryFacets,
        counts: dict[str, int],
        arrivals: list[Article] | None = None,
    ) -> None:
        """Take the built facets and counts, with the articles changed meanwhile (a changed
        title or date means building again), or build again if the library changed under
        them; then show the list from them and start the rest of the background work.
        ``arrivals``: the facets grew by these new articles (a refresh's), which the reading
        counts take in without counting the library again; they join the list after the
        frame of a key being handled (the list's update and its frame took 20-30 ms of the UI
        thread, which a key arriving just before waited for)."""
        if arrivals is not None and self.keys.handling:
            self.app.call_after_refresh(self._facets_ready, generation, facets, counts, arrivals)
            return
        state = self.state
        state.building = False
        if generation != state.generation:
            self._build_facets()
            return
        changed, state.changed_meanwhile = state.changed_meanwhile, set()
        if state.counted:
            counts.update({key: state.counts.get(key, 0) for key in changed})
        self._take_in(facets, changed, counts)
        state.counts = counts
        state.counted = True
        state.facets = facets
        state.ordered.clear()
        state.rows.clear()
        self.screen.reading_actions.count_reading(arrivals)  # unread counts, feeds section
        self.show_library()
        if not state.indexing:
            state.indexing = True
            self._build_search_index()
            self._fill_entity_cache()
            self.screen.call_after_refresh(self._prepare_dialogs)
        if state.arrived or state.departed:  # articles that came or changed meanwhile
            self._grow_facets()
        elif not self.screen.reading_actions.refreshing:
            self.index_arrivals()

    def index_arrivals(self) -> None:
        """Index a refresh's new articles once it is over and the list holds them all: a
        search index sync beside each growth of the facets during ``R`` left the UI thread a
        third of the interpreter lock (each thread takes it in turn), not a half. Until then
        a search does not find their words; without an index yet, its build takes them."""
        state = self.state
        arrived, state.unindexed = state.unindexed, []
        if arrived and state.index is not None:
            self._sync_search_index(state.index, arrived)

    def _prepare_dialogs(self) -> None:
        """Build the tag dialog once start-up's work is handed out, so the first ``t`` only
        shows it: composing and styling it, and reading the dialogs' styles, cost the first
        ``t`` about 60 ms of the UI thread at 120x40 (a later one about 10)."""
        from diplotui.tui.dialogs.dialog import load_dialog_styles
        from diplotui.tui.dialogs.tags import prepare_tag_dialog

        if self.app.screen is not self.screen:
            return  # a dialog is open: the tag dialog is built when first asked for
        load_dialog_styles(self.app, self.screen)
        prepare_tag_dialog(self.app)

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
        """Index changed articles off the UI thread, in a thread behind it for the cores (a
        refresh's thousand arrivals took a core a key then waited for), a slice at a time,
        each after the frame of a key being handled; until then a search simply does not find
        their new words yet (and still finds their old ones)."""
        from textual.worker import get_current_worker

        worker = get_current_worker()
        keys = self.keys

        def should_stop() -> bool:
            keys.wait_quiet()  # between batches: a key's frame first
            return worker.is_cancelled

        def sync() -> None:
            if article_ids is None:
                index.sync(self.store, should_stop=should_stop)
                return
            for start in range(0, len(article_ids), SYNC_SLICE):
                keys.wait_quiet()
                chosen = article_ids[start : start + SYNC_SLICE]
                if not index.sync(self.store, should_stop=should_stop, article_ids=chosen):
                    return

        run_behind_ui(sync, name="diplotui-search-sync")
        if query_terms(self.query.text):
            self.app.call_from_thread(self.show_library)

    def _search_index_ready(self, index: SearchIndex) -> None:
        self.state.index = index
        self.screen.reading_actions.count_new_in_filters()
        if query_terms(self.query.text):
            self.show_library()

    def _fill_entity_cache(self, cache: EntityCache | None = None) -> None:
        self.run_in_thread(self._recognise_library, cache, group="entity-cache", exclusive=True)

    def _recognise_library(self, cache: EntityCache | None) -> None:
        """Load the entity cache (unless given the one in use), then recognise the articles
        it does not cover yet."""
        from textual.worker import get_current_worker

        worker = get_current_worker()
        cache = cache or EntityCache.load(self.store)
        missing = cache.missing(self.store.articles())
        self.app.call_from_thread(self._entity_cache_ready, cache, len(missing))
        if not missing:
            return

        def progress(done: int, total: int) -> None:
            self.app.call_from_thread(self._entity_cache_ready, cache, total - done)

        keys = self.keys

        def stop() -> bool:
            keys.wait_quiet()  # between chunks of texts read and handed over: a key first
            return worker.is_cancelled

        if not cache.wants_helper(self.store, missing, IN_PROCESS_LIMIT, PREPARE_APART):
            cache.fill(self.store, missing, progress=progress, stop=stop)
        else:
            # at the lowest priority: after R it took a core a key's UI thread then waited for
            cache.fill_in_process(
                self.store, missing, progress=progress, stop=stop, chunk=HANDED_OVER, lowest=True
            )
        said = cache.failed(missing)
        if said:  # every article left out counted, not only this fill's
            self.say_failed(said, "library's entity index", cache.failed(self.store.articles()))

    def _entity_cache_ready(self, cache: EntityCache, pending: int) -> None:
        state = self.state
        state.entities = cache
        state.entities_pending = pending
        if not pending:
            self.screen.reading_actions.count_new_in_filters()
        if state.query.entity:
            self.show_library()

    def known_tags(self) -> list[str]:
        """Every tag in use, A-Z, for completion (from the facets once they are ready)."""
        facets = self.state.facets
        if facets is not None:
            return facets.tags()
        return [] if self._facets_awaited() else sorted(self.store.tag_counts())

    def filter_tags(self) -> list[str]:
        """The tags articles carry, A-Z: the list's filter matches those (newuser64: its
        dialog completed a highlight's tag, "people diplomacy", and then listed nothing)."""
        facets = self.state.facets
        if facets is not None:
            return facets.article_tags()
        return [] if self._facets_awaited() else sorted(self.store.tag_counts(highlights=False))

    def known_authors(self) -> list[str]:
        """Everyone who highlighted in this library, A-Z, for completing "annotated by"
        (from the facets once they are ready: reading every highlight costs seconds at
        100,000)."""
        facets = self.state.facets
        authors: Iterable[str]
        if facets is not None:
            authors = facets.highlight_authors
        elif self._facets_awaited():
            authors = ()
        else:  # from the store's noted authors, not every Highlight built on the UI thread
            authors = self.store.highlight_values()[1]
        return sorted(inert_line(author) for author in authors)

    def entity_names(self) -> list[str]:
        """Display names of the known entities, most widely mentioned first."""
        cache = self.state.entities
        if cache is None:
            return []
        return [display for _key, display, _type, _n in cache.lookup(self.store).entities()]

    # -- sorting, searching and filtering -------------------------------------------------

    def cycle_sort(self) -> None:
        """Sort by the next of date, title, source and most recently annotated, and say so:
        run from the palette with the list hidden, its title's order is out of sight."""
        query = self.query
        query.sort = SORTS[(SORTS.index(query.sort) + 1) % len(SORTS)]
        self.screen.remember(SORT_SETTING, query.sort)
        self.show_library()
        self.notify(f"Sorted: {SORT_LABELS[query.sort]}.", markup=False)

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
        self.screen.mount(search, before=self.screen.query_one("KeyFooter"))
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

    def search_left(self) -> None:
        """Close the search field, its search kept (the list's border names it, ``/`` opens
        it again as typed): left open under the panes while reading, it took three rows."""
        self._remove_search_field()

    def search_results(self) -> None:
        library = self.library
        library.cursor = len(library.folders)
        library.focus()

    def _remove_search_field(self) -> None:
        for search in self.screen.query(f"#{SEARCH_ID}"):
            search.remove()

    def clear_filters(self) -> None:
        """Show the whole library again (the sort stays), and say so in place of the notice
        that named the filter: left for its seconds, it said a filter was on over the whole
        library. A search alone is called one: the list said "escape clears the search", and
        the notice then "Filter cleared"."""
        query = self.query
        filtered = not query.is_empty()
        searched_only = filtered and replace(query, text="").is_empty()
        self._remove_search_field()
        self.set_library_query(LibraryQuery(sort=query.sort))
        if filtered:
            cleared = "Search" if searched_only else "Filter"
            self.notify(f"{cleared} cleared: the whole library is listed.", markup=False)

    def apply_entity_filter(self, name: str) -> None:
        query = replace(self.query, tags=list(self.query.tags), entity=name)
        self.set_library_query(query)
        self.notify(f"Filter: {describe(query)} (escape in the list clears it).", markup=False)

    def choose_entity(self, choice: EntityChoice) -> None:
        """List what an entity's hit in the palette promised (:class:`EntityChoice`)."""
        if choice.cleared:
            self._remove_search_field()  # its words were part of the filter given up
        self.set_library_query(choice.query)
        self.library.focus()
        instead = f", in place of {choice.cleared}" if choice.cleared else ""
        self.notify(
            f"Filter: {describe(choice.query)}{instead} (escape in the list clears it).",
            markup=False,
        )

    def filter_library(self) -> None:
        """Edit the filter: tags, entity, source, dates, annotated (all combine)."""
        from diplotui.tui.dialogs.filter import edit_filter

        facets = self.state.facets
        if facets is not None:
            sources = [inert_line(source) for source in facets.sources()]
        elif self._facets_awaited():
            sources = []  # offered once the articles are read
        else:
            articles = self.store.articles()
            sources = sorted({inert_line(a.source) for a in articles if a.source}, key=str.casefold)

        edit_filter(
            self.app,
            self.query,
            self._filter_chosen,
            tags=self.filter_tags(),
            sources=sources,
            entities=self.entity_names(),
            authors=self.known_authors(),
        )

    def _filter_chosen(self, query: LibraryQuery) -> None:
        """The filter dialog's query set, and whom its entity name took by its words said,
        as ``list --entity`` says it ("Wong: Lawrence Wong, Penny Wong"): two people
        sharing a surname are seen to be two, not one merged silently."""
        from diplotui.library.entity_cache import taken_line

        self.set_library_query(query)
        entities = self.state.entities
        if query.entity and entities is not None:
            taken = entities.lookup(self.store).taken(query.entity)
            if taken:
                self.notify(sentence(taken_line(query.entity, taken)), markup=False)

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
            self.screen.reading_actions.looked_at_filter(name)
            self.show_library()
            self.notify(f"Saved filter “{name}”.", markup=False)

        names = [saved.name for saved in self.store.saved_filters()]
        self.app.push_screen(SaveFilterScreen(describe(query), names), save)

    def open_folder(self, message: ArticleList.FolderChosen) -> None:
        if message.kind != FILTER:
            self.screen.reading_actions.choose_feed_folder(message)
            return
        saved = next((f for f in self.store.saved_filters() if f.name == message.name), None)
        if saved is None:
            return
        try:
            query = LibraryQuery.from_dict(saved.query)
        except (QueryError, TypeError) as error:
            said = ended(f"Saved filter {saved.name}: {error}")
            self.notify(said, severity="error", markup=False)
            return
        self._remove_search_field()
        self.screen.reading_actions.looked_at_filter(saved.name)
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
            store = self.store
            saved = next((f for f in store.saved_filters() if f.name == name), None)
            try:
                store.remove_filter(name)
            except StoreError as error:
                self.notify(str(error), severity="error", markup=False)
                return
            if saved is not None:  # ctrl+z brings it back, as it does a deleted article

                def put_back(kept: SavedFilter = saved) -> None:
                    store.save_filter(kept)

                self.session.record(
                    f"deleting saved filter “{name}”", put_back, lambda: store.remove_filter(name)
                )
            if self.state.saved_name == name:
                self.state.saved_name = ""
            self.show_library()
            self.notify(f"Deleted saved filter “{name}”: ctrl+z undoes.", markup=False)

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
        self.refresh_library()
        self.screen.show_changed_text()
        self.recognise_again()

    def recognise_again(self) -> None:
        """New articles came in: recognise what the entity cache lacks. The cache in use is
        kept while the store's corrections are those it was made for: loading it again from
        its file (20 MB at 10,000 articles, one ``json.loads``) held the interpreter lock for
        a few hundred milliseconds, every key waiting, right after ``R``."""
        cache = self.state.entities
        if cache is None or cache.corrections_key != corrections_key(self.store.corrections()):
            self.state.entities = cache = None
        self._fill_entity_cache(cache)


def _untagged_text(in_use: list[str], tags: list[str]) -> str:
    """What an empty list filtered by a tag in use nowhere says: the tag in use it starts
    ("ase" for #asean: a tag is matched whole), or that no article carries it; "" when
    every tag asked is in use."""
    unused = unused_tag(in_use, tags)
    if unused is None:
        return ""
    tag, meant = unused
    whole = f": a tag is typed whole, #{inert_line(meant)}" if meant else ""
    return f"No article is tagged #{inert_line(tag)}{whole}. Escape in the list clears the filter."


def _searched_tag_text(in_use: list[str], text: str) -> str:
    """What an empty search for a tag's name says: that it is a tag, and the key that
    filters by it ("bien dong" for #Biển Đông); "" when the words name no tag in use. The
    search reads titles and texts, not tags: "Nothing matches" alone read as a library
    holding nothing on the subject."""
    typed = text.strip().lstrip("#")
    named = next((tag for tag in in_use if names_tag([tag], typed)), None)
    if named is None:
        return ""
    return (
        f"Nothing matches “{inert_line(text)}” in titles and texts. #{inert_line(named)} "
        "is a tag: f filters by it. Escape clears the search."
    )


def _empty_text(query: LibraryQuery, total: int) -> str:
    """What an empty list says: why nothing is listed, and the key that changes it."""
    if not total:
        return f"No articles yet: {BRING_ARTICLES}"
    if query.text:
        return f"Nothing matches “{inert_line(query.text)}”: escape clears the search."
    return "No article matches this filter: escape in the list clears it."
