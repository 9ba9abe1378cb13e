"""Reading states and feeds in the app: ``u`` and ``a`` in the list, opening reads, unread
counts (title bar, feeds section), saved filters' new matches, ``A`` subscribing to a feed and
``R`` refreshing feeds.

A state change moves no article in any order (the sorts are by date, title, source and
highlights), so the kept orders are patched in place instead of sorted again: at 100,000
articles a new sort costs a few hundred milliseconds, a patch a few.
"""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, TypeVar

from textual.content import Content

from diplotui.inert import inert_line
from diplotui.layout import one_line
from diplotui.library.feed_health import FetchOutcome, HealthReader
from diplotui.library.feed_section import feed_folders
from diplotui.library.query import LibraryQuery, MatchContext
from diplotui.library.reading import (
    READ,
    UNREAD,
    mark,
    reading_counts,
    state_of,
    toggled_archive,
    toggled_read,
)
from diplotui.library.rows import FEEDS, FolderRow
from diplotui.library.search import query_terms
from diplotui.library.view import folder_rows
from diplotui.library.watch import SEEN_SETTING, looked_at, new_counts, seen_times
from diplotui.model import Article
from diplotui.session import title_label
from diplotui.store import StoreError
from diplotui.tui.controllers.base import Controller
from diplotui.tui.notices import sentence
from diplotui.tui.store_writes import REFRESH_GROUP
from diplotui.tui.widgets.title_bar import TitleBar, retitle

if TYPE_CHECKING:
    from textual.timer import Timer

    from diplotui.feeds import RefreshProgress, RefreshSummary
    from diplotui.feeds.fetch import Response
    from diplotui.tui.controllers.library import LibraryActions, LibraryState
    from diplotui.tui.dialogs.feed_add import Subscribed
    from diplotui.tui.widgets.article_list import ArticleList

T = TypeVar("T")
LIST_EVERY = 1.0
"""Seconds between two updates of the list while a refresh brings articles in."""
_VERBS = {UNREAD: "Marked unread", READ: "Marked read", "archived": "Archived"}
UI_SWITCH_INTERVAL = 0.001
"""Seconds another thread of the app may hold the interpreter lock while the UI thread waits
for it, during ``R`` and the work it leaves behind (Python's default is 5 ms): every time the
UI thread wakes (a key, a frame's timer) it waits up to this long behind the refresh's
threads, several times per key."""
FAVOURED_AFTER = 10.0
"""Seconds the UI thread stays favoured once ``R`` is done: the list's facets, the search
index and the entity cache take in the new articles in threads meanwhile."""
FEED_NAME_CELLS = 60
"""The most a notification says of a feed's name (its title may run to 500 characters)."""


