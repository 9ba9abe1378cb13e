"""Reading states in the app: ``u`` and ``a`` in the list, opening reads, unread counts.

A state change moves no article in any order (the sorts are by date, title, source and
highlights), so the kept orders are patched in place instead of sorted again: at 100,000
articles a new sort costs a few hundred milliseconds, a patch a few.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from diplotui.library.reading import (
    UNREAD,
    mark,
    state_of,
    toggled_archive,
    toggled_read,
)
from diplotui.library.view import ArticleRow
from diplotui.model import Article
from diplotui.session import title_label
from diplotui.store import StoreError
from diplotui.tui.widgets.article_list import ArticleList

if TYPE_CHECKING:
    from diplotui.tui.controllers.library import LibraryActions

    _Host = LibraryActions
else:
    _Host = object

_VERBS = {"unread": "Marked unread", "read": "Marked read", "archived": "Archived"}


class ReadingActions(_Host):
    """Actions and handlers of reading states, mixed into the main screen."""

    def on_article_list_toggled(self, message: ArticleList.Toggled) -> None:
        """``u`` and ``a`` in the list: toggle read/unread, or archive/bring back."""
        if not self.writable():
            return
        try:
            article = self.store.article(message.article_id)
        except StoreError:
            return
        toggle = toggled_read if message.what == "read" else toggled_archive
        new_state = toggle(article)
        leaves = not self.library_query.matches(
            replace(article, state=new_state), self.match_context()
        )
        if leaves and message.what == "archive":
            self._step_off(article.id)
        if not self._set_state([article.id], new_state):
            return
        if leaves and message.what == "archive":
            self.show_library()
        label = title_label(article.title)
        self.notify(f"{_VERBS[new_state]}: {label}.", markup=False, timeout=2)

    def read_on_opening(self, article: Article) -> None:
        """An unread article becomes read when it is opened (a read-only store stays as is)."""
        if state_of(article) == UNREAD and not self.store.read_only:
            self._set_state([article.id], "read")

    def _set_state(self, article_ids: list[str], state: str) -> bool:
        """Write the state and show it in the rows, the orders and the counts."""
        try:
            changed = mark(self.store, article_ids, state)
        except StoreError as error:
            self.notify(str(error), severity="error", markup=False)
            return False
        library = self.library_state
        library.generation += 1  # a sort under way read the old records: it is dropped
        for article in changed:
            for sort, ids in library.ordered_ids.items():
                library.ordered[sort][ids.index(article.id)] = article
            row = ArticleRow.of(article, library.counts.get(article.id, 0))
            library.rows[article.id] = row
            self.library.update_row(row)
        self._sort_in_background()
        self.count_reading()
        return True

    def _step_off(self, article_id: str) -> None:
        """Put the cursor on the next row (else the previous one) before a row leaves."""
        ids = self.library.row_ids
        if article_id in ids:
            index = ids.index(article_id)
            neighbour = ids[index + 1] if index + 1 < len(ids) else ids[index - 1] if index else ""
            if neighbour:
                self.library.select_id(neighbour)
