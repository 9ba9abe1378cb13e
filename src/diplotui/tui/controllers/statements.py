"""Who said what across the library: the Statements view and an entity's timeline.

Statements of every article come from the statement cache, filled in a thread worker (the
finder never runs on the UI thread for the whole library); the view only filters rows the
worker indexed. A timeline recognises the articles that mention the entity, also in a worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from diplotui.library.statements import StatementIndex
from diplotui.tui.controllers.base import Controller

if TYPE_CHECKING:
    from diplotui.library.statement_cache import StatementCache
    from diplotui.library.timeline import TimelineEntry
    from diplotui.tui.dialogs.statements import Opened
    from diplotui.tui.screens.main import MainScreen

FILL_CHUNK = 200  # articles searched between two updates of the view


@dataclass(slots=True)
class StatementsState:
    cache: StatementCache | None = None
    index: StatementIndex | None = None
    pending: int = 0
    article_count: int = -1  # of the store when the index was built


class StatementActions(Controller):
    """Open the Statements view and timelines; keep the statement index current."""

    def __init__(self, screen: MainScreen) -> None:
        super().__init__(screen)
        self.state = StatementsState()

    def _fill_statements(self) -> None:
        self.run_in_thread(self._index_library, group="statements", exclusive=True)

    def _index_library(self) -> None:
        from textual.worker import get_current_worker

        from diplotui.library import LibraryQuery
        from diplotui.library.statement_cache import StatementCache

        worker = get_current_worker()
        state = self.state
        cache = state.cache or StatementCache.load(self.store)
        articles = LibraryQuery().apply(self.store)  # newest first
        missing = cache.missing(articles)
        index = StatementIndex.build(articles, cache)
        index.speakers(index.rows)  # counted here, not when the view opens
        self.app.call_from_thread(self._statements_ready, cache, index, len(missing))
        for start in range(0, len(missing), FILL_CHUNK):
            if worker.is_cancelled:
                return
            cache.fill(self.store, missing[start : start + FILL_CHUNK], save_every=FILL_CHUNK)
            pending = max(len(missing) - start - FILL_CHUNK, 0)
            index = StatementIndex.build(articles, cache)
            index.speakers(index.rows)
            self.app.call_from_thread(self._statements_ready, cache, index, pending)

    def _statements_ready(self, cache: StatementCache, index: StatementIndex, pending: int) -> None:
        from diplotui.tui.dialogs.statements import StatementsScreen

        state = self.state
        state.cache, state.index, state.pending = cache, index, pending
        state.article_count = index.article_count
        for screen in self.app.screen_stack:
            if isinstance(screen, StatementsScreen):
                screen.set_index(state.index, pending)

    def statements_view(self, typed: str = "") -> None:
        """``W``: the library's statements by speaker, newest first."""
        from diplotui.tui.dialogs.statements import StatementsScreen

        state = self.state
        self.app.push_screen(
            StatementsScreen(state.index, state.pending, typed), self.open_statement
        )
        if state.index is None or state.article_count != len(self.store.articles()):
            self._fill_statements()  # articles imported or deleted since: indexed anew

    def open_statement(self, opened: Opened | None) -> None:
        """Open an article with the reading cursor on the chosen statement or entry."""
        if opened is None:
            return
        article_id, start, end = opened
        self.screen.open_article(article_id)
        self.reader.jump_to(start, end)
        self.reader.focus()

    # -- timeline --------------------------------------------------------------------------

    def entity_timeline(self) -> None:
        """``L``: statements and dated events of the entity in the sidebar or under the
        cursor, across the library, oldest first."""
        sidebar = self.sidebar
        item = sidebar.current_item if sidebar.has_focus else None
        name = ""
        if item is not None and item.kind == "entity":
            name = self.screen.entity_actions.name_of(item)
        if not name:
            name = self._named_at_cursor()
        if not name:
            self.notify("Choose an entity in the sidebar or the reader first.", markup=False)
            return
        from diplotui.tui.dialogs.timeline import TimelineScreen

        screen = TimelineScreen(name)
        self.app.push_screen(screen, self.open_statement)
        self.run_in_thread(self._build_timeline, screen, name, group="timeline", exclusive=True)

    def _named_at_cursor(self) -> str:
        """The marked mention, else the first person, body or place in the cursor's sentence
        (a title or a date has no timeline of its own)."""
        reader = self.reader
        start, end = reader.cursor_span
        if reader.mention is not None and start <= reader.mention.start < end:
            return reader.mention.text
        named = [
            s for s in reader.entities
            if start <= s.start < end and s.type in ("PERSON", "ORG", "GPE", "EVENT")
        ]  # fmt: skip
        return named[0].text if named else ""

    def _build_timeline(self, screen: object, name: str) -> None:
        from diplotui.library.timeline import entity_timeline

        entries = entity_timeline(self.store, name, self.store.corrections())
        self.app.call_from_thread(self._timeline_ready, screen, entries)

    def _timeline_ready(self, screen: object, entries: list[TimelineEntry]) -> None:
        from diplotui.tui.dialogs.timeline import TimelineScreen

        if isinstance(screen, TimelineScreen) and screen.is_attached:
            screen.show_entries(entries)