class ReadingActions(Controller):
    """What ``u``, ``a``, ``R``, opening an article and the feed folders do."""

    _refreshing = False  # R's refresh runs
    _listed_at = 0.0  # when a refresh last updated the list
    _arrived: list[str] | None = None  # a refresh's new articles not listed yet
    _unfavour: Timer | None = None  # puts the usual switch interval back after R
    _counted: set[str] | None = None  # R's arrivals on their way: the last full count's
    _counted_in_filters: set[str] | None = None  # the same, the saved filters' last full count
    _feeds_changed = False  # R ended: its feeds' records are read at the next count
    _outcomes: Mapping[str, FetchOutcome] | None = None  # each feed's last fetch, by id
    _outcomes_problem = ""  # why the outcomes' file was ignored, said once
    _health: HealthReader | None = None  # reads the outcomes' file again once it changed

    def _read_outcomes(self) -> None:
        """The feeds' last fetch outcomes, read with their records (again only once their
        file changed); a file ignored is said once."""
        if self._health is None:
            self._health = HealthReader()
        health = self._health.read(self.store.path)
        self._outcomes = health.outcomes
        if health.problem and health.problem != self._outcomes_problem:
            self.notify(health.problem, severity="warning", markup=False, timeout=8)
        self._outcomes_problem = health.problem

    @property
    def _library_actions(self) -> LibraryActions:
        return self.screen.library_actions

    @property
    def _state(self) -> LibraryState:
        return self._library_actions.state

    # -- counts -------------------------------------------------------------------------

    def count_reading(self, arrivals: list[Article] | None = None) -> None:
        """Count unread articles (in all and per feed) and new ones in saved filters again,
        and show the unread total on top, after the library changed. A refresh's
        ``arrivals`` are added to the counts (those a full count took in while they were on
        their way are passed over) rather than the library counted again: a few
        milliseconds of the UI thread at 10,000 articles, tens at 100,000, each second while
        ``R`` runs and for the first key after it. Nor are the feeds read again for arrivals
        (their records, copied whole, took half of a count: 7 ms for 20 feeds each time the
        list took in the last arrivals after ``R``): what they say changes when ``R`` is
        done, and they are read at the first count after it."""
        state = self._state
        articles: list[Article] | None = None  # read for the saved filters if they have any
        if arrivals is not None:
            fresh = _not_counted(arrivals, self._counted)
            counts = state.reading = reading_counts(fresh, state.reading)
        else:
            articles = self.store.articles()
            counts = state.reading = reading_counts(articles)
            self._counted = self._taken_in(articles)
        fresh_feeds = arrivals is None or self._feeds_changed
        if not state.feeds or (fresh_feeds and not self._refreshing):
            state.feeds = self.store.feeds()
            self._feeds_changed = False
            self._read_outcomes()
        state.feed_folders = feed_folders(state.feeds, counts, state.feeds_open, self._outcomes)
        unread = f" · {counts.unread:,} unread" if counts.unread else ""
        retitle(self.screen, f"{self.app.title}{unread}")
        if arrivals is None:
            self.count_new_in_filters(articles)
        else:
            self._add_new_in_filters(arrivals)

    def _taken_in(self, articles: list[Article]) -> set[str] | None:
        """The ids a whole count took in while a refresh's arrivals are on their way (the
        stored ones are in it; each is passed over when it comes), or None when none are."""
        state = self._state
        if self._refreshing or state.building or state.arrived:
            return {article.id for article in articles}
        return None

    def count_new_in_filters(self, articles: list[Article] | None = None) -> None:
        """How many new articles each saved filter has (``articles``: the library, when
        listed already). Its own record of what it took in: the search index or entity cache
        made ready during or just after ``R`` counts the filters alone, arrivals stored but
        not yet listed included, and those were then added again as they came ("8 new" for
        4 until the next whole count)."""
        saved = self.store.saved_filters()
        library = (self.store.articles() if articles is None else articles) if saved else []
        self._counted_in_filters = self._taken_in(library)
        self._state.new_in_filters = new_counts(
            saved, library, seen_times(self.store.setting(SEEN_SETTING)), self._ready_context
        )

    def _add_new_in_filters(self, arrivals: list[Article]) -> None:
        """Add a refresh's arrivals (those the last whole count of the filters did not take
        in) to each saved filter's count of new matches, rather than the library read and
        matched again (10 ms of the UI thread at 10,000 articles with three saved filters,
        each time the list took in arrivals; ten times that at 100,000). A filter not counted
        yet (its index being built) is counted whole when it is ready."""
        arrivals = _not_counted(arrivals, self._counted_in_filters)
        saved = self.store.saved_filters() if arrivals else []
        if not saved:
            return
        seen = seen_times(self.store.setting(SEEN_SETTING))
        counts = self._state.new_in_filters
        for name, added in new_counts(saved, arrivals, seen, self._ready_context).items():
            if name in counts:
                counts[name] += added

    def _ready_context(self, query: LibraryQuery) -> MatchContext | None:
        """``query``'s criteria resolved, or None while an index it needs is being built."""
        state = self._state
        if query_terms(query.text) and state.index is None:
            return None
        if query.entity and (state.entities is None or state.entities_pending):
            return None
        return self._library_actions.match_context(query)

    def looked_at_filter(self, name: str) -> None:
        """The user opened a saved filter: its matches so far are no longer new."""
        seen = seen_times(self.store.setting(SEEN_SETTING))
        self.screen.remember(SEEN_SETTING, looked_at(seen, name))
        self._state.new_in_filters.pop(name, None)

    def list_folders(self) -> list[FolderRow]:
        """The feeds section and the saved filters, above the list's articles."""
        state = self._state
        return [*state.feed_folders, *folder_rows(self.store, state.new_in_filters)]

    def choose_feed_folder(self, message: ArticleList.FolderChosen) -> None:
        """``enter`` on the feeds heading opens or closes the section; on a feed, lists its
        articles (escape shows the whole library again)."""
        state = self._state
        if message.kind == FEEDS:
            state.feeds_open = not state.feeds_open
            state.feed_folders = feed_folders(state.feeds, state.reading, state.feeds_open)
            self._library_actions.show_library()
            return
        query = LibraryQuery(sort=state.query.sort, feed=message.key)
        self._library_actions.set_library_query(query)
        self.library.cursor = len(self.library.folders)

    # -- states -------------------------------------------------------------------------

    def toggle(self, article_id: str, what: str) -> None:
        """``u`` and ``a`` in the list (or their palette commands on the open article):
        toggle read/unread (``what``: "read"), or archive/bring back ("archive")."""
        if not self.screen.writable():
            return
        try:
            article = self.store.article(article_id)
        except StoreError:
            return
        new_state = (toggled_read if what == "read" else toggled_archive)(article)
        leaves = what == "archive" and not self._state.query.matches(
            replace(article, state=new_state), self._library_actions.match_context()
        )
        if leaves:
            self.library.step_off(article.id)
        if not self._set_state([article.id], new_state):
            return
        if leaves:
            self._library_actions.show_library()
        label = title_label(article.title)
        unarchived = what == "archive" and new_state == READ
        if what == "archive":
            change = f"{label} out of the archive" if unarchived else f"archiving of {label}"
        else:
            change = f"marking {label} {new_state}"
        self._record_state_change(article, new_state, change)
        verb = "Out of the archive (read)" if unarchived else _VERBS[new_state]
        # an archived row leaves the list: say how to have it back
        back = " ctrl+z brings it back; a search (/) still finds it."
        back = back if leaves and not unarchived else ""
        self.notify(f"{verb}: {label}.{back}", markup=False, timeout=4 if back else 2)

    def _record_state_change(self, article: Article, new_state: str, change: str) -> None:
        """Put ``a`` and ``u`` on the undo stack, as the list's other changes are (tags, a
        deletion): an archived row leaves the list, and ``a`` on it again (found by a search)
        made it read where it may have been unread; ``u`` pressed on the wrong row lost
        which of two articles was unread. Undo puts back the state it had."""

        def put(state: str) -> Callable[[], None]:
            def write() -> None:
                mark(self.store, [article.id], state)

            return write

        self.session.record(change, put(state_of(article)), put(new_state), article.id)

    def read_on_opening(self, article: Article) -> None:
        """An unread article becomes read when it is opened (a read-only store stays as is)."""
        if state_of(article) == UNREAD and not self.store.read_only:
            self._set_state([article.id], READ)

    def show_text_change(self, article: Article | None) -> None:
        """The reader's title says when the open article's text last changed upstream (the
        sidebar says what that did to its highlights), or that it is only a feed's summary
        (its page gave no article yet), which would otherwise read as the whole story."""
        from diplotui.ingest.update import changed_when  # the importers: not at start-up

        when = changed_when(article) if article else ""
        if article is not None and article.text_is_summary:
            self.reader.border_title = "Reader · the feed's summary only (page failed)"
        else:
            title = f"Reader · updated {when}" if when else "Reader"
            self.reader.border_title = Content(title)  # a hand-edited stamp is text, not markup

    def _set_state(self, article_ids: list[str], state: str) -> bool:
        """Write the state and show it in the rows, the orders and the counts."""
        try:
            changed = mark(self.store, article_ids, state)
        except StoreError as error:
            self.notify(str(error), severity="error", markup=False)
            return False
        for article in changed:  # its row, and the facets' state column (a lookup, not a sort)
            self._library_actions.refresh_article(article)
        self.count_reading()
        self.library.set_rows(self.library.rows, folders=self.list_folders())
        return True

    # -- refreshing feeds -----------------------------------------------------------------

    def closing(self) -> None:
        """The screen goes: the UI thread's favour ends with it (its timer goes too)."""
        if sys.getswitchinterval() == UI_SWITCH_INTERVAL:
            favour_ui_thread(False)

    @property
    def refreshing(self) -> bool:
        """Whether ``R``'s refresh runs (its progress shows on the right of the title bar)."""
        return self._refreshing

    def _show_progress(self, label: str, done: float) -> None:
        self.screen.query_one(TitleBar).show_progress(label, done)

    def add_feed(self) -> None:
        """``A``: subscribe to a feed in a dialog (``diplotui feed add`` cannot write the
        library while the app holds it), then fetch that feed at once."""
        from diplotui.tui.dialogs.feed_add import FeedAddScreen

        if not self.screen.writable():
            return
        self.app.push_screen(FeedAddScreen(self.store), self._feed_added)

    def _feed_added(self, subscribed: Subscribed | None) -> None:
        if subscribed is None:
            return
        feed = subscribed.feed
        self.count_reading()  # the feeds section lists it, with no articles yet
        self.library.set_rows(self.library.rows, folders=self.list_folders())
        name = one_line(feed.display_name, FEED_NAME_CELLS)
        if self._refreshing:
            line = f"Subscribed to {name}: R fetches it once this refresh is done."
            self.notify(line, markup=False)
            return
        self.notify(f"Subscribed to {name}: fetching it…", markup=False)
        fetched = {} if subscribed.response is None else {feed.id: subscribed.response}
        self.refresh_feeds([feed.id], fetched)

    def refresh_feeds(
        self,
        feed_ids: list[str] | None = None,
        fetched: dict[str, Response] | None = None,
        bring_back: bool = False,
    ) -> None:
        """``R``: fetch every feed (or ``feed_ids``) in a worker, with its progress in the title
        bar; new articles join the list as they come, then one line says what happened.
        ``fetched``: feeds' answers fetched already (see ``refresh``); ``bring_back`` (``b``
        on a feed's row): its items whose articles were deleted stored again, here or by a
        teammate, as ``diplotui refresh --bring-back`` stores them."""
        if not self.screen.writable():
            return
        if self._refreshing:
            self.notify("The feeds are being refreshed already.", markup=False, timeout=2)
            return
        if not self.store.feeds():
            self.notify(
                "No feeds yet: A subscribes to one (a feed's address, or a page's that names "
                "its feed).",
                markup=False,
            )
            return
        keep_out_of_collections(True)
        if self._unfavour is not None:
            self._unfavour.stop()
        favour_ui_thread(True)
        self._refreshing = True
        self._show_progress("bringing back…" if bring_back else "refreshing feeds…", 0.0)
        self._listed_at = 0.0  # the first new articles are listed at once
        self.run_in_thread(
            self._refresh_all,
            feed_ids,
            fetched,
            bring_back,
            group=REFRESH_GROUP,
            exclusive=True,
            writes=True,
        )

    def _refresh_all(
        self,
        feed_ids: list[str] | None,
        fetched: dict[str, Response] | None = None,
        bring_back: bool = False,
    ) -> None:
        """The network and page extraction run here; every store access is handed to the UI
        thread (``diplotui.tui.store_writes``), a batch of articles at a time. A store turn
        or a progress step waits while a key is being handled, until its frame: a key does
        not wait behind them."""
        from textual.worker import get_current_worker

        from diplotui.feeds import RefreshPartlyStored, RefreshStopped, refresh
        from diplotui.tui.store_writes import write_on_ui_thread

        app = self.app
        keys = self.keys
        worker = get_current_worker()  # cancelled as the app quits

        def progress(step: RefreshProgress) -> None:
            keys.wait_quiet()  # a key's frame before the progress bar's
            app.call_from_thread(self._refresh_progress, step)

        def access(function: Callable[[], T]) -> T:
            keys.wait_quiet()  # a key's frame before a batch's store turn (2-20 ms)
            return write_on_ui_thread(app, partial(_frozen_after, function))

        try:
            try:
                summary = refresh(
                    self.store,
                    feed_ids,
                    progress=progress,
                    access=access,
                    separate_process=True,  # parsing must not starve this app's UI thread
                    pause=keys.wait_quiet,  # its texts written after a key's frame
                    stop=lambda: worker.is_cancelled,  # the app's exit waits for this thread
                    fetched=fetched,
                    bring_back=bring_back,
                )
            except RefreshStopped:
                return  # the app is closing: nobody is left to tell
            except RefreshPartlyStored as error:  # what was stored before it is listed
                app.call_from_thread(
                    self._refresh_done, None, str(error), error.article_ids, error.updated
                )
                return
            except StoreError as error:
                app.call_from_thread(self._refresh_done, None, str(error))
                return
            app.call_from_thread(self._refresh_done, summary, "")
        finally:  # here, not in _refresh_done: the app may have closed meanwhile
            keep_out_of_collections(False)

    def _refresh_progress(self, step: RefreshProgress) -> None:
        found = f" · {step.new:,} new" if step.new else ""
        label = inert_line(f"feeds {step.done:,}/{step.total:,}{found} · {step.feed_name}")
        self._show_progress(label, step.done / step.total if step.total else 0.0)
        arrived = self._arrived = [*(self._arrived or []), *step.new_ids]
        if arrived and time.monotonic() - self._listed_at > LIST_EVERY:
            self._listed_at = time.monotonic()
            self._arrived = []
            self._library_actions.articles_added(arrived)

    def _refresh_done(
        self,
        summary: RefreshSummary | None,
        error: str,
        stored: list[str] | None = None,
        updated: int = 0,
    ) -> None:
        """The progress goes and one line says what happened; the articles not listed yet
        join the list as the others did (put into the sorted facets by a worker), instead
        of the whole library being read, counted and sorted again (which held keys for a
        few hundred milliseconds right after ``R``). Updated texts may have moved
        highlights, so then the library is counted again. ``stored``, ``updated``: what a
        refresh stopped by a failed write had stored before it (its feed never finished, so
        no progress step listed them)."""
        self._refreshing = False
        self._feeds_changed = True
        self._unfavour = self.screen.set_timer(FAVOURED_AFTER, partial(favour_ui_thread, False))
        self.screen.query_one(TitleBar).clear_progress()
        arrived = list(dict.fromkeys([*(self._arrived or []), *(stored or [])]))
        self._arrived = None
        if updated or (summary is not None and summary.updated):
            self._library_actions.refresh_library()
            self.screen.show_changed_text()
            self.screen.statement_actions.store_followed()  # W or L shown over the refresh
        elif arrived:
            self._library_actions.articles_added(arrived)  # counted when they are in
        else:
            # the feeds' states (failed, gone) in the feeds section; arrivals a step listed
            # already (all of them when the last came over ``LIST_EVERY`` after the one
            # before, as on a loaded machine) were counted then: the library is not again
            listed = summary is not None and summary.new > 0
            self.count_reading([] if listed else None)
            self.library.set_rows(self.library.rows, folders=self.list_folders())
            self._library_actions.index_arrivals()
        if summary is None:
            self.notify(f"Refresh stopped: {error}", severity="error", markup=False)
            return
        if summary.new:
            self._library_actions.recognise_again()
        warning = summary.warning()
        said = (sentence(summary.line()), *warning.splitlines())
        line = "\n".join(inert_line(part) for part in said)
        if summary.failures or warning:
            self.notify(line, severity="warning", markup=False, timeout=8)
        else:
            self.notify(line, markup=False, timeout=8)


