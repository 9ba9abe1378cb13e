"""Who said what across the library: the Statements view and an entity's timeline.

Statements of every article come from the statement cache, filled by a thread worker (in a
helper process when many articles are missing, so the finder never holds the UI's GIL for the
whole library); the view only filters rows the worker indexed. A timeline reads the statement
and timeline caches, also in a worker, which has them filled in the same helper process when
many articles are missing.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from diplotui.store.collection import gc_paused
from diplotui.tui.controllers.base import Controller
from diplotui.tui.controllers.entities import PREPARE_APART

if TYPE_CHECKING:
    from textual.worker import Worker

    from diplotui.library.speaker_names import LibraryNames
    from diplotui.library.statement_cache import StatementCache
    from diplotui.library.statements import LibraryStatement, StatementIndex
    from diplotui.library.timeline import TimelineDates, TimelineEntry
    from diplotui.model import Article, EntitySpan
    from diplotui.store import Store
    from diplotui.tui.dialogs.statements import Opened, StatementsScreen
    from diplotui.tui.dialogs.timeline import TimelineScreen
    from diplotui.tui.screens.main import MainScreen

HELPER_FROM = 200  # more missing articles than this are searched in a helper process
STATEMENTS_VIEW = "statements"  # the installed view's name
REINDEX_SECONDS = 3.0  # while filling, the view's index is rebuilt at most this often
PRELOAD_SECONDS = 2.0  # after the first frame, when start-up work has settled


@dataclass(slots=True)
class StatementsState:
    cache: StatementCache | None = None
    index: StatementIndex | None = None
    pending: int = 0
    # the articles the index was built from, each with the date it ordered it by
    indexed: dict[str, str] | None = None
    texts_replaced: int = 0  # the store's count of changed texts when the index was begun
    speakers_key: str = ""  # of the speaker corrections the index was built with
    view: StatementsScreen | None = None  # installed once built, shown again by later W
    filling: bool = False  # a worker is finding the missing statements
    preloading: bool = False  # a worker indexes the cache after start-up (no finding)
    fill_asked: bool = False  # W came while preloading: that worker goes on to fill
    names: LibraryNames | None = None  # the index's speakers' one names, for the reader


SPEAKING_TYPES = ("PERSON", "ORG")  # in a sentence, their timelines come before a place's
TIMELINE_TYPES = (*SPEAKING_TYPES, "GPE", "EVENT")  # the entities a timeline is asked for
NO_TIMELINE = {  # the sidebar's entities that have none: a title's would list whoever held it
    "ROLE": "A title has no timeline: L on the person's name (in the sidebar, or the reader).",
    "DATE": "A date has no timeline: L on a person, body or place named on it.",
}


class StatementActions(Controller):
    """Open the Statements view and timelines; keep the statement index current."""

    def __init__(self, screen: MainScreen) -> None:
        import threading

        super().__init__(screen)
        self.state = StatementsState()
        self._handover = threading.Lock()  # between a preloading worker and W
        self._timeline_from = 0  # what the timeline shown was read from (``read_from``)

    def preload_soon(self) -> None:
        """After start-up: index the statements a cache already holds, in a worker, so the
        first ``W`` opens on them instead of waiting for the cache to be read (seconds at
        10,000 articles). Finding missing statements still waits for ``W``."""
        from diplotui.library.statement_cache import CACHE_NAME
        from diplotui.paths import cache_dir

        if (cache_dir(self.store.path) / CACHE_NAME).is_file():
            self.screen.set_timer(PRELOAD_SECONDS, self._preload)

    def _preload(self) -> None:
        if self.state.index is not None or self.state.filling:
            return
        if self._put_off_while_busy(self._preload):
            return
        self.state.preloading = True
        self.run_in_thread(self._index_library, False, group="statements", exclusive=True)

    def _put_off_while_busy(self, then: Callable[[], None]) -> bool:
        """Whether ``R`` runs or a key came in the last ``PRELOAD_SECONDS``, ``then`` put
        off until they have not: start-up's quiet work (the cache read and indexed in a
        worker, the view composed and laid out, 20-60 ms of the UI thread at 10,000 articles)
        is no work for the moments a refresh draws its arrivals or someone types."""
        if not self.screen.reading_actions.refreshing and self.keys.idle_for() >= PRELOAD_SECONDS:
            return False
        self.screen.set_timer(PRELOAD_SECONDS, then)
        return True

    def _fill_statements(self) -> None:
        with self._handover:
            if self.state.preloading:  # that worker fills once it has indexed the cache
                self.state.fill_asked = True
                return
            if self.state.filling:
                return  # W pressed again before the first worker started
            self.state.filling = True
        self.run_in_thread(self._index_library, True, group="statements", exclusive=True)

    def _index_library(self, fill: bool) -> None:
        """Index the cached statements, then (``fill``) find the missing ones: in a helper
        process when there are many (the first start of a big library), so the UI keeps its
        GIL."""
        import time

        from textual.worker import get_current_worker

        from diplotui.library import LibraryQuery
        from diplotui.library.statement_cache import StatementCache

        worker = get_current_worker()
        self.state.texts_replaced = self.store.texts_replaced  # before the articles are read
        with gc_paused():  # the cache read and indexed as one pause (see _index_statements)
            cache = self.state.cache or StatementCache.load(self.store)
            cache.take_speakers(self.store)
            self.state.speakers_key = cache.speakers_key
            articles = LibraryQuery().apply(self.store)  # newest first, the archived left out
            self.state.indexed = {article.id: article.date for article in articles}
            cache.prune(articles)
            missing = cache.missing(articles)
            self._index_statements(cache, articles, len(missing))
        with self._handover:
            fill = fill or self.state.fill_asked
            self.state.preloading = self.state.fill_asked = False
            self.state.filling = fill and bool(missing)
        if not self.state.filling:
            cache.save()  # only when texts were pruned
            return
        indexed_at, told, shown = time.monotonic(), 0, 0

        def progress(done: int, total: int) -> None:
            """Index what was found every few seconds, and at once when told the same figures
            again: the next text is long, and what the last answers brought would wait for it
            (the statements of six articles, for two minutes)."""
            nonlocal indexed_at, told, shown
            again, told = done == told, done
            soon = time.monotonic() - indexed_at < REINDEX_SECONDS
            if done == total or not soon or (again and done != shown):
                self._index_statements(cache, articles, total - done)
                indexed_at, shown = time.monotonic(), done

        stop = lambda: worker.is_cancelled  # noqa: E731
        try:
            if not cache.wants_helper(self.store, missing, HELPER_FROM, PREPARE_APART):
                cache.fill(self.store, missing, progress=progress, stop=stop)
            else:
                cache.fill_in_process(self.store, missing, progress=progress, stop=stop)
        finally:
            self.state.filling = False  # a later W fills what is still missing
        self.say_failed(cache.failed(missing), "view", cache.failed(articles))

    def _index_statements(
        self, cache: StatementCache, articles: list[Article], pending: int
    ) -> None:
        """(Worker thread) index what the cache holds and hand it to the UI, collection
        paused meanwhile and what was made frozen before it resumes: the index makes a few
        objects per statement and no cycles, and the collections its growth set off (or,
        paused only, the first one after, visiting every object made meanwhile) stopped
        every thread, the UI's too, for 0.3-1.5 s at a time over one article of 185,000
        statements."""
        from diplotui.library.speaker_names import LibraryNames
        from diplotui.library.statements import StatementIndex, StatementQuery  # not at start-up

        with gc_paused():
            index = StatementIndex.build(articles, cache)
            index.find(StatementQuery())  # its speakers counted here, not when the view opens
            names = LibraryNames.of(index.names)  # here too: an article opened reads them
            gc.freeze()
        self.app.call_from_thread(self._statements_ready, cache, index, pending, names)

    def _statements_ready(
        self, cache: StatementCache, index: StatementIndex, pending: int, names: LibraryNames
    ) -> None:
        from diplotui.tui.dialogs.dialog import load_dialog_styles

        state = self.state
        state.cache, state.index, state.pending = cache, index, pending
        if names.names != (state.names.names if state.names else {}):
            state.names = names
            self.screen.entity_actions.show_speakers()  # the reader's label in them too
        # they live as long as the app: full collections visiting the 300,000 objects of a
        # 10,000-article library's index took 130-200 ms each, every thread stopped, a key
        # in four dozen of those scrolling the Statements view (no cycles: refcounts free an
        # index once a newer one replaces it)
        gc.freeze()
        if state.view is not None:
            state.view.set_index(index, pending)
        else:  # preloaded before any W: the view is made now, not by the first W
            load_dialog_styles(self.app, self.screen)
            self.screen.call_after_refresh(self._prepare_view)

    def _prepare_view(self) -> None:
        """Compose and lay out the view at a quiet moment, before any ``W``: pushed and popped
        at once, it is mounted and sized but never painted, and the first ``W`` then costs
        what a later one does (showing it) instead of Textual composing, styling and laying
        out its widgets twice (a first showing also resizes)."""
        state, app = self.state, self.app
        if state.view is not None or state.index is None or app.screen is not self.screen:
            return  # W came first, or a dialog is open: the view is made when asked
        if self._put_off_while_busy(self._prepare_view):
            return
        state.view = self._new_view()
        app.install_screen(state.view, STATEMENTS_VIEW)
        app.push_screen(STATEMENTS_VIEW)
        app.pop_screen()

    def _new_view(self, typed: str = "") -> StatementsScreen:
        """The Statements view, with what its keys reach in the app (``y`` a copy, ``L`` a
        timeline), made alike whether a quiet moment or ``W`` makes it: the view made
        before the first ``W`` had no timeline, and ``L`` in it did nothing."""
        from diplotui.tui.dialogs.statements import StatementsScreen

        state = self.state
        return StatementsScreen(
            state.index,
            state.pending,
            typed,
            self._store_now,
            self.copy_statement,
            self.open_timeline,
        )

    def _store_now(self) -> Store:
        """The store as the app holds it now (a read-only app following writes swaps it)."""
        return self.store

    def statements_view(self, typed: str = "") -> None:
        """``W``: the library's statements by speaker, newest first."""
        state = self.state
        if state.view is None:
            state.view = self._new_view(typed)
            self.app.install_screen(state.view, STATEMENTS_VIEW)
        elif state.view.is_mounted:
            state.view.reopen(typed)
        self.app.push_screen(STATEMENTS_VIEW, self.open_statement)
        if self._index_stale():
            # after the view's first frame, so that reading the cache does not hold the
            # interpreter lock before it
            self.screen.call_after_refresh(self._fill_statements)

    def _index_stale(self) -> bool:
        """Whether the index misses what the store holds now: preloaded only, or articles
        imported, deleted, archived or brought back, dated anew (newest first no longer
        holds), given a changed text (R) or a speaker corrected (P) since it was built."""
        from diplotui.statements.corrections import speaker_corrections_key

        state = self.state
        return (
            state.index is None
            or (state.pending and not state.filling)
            or not _lists_as_indexed(self.store, state.indexed)
            or state.texts_replaced != self.store.texts_replaced
            or state.speakers_key != speaker_corrections_key(self.store.speaker_corrections())
        )

    def store_followed(self) -> None:
        """After a read-only app took the writer's changes, or a refresh (``R``) or a sync
        (``S``), workers both, changed the library: the Statements view, if shown, indexes
        them now, as a later ``W`` would; it listed a deleted article's statements and a
        corrected speaker's old name until closed and opened again, and a changed text's
        statements at their old offsets (``enter`` put the cursor on other words). A
        timeline shown is read again."""
        view = self.state.view
        if view is not None and self.app.screen is view and self._index_stale():
            self._fill_statements()
        from diplotui.library.timeline import read_from
        from diplotui.tui.dialogs.timeline import TimelineScreen

        shown = self.app.screen
        if isinstance(shown, TimelineScreen) and read_from(self.store) != self._timeline_from:
            shown.read_again()
            self._read_timeline(shown)

    def open_statement(self, opened: Opened | None) -> None:
        """Open an article with the reading cursor on the chosen statement or entry."""
        if opened is None:
            return
        article_id, start, end = opened
        self.screen.read_article(article_id)
        self.reader.jump_to_statement(start, end)

    def copy_statement(self, item: LibraryStatement) -> None:
        """``y`` in the Statements view or a timeline: the statement's words with its speaker
        and citation, as ``y`` on it in the reader copies them (the article's details as
        stored now)."""
        from diplotui.cite import format_quote
        from diplotui.library.statements import said_as_stored
        from diplotui.session import said_label
        from diplotui.statements.said import colon_verb as verb_before_colon
        from diplotui.statements.said import elided
        from diplotui.store import StoreError

        try:
            article = self.store.article(item.article.id)
        except StoreError as error:  # deleted since the view was filled
            self.notify(str(error), severity="error", markup=False)
            return
        quotes, statement = self.screen.quote_actions, item.statement
        # as the row shows it, the reader copies it and the exports name it ("X called on
        # delegates to ..."); an unreadable text: the finder's words and kind still cite it
        said = said_as_stored(self.store, article.id, statement, self.state.cache)
        style = quotes.cite_style()
        colon_verb = verb_before_colon(statement)  # as the row names it
        words = elided(said.words, said)  # its ellipses as the reader's copy gives them
        quoted = format_quote(
            words,
            article,
            style,
            shorten=quotes.shorten_quotes(),
            speaker=statement.speaker,
            role=statement.role,
            reported=not said.direct,
            verb=said.verb,
            cut=said.cut,
            colon_verb=colon_verb,
        )
        what = said_label(  # as copied
            words, said.direct, statement.speaker, said.verb, said.cut, colon_verb
        )
        quotes.copy_text(quoted, style, article.id, what=what)

    # -- timeline --------------------------------------------------------------------------

    def entity_timeline(self) -> None:
        """``L``: statements and dated events of the entity in the sidebar or under the
        cursor, across the library, oldest first."""
        sidebar = self.sidebar
        item = sidebar.current_item if sidebar.has_focus else None
        if item is None and not self.reader.article_id:
            from diplotui.tui.widgets.reader import NO_ARTICLE

            self.notify(NO_ARTICLE, markup=False)  # not "No name in this sentence"
            return
        name = ""
        if item is not None and item.kind == "entity":
            if item.type in NO_TIMELINE:
                self.notify(NO_TIMELINE[item.type], markup=False)
                return
            entity_actions = self.screen.entity_actions
            spans = entity_actions.mentions.get((item.type, item.key), [])
            name = entity_actions.full_name_of(spans[0]) if spans else item.key
        marked = self._marked_mention() if item is None else None
        if marked is not None and marked.type in NO_TIMELINE:  # > marked a title or a date
            self.notify(NO_TIMELINE[marked.type], markup=False)
            return
        if not name:
            name = self._named_at_cursor()
        if not name and self.reader.article_id and not self.reader.statements_found:
            self.screen.held_keys.hold("L", "Opening the timeline", self.entity_timeline)
            return
        if not name:
            self.notify(f"{self._no_name_here()}: > goes to the next one, or choose one in the "
                        "sidebar's Entities; then L.", markup=False)  # fmt: skip
            return
        from diplotui.tui.dialogs.timeline import READER_HINT, SIDEBAR_HINT

        in_sidebar = item is not None and item.kind == "entity"  # the hint fits where L was
        self.open_timeline(name, hint=SIDEBAR_HINT if in_sidebar else READER_HINT)

    def open_timeline(
        self,
        name: str,
        then: Callable[[Opened | None], None] | None = None,
        hint: str = "",
        dates: TimelineDates | None = None,
    ) -> None:
        """The timeline of ``name`` over the screen shown (``L``); ``then`` (by default
        opening it) takes the entry ``enter`` chose, or None; ``hint``: how to choose another
        name where ``L`` was pressed, should none be found (by default, the Statements
        view's). A name of function words alone (a speaker corrected to "The") names no one:
        said, as ``timeline the`` says it, where the timeline listed every statement holding
        "the". ``dates``: the days the entries are kept in (the Statements view's since:
        and until:), by default all."""
        from diplotui.inert import inert_line
        from diplotui.library.statements import names_no_one

        if names_no_one(name):
            self.notify(f"{inert_line(name)!r} names no one: L follows a person or a body.",
                        markup=False)  # fmt: skip
            return
        from diplotui.tui.dialogs.timeline import LIST_HINT, TimelineScreen

        screen = TimelineScreen(name, self.copy_statement, hint or LIST_HINT, dates)
        self.app.push_screen(screen, partial(self._timeline_closed, then or self.open_statement))
        self._read_timeline(screen)

    def _read_timeline(self, screen: TimelineScreen) -> None:
        """Read the timeline ``screen`` shows from the library as it is now, in a thread
        (one reading it before is stopped)."""
        name, dates = screen.entity_name, screen.dates
        self.run_in_thread(
            self._build_timeline, screen, name, dates, group="timeline", exclusive=True
        )

    def _timeline_closed(
        self, then: Callable[[Opened | None], None], opened: Opened | None
    ) -> None:
        """Stop reading the library for a timeline no one will see (a thread reads on until
        it looks: at 10,000 articles, half a minute of the CPU the keys need)."""
        self.screen.workers.cancel_group(self.screen, "timeline")
        then(opened)

    def _marked_mention(self) -> EntitySpan | None:
        """The mention ``>``/``<`` marked, while the cursor is on its sentence."""
        mention, (start, end) = self.reader.mention, self.reader.cursor_span
        return mention if mention is not None and start <= mention.start < end else None

    def _no_name_here(self) -> str:
        """Why the cursor's sentence gives ``L`` no one: a group speaking ("delegates
        proposed" under the pane) is named there, but is no name a timeline follows; "No name
        in this sentence" beside "delegates" read as a name missed."""
        from diplotui.library.timeline import speaker_timeline

        reader = self.reader
        statement = reader.statement_at(*reader.cursor_span) if reader.statements else None
        if statement is not None:
            _name, why = speaker_timeline(statement.speaker, statement.speaker_type)
            if why:
                return why
        return "No name in this sentence"

    def _named_at_cursor(self) -> str:
        """The marked mention, else the speaker the line under the pane names (not the
        dateline's city before them), else the first person or body in the cursor's
        sentence, else its first place or event (a title or a date has no timeline of its
        own); a paragraph's dateline ("WVR - ", "HANOI (VNA) - ") names the outlet and
        where it filed from, not whom the sentence is about: its names come last."""
        from diplotui.statements.subjects import dateline_end

        reader = self.reader
        start, end = reader.cursor_span
        name_of = self.screen.entity_actions.full_name_of
        if (marked := self._marked_mention()) is not None:
            return name_of(marked)
        statement = reader.statement_at(start, end) if reader.statements else None
        if statement is not None and statement.speaker_type in ("PERSON", "ORG"):
            return statement.speaker
        named = [
            s for s in reader.entities
            if start <= s.start < end and s.type in TIMELINE_TYPES
        ]  # fmt: skip
        text = reader.text
        opens_line = not text[text.rfind("\n", 0, start) + 1 : start].strip()
        body = dateline_end(text, start, end) if named and opens_line else start
        # a person or body before a place: "Meeting in Quito, Minister X and Y said" is X's
        named.sort(key=lambda span: (span.start < body, span.type not in SPEAKING_TYPES))  # stable
        return name_of(named[0]) if named else ""

    def _build_timeline(self, screen: object, name: str, dates: TimelineDates) -> None:
        from textual.worker import get_current_worker

        from diplotui.library.query import QueryError
        from diplotui.library.statement_cache import StatementCache
        from diplotui.library.text_cache import (
            TextCache,
            fill_together,
            fill_together_in_process,
            missing_in,
        )
        from diplotui.library.timeline import TimelineCache, entity_timeline, read_from

        worker = get_current_worker()
        stop = lambda: worker.is_cancelled  # noqa: E731
        store = self.store  # one library throughout, should another process's replace it
        self._timeline_from = read_from(store)  # here: 15 ms at 10,000 articles
        said, dated = StatementCache.load(store), TimelineCache.load(store)

        def progress(done: int, total: int) -> None:
            self.app.call_from_thread(self._timeline_reading, screen, done, total)

        def fill(caches: Sequence[TextCache[Any]], store: Store, articles: list[Article]) -> None:
            """The articles the timeline reads (those that can name it, at the first ``L``
            of a library), both caches filled by one helper, which recognises each text once
            for both, when they are many (in this thread, the statements held the UI's GIL)."""
            missing = missing_in(caches, articles)
            if dated.wants_helper(store, missing, HELPER_FROM, PREPARE_APART):
                fill_together_in_process(caches, store, missing, progress, stop)
            fill_together(caches, store, articles, stop=stop)  # what the helper left

        failures: list[tuple[Article, str]] = []
        entries = entity_timeline(store, name, stop, dated, said, failures=failures, fill=fill)
        try:
            entries, undated = dates.kept(entries)
        except QueryError:  # refused in the view, which listed nothing to press L on
            undated = 0
        self.app.call_from_thread(self._timeline_ready, screen, entries, undated, worker)
        self.say_failed(failures, "timeline")

    def _timeline_reading(self, screen: object, done: int, total: int) -> None:
        from diplotui.tui.dialogs.timeline import TimelineScreen

        if isinstance(screen, TimelineScreen) and screen.is_attached:
            screen.reading(done, total)

    def _timeline_ready(
        self, screen: object, entries: list[TimelineEntry], undated: int, worker: Worker[None]
    ) -> None:
        """Show the entries a reading found, unless it was stopped (asked here, on the UI
        thread, which stops them): one stopped for a later change of the library handed over
        what it had read before that change, and ``enter`` no longer waited for the next."""
        from diplotui.tui.dialogs.timeline import TimelineScreen

        if isinstance(screen, TimelineScreen) and screen.is_attached and not worker.is_cancelled:
            screen.show_entries(entries, undated)


def _lists_as_indexed(store: Store, indexed: dict[str, str] | None) -> bool:
    """Whether the library lists the articles the index was built from (the archived left
    out, as the index leaves them), each of the date the index ordered it by: one pass over
    the articles, as long as comparing their ids as sets took (a set of (id, date) pairs
    took twice as long)."""
    from diplotui.library.reading import ARCHIVED

    if indexed is None:
        return False
    listed = 0
    for article in store.articles():
        if article.state == ARCHIVED:
            continue
        if indexed.get(article.id) != article.date:
            return False
        listed += 1
    return listed == len(indexed)
