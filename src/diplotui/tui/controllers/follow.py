"""A read-only app keeps up with the app or command that holds the store.

A second ``diplotui`` on a library another process holds opens it read-only, and showed what
it read at start until it was restarted: a colleague reading on a second terminal saw stale
highlights, notes, tags and articles. Here the store's stamp (its file's and journal's size,
time and inode: two ``stat`` calls) is looked at every ``FOLLOW_SECONDS``; when it changed,
a worker reads the store again as a new read-only ``Store`` and the UI thread puts it in the
old one's place and repaints (list, open article, sidebar), the reading position, filter and
selection kept. A read that raced a write (the stamp moved while it read) is read again; a
store that cannot be read keeps what is shown, said once.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from diplotui.errors import os_error_line
from diplotui.inert import inert_line
from diplotui.session import title_label
from diplotui.store import StoreError, store_stamp
from diplotui.tui.controllers.base import Controller

if TYPE_CHECKING:
    from pathlib import Path

    from diplotui.store import Store

FOLLOW_SECONDS = 2.0
"""How often a read-only app looks at the store's stamp."""
READ_TRIES = 3
"""Reads of a store that changes while it is read, before this round gives up (the next
look tries again)."""
RETRY_SECONDS = 0.2
"""The pause between two such reads (a writer's compaction is over by then)."""
CATCH_UP_LIMIT = 2_000
"""More articles changed than this (an import, a refresh) and the list is built again rather
than caught up article by article."""


class FollowActions(Controller):
    """Looks for another process's writes to a store open read-only, and shows them."""

    _reading = False  # a worker is reading the store again
    _refused: tuple[str | None, ...] = ()  # the stamp found unreadable (None: no file)
    _said = False  # the store's unreadability has been told (once, until it reads again)

    def start(self) -> None:
        """Start looking, if the store is open read-only (a writer's own writes are shown
        as it makes them)."""
        if self.store.read_only:
            self.screen.set_interval(FOLLOW_SECONDS, self.look)

    def look(self) -> None:
        """Read the store again in a worker if its stamp is not the one of what is shown."""
        if self._reading:
            return
        store = self.store
        stamp = store_stamp(store.path)
        if stamp == store.stamp or stamp in self._refused:  # not read again while the same
            return
        if stamp is None:  # moved or deleted: a missing file would read as an empty store
            self._unreadable(stamp, f"{store.path}: the store file is gone")
            return
        self._reading = True
        self.run_in_thread(self._read_again, store.path, stamp, group="follow")

    def _read_again(self, path: Path, stamp: str) -> None:
        """In the worker: open the store read-only, again while its stamp moved meanwhile."""
        from diplotui.store import Store

        for _ in range(READ_TRIES):
            try:
                fresh = Store.open(path, read_only=True)
                settled = fresh.stamp is not None and store_stamp(fresh.path) == fresh.stamp
                if settled:
                    # here, not on the UI thread: which highlights are whose, the articles
                    # built (a record damaged under its trust note says so now), and whether
                    # a text changed (each text's hash read: 13 ms at 10,000 articles)
                    fresh.warm_up()
                    fresh.reuse_records(self.store)
                    fresh.articles()
                    texts_changed = set(fresh.text_digests()) != set(self.store.text_digests())
                    changed = _changed_articles(fresh, self.store)
            except (StoreError, ValueError) as error:
                self.app.call_from_thread(self._unreadable, stamp, str(error))
                return
            except OSError as error:
                self.app.call_from_thread(self._unreadable, stamp, os_error_line(error))
                return
            if settled:
                self.app.call_from_thread(self._take, fresh, texts_changed, changed)
                return
            fresh.close()
            time.sleep(RETRY_SECONDS)
        self.app.call_from_thread(self._written_meanwhile)

    def _written_meanwhile(self) -> None:
        """Every read raced a write (a refresh storing batch after batch): nothing is wrong
        with the store, so nothing is said; the next look reads it again."""
        self._reading = False

    def _unreadable(self, stamp: str | None, reason: str) -> None:
        """Keep what is shown; say why once (until the store is read again). A file cut
        short or changed in place under the app is said by the store's own line, as its
        records are read from the backup from now on: two lines said one thing."""
        self._reading = False
        self._refused = (stamp,)
        if not self._said:
            self._said = True
            if self._reads_backup():
                return
            self.notify(
                "The library changed on disk and could not be read again: it is shown as "
                f"read before. {inert_line(reason)}",
                severity="warning",
                markup=False,
                timeout=8,
            )

    def _reads_backup(self) -> bool:
        """Whether the store shown reads its backup (switched to it now if its file changed
        under it: the store says so in one line)."""
        try:
            return self.store.reads_its_backup()
        except StoreError:
            return False  # no backup holds the file: this controller's line says it

    def _take(self, fresh: Store, texts_changed: bool, changed: set[str] | None) -> None:
        """On the UI thread: show ``fresh``, the library as the other process left it
        (``changed``: the articles it changed since what is shown, when that is known)."""
        self._reading = False
        self._refused = ()
        screen = self.screen
        if not screen.is_attached:  # the app is closing
            fresh.close()
            return
        old = screen.store
        open_id = self.reader.article_id
        gone = open_id is not None and open_id not in fresh.article_ids()
        closed = _title_of(old, open_id) if gone and open_id is not None else ""
        corrections_changed = fresh.corrections() != old.corrections()
        screen.take_store(fresh, texts_changed)
        old.close()
        if self._said:
            self._said = False
            self.notify("The library could be read again: it shows what is on disk now.")
        for notice in fresh.notices:
            if notice not in old.notices:
                self.notify(inert_line(notice), severity="warning", markup=False, timeout=8)
        if gone:
            screen.session.close()
            screen.show_nothing()
            self.notify(
                f"{closed} was deleted by another process: it is closed.",
                severity="warning",
                markup=False,
                timeout=8,
            )
        screen.show_store_changed(changed)
        screen.statement_actions.store_followed()
        screen.library_actions.recognise_again()
        entities = screen.entity_actions
        if corrections_changed:
            entities.recognise_open_article()
        elif entities.found_in == (self.reader.article_id, self.reader.text):
            entities.show_speakers()  # a speaker corrected by the other process


def _changed_articles(fresh: Store, shown: Store) -> set[str] | None:
    """The articles the writes since ``shown`` was read changed, when the list can take them
    in one by one; None when it is to be built again (compacted since, or many changed)."""
    version = shown.version
    changed = fresh.articles_changed_since(version) if version is not None else None
    return changed if changed is not None and len(changed) <= CATCH_UP_LIMIT else None


def _title_of(store: Store, article_id: str) -> str:
    """How a notice names an article: its title, quoted (a record the store no longer
    reads is "The open article")."""
    try:
        return title_label(store.article(article_id).title)
    except StoreError:
        return "The open article"
