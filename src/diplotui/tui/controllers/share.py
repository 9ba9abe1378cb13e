"""``S``: sync with the team's shared library in a thread worker, never holding up reading.

The worker runs git and the merge; each read and write of the store it needs is handed to the
UI thread (:func:`~diplotui.tui.store_writes.write_on_ui_thread`), so a highlight made while
the sync runs is saved in order and kept (the sync skips any record changed meanwhile and
the next sync sends it). Progress shows under the sidebar; the result is one line.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from diplotui.inert import inert_line
from diplotui.session import title_label
from diplotui.store import StoreError
from diplotui.tui.controllers.base import Controller
from diplotui.tui.notices import sentence
from diplotui.tui.store_writes import write_on_ui_thread

if TYPE_CHECKING:
    from diplotui.share import SyncResult

T = TypeVar("T")
RESTORED_NAMED = 3
"""Restored articles a sync's line names; the others are counted ("and 2 more")."""


def restored_line(titles: list[str]) -> str:
    """Which texts came back, for the sync's line: their count alone said nothing of which
    articles are readable again."""
    named = ", ".join(title_label(title) for title in titles[:RESTORED_NAMED])
    rest = len(titles) - RESTORED_NAMED
    return f"Restored: {named}{f' and {rest} more' if rest > 0 else ''}."


HELD_NAMED = 2
"""How many newly held (or changed) highlights the sync's notice names; the line counts
them all."""


def held_line(held: list[str], label: str = "Held") -> str:
    """The highlights this sync held, each once, whose and on which article (the notice
    counted "1 highlight held" and named none; the command line names each); with
    ``label`` "Changed", those a teammate's edit changed, and what changed."""
    rest = len(held) - HELD_NAMED
    named = "; ".join(inert_line(line) for line in held[:HELD_NAMED])
    return f"{label}: {named}{f'; and {rest} more' if rest > 0 else ''}."


class ShareActions(Controller):
    """Starts a sync, shows its progress and result, and repaints what it changed."""

    running = False

    def sync(self) -> None:
        from diplotui.share import is_shared, resolve_author  # git and merge code: not at start-up

        if not self.screen.writable():
            return
        if not is_shared(self.store.path):
            self.notify(
                "This library is not shared yet: run `diplotui share init REMOTE` (or "
                "`share clone REMOTE`) in a terminal.",
                severity="warning",
                markup=False,
            )
            return
        if self.running:
            self.notify("A sync is already running.", markup=False)
            return
        self.running = True
        self._progress("starting")
        self.run_in_thread(self._sync, resolve_author(self.store, None), group="share", writes=True)

    def _sync(self, author: str) -> None:
        """In the worker: the whole sync; the outcome goes back to the UI thread."""
        from diplotui.share import ShareError, Sync

        try:
            result: SyncResult | str = Sync(
                self.store,
                author,
                on_store=self._on_ui_thread,
                progress=self._report,
                refile_drafts=self.screen.draft_actions.refile,
            ).run()
        except (ShareError, StoreError) as error:
            result = str(error)
        self.app.call_from_thread(self._finish, result)

    def _on_ui_thread(self, work: Callable[[], T]) -> T:
        return write_on_ui_thread(self.app, work)

    def _report(self, step: str) -> None:
        self.app.call_from_thread(self._progress, step)

    def _progress(self, step: str) -> None:
        self.sidebar.border_subtitle = f"sync: {step}…"

    def _finish(self, result: SyncResult | str) -> None:
        self.running = False
        self.sidebar.border_subtitle = ""
        if isinstance(result, str):
            self.notify(f"Sync failed: {inert_line(result)}", severity="error", markup=False)
            return
        synced = f"Synced: {inert_line(result.summary())}"
        if result.restored_titles:
            synced += ". " + restored_line(result.restored_titles)
        held = [*result.made_ahead, *result.held_named]
        moved = result.moved_tags()  # a teammate's rename across the library: one change
        if moved:
            synced += ". " + "; ".join(inert_line(line) for line in moved)
        if result.changed_named:  # "1 highlight changed" said not which
            synced += ". " + held_line(result.changed_named, "Changed")
        if held:
            synced += ". " + held_line(held)
        # named: time to read them
        lasting = result.restored_titles or result.gave_way or held or result.changed_named
        if not result.changed_anything:
            self.notify(sentence(synced), markup=False, timeout=8 if lasting else None)
            return
        self.screen.show_store_changed()
        # one notice: said apart, the second took the place of the first (one at a time)
        undone = self.screen.follow_refiled(result.refiled)
        said = f"{synced}. {undone}" if undone else synced
        self.notify(sentence(said), markup=False, timeout=8 if lasting or undone else None)
        self._show_corrections(result)
        self.screen.statement_actions.store_followed()  # W or L shown over the sync

    def _show_corrections(self, result: SyncResult) -> None:
        """The open article's entities and speakers as the corrections the sync brought
        leave them: its reader went on naming the speaker a teammate's later correction had
        replaced, while ``y`` copied the new one."""
        entities = self.screen.entity_actions
        if result.corrections:
            entities.recognise_open_article()
        elif result.speakers and entities.found_in == (self.reader.article_id, self.reader.text):
            entities.show_speakers()