def _not_counted(arrivals: list[Article], counted: set[str] | None) -> list[Article]:
    """The arrivals a whole count (the ids it took in) did not take in already."""
    return [article for article in arrivals if article.id not in (counted or ())]


def keep_out_of_collections(refreshing: bool) -> None:
    """While a refresh runs, leave what lives on out of the garbage collector's full
    collections: what exists when it starts (the library's articles, facets, records: half a
    million objects at 10,000 articles), then whatever survives each full collection.

    A refresh allocates so much that the collector makes a full collection every few seconds,
    and each one visited every object of the library: 100-200 ms with every thread stopped,
    the longest waits of a key during ``R``; now each visits only what came since the last.
    What is alive at those moments is the app's state and lives on; cyclic garbage among it,
    never freed now, measured under a hundred objects when a refresh starts. Each of the
    refresh's store turns freezes what it made too (:func:`_frozen_after`). The hook on full
    collections goes when the refresh's worker ends, even if the app closed meanwhile.
    """
    if refreshing:
        gc.freeze()
        if _freeze_survivors not in gc.callbacks:
            gc.callbacks.append(_freeze_survivors)
    elif _freeze_survivors in gc.callbacks:
        gc.callbacks.remove(_freeze_survivors)


def _frozen_after(turn: Callable[[], T]) -> T:
    """One of ``R``'s store turns, then what exists frozen (see
    :func:`keep_out_of_collections`): a turn makes a batch's records and articles, which live
    on, and the young collections that followed visited each of them again (those of the UI
    thread took 15-20 ms over one ``R`` at 10,000 articles, the longest 4-13 ms; frozen after
    each turn, 5-8 ms, none over 4). Cyclic garbage left by the turns is stranded with them:
    about 2,000 objects an ``R`` in the bench, against the half-million a full collection of
    the library visits."""
    try:
        return turn()
    finally:
        gc.freeze()


_usual_switch_interval = sys.getswitchinterval()


def favour_ui_thread(favoured: bool) -> None:
    """Have the app's other threads hand the interpreter lock to a waiting UI thread after
    ``UI_SWITCH_INTERVAL`` (favoured) or after Python's usual interval again."""
    sys.setswitchinterval(UI_SWITCH_INTERVAL if favoured else _usual_switch_interval)


def _freeze_survivors(phase: str, info: dict[str, int]) -> None:
    """Right after a full collection every object left is reachable: freeze them."""
    if phase == "stop" and info["generation"] == 2:
        gc.freeze()
