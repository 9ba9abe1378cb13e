"""Annotations: highlights, their colours, notes and tags, deletion and undo, orphans.

Every change is saved to the store at once and recorded on an undo stack for the session, so
nothing is ever lost to a stray key: ``u`` puts back the last deletion or edit.
"""

from __future__ import annotations

import dataclasses
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING

from diplotui.inert import inert_line
from diplotui.layout import highlight_text
from diplotui.model import AnchorStatus, Highlight
from diplotui.palette import DEFAULT_COLOUR, colour_label
from diplotui.store import StoreError
from diplotui.tags import TagError, add_tags, parse_tags
from diplotui.tui.widgets.reader import Reader
from diplotui.tui.widgets.sidebar import Sidebar, SidebarItem

if TYPE_CHECKING:
    from diplotui.tui.controllers.host import ScreenHost

    _Host = ScreenHost
else:
    _Host = object

UNDO_DEPTH = 100
COLOUR_SETTING = "highlight_colour"


@dataclasses.dataclass(frozen=True, slots=True)
class Passage:
    """A range of the open article's stored text, and the highlight it is, if any."""

    article_id: str
    start: int
    end: int
    highlight_id: str | None = None


@dataclasses.dataclass(frozen=True, slots=True)
class Change:
    """One undoable change: what it was, and how to put things back."""

    label: str
    undo: Callable[[], None]


class AnnotationActions(_Host):
    """Highlight, recolour, note, tag, delete and undo from the keyboard."""

    @property
    def undo_stack(self) -> deque[Change]:
        """This session's changes, newest last (created on first use: mixins have no init)."""
        return self.__dict__.setdefault("_undo_stack", deque(maxlen=UNDO_DEPTH))

    # -- what the keys act on ----------------------------------------------------------------

    def current_passage(self) -> Passage:
        """The selection, else the highlight under the reading cursor, else its sentence."""
        reader = self.reader
        article_id = reader.article_id or ""
        if reader.selection is not None:
            return Passage(article_id, *reader.selection)
        highlight = reader.highlight_at_cursor()
        if highlight is not None:
            return Passage(article_id, highlight.start, highlight.end, highlight.id)
        return Passage(article_id, *reader.cursor_span)

    def _sidebar_item(self) -> SidebarItem | None:
        sidebar = self.sidebar
        return sidebar.current_item if sidebar.has_focus else None

    def _target_highlight(self) -> Highlight | None:
        """The sidebar's row when the list has focus, otherwise the highlight at the cursor."""
        item = self._sidebar_item()
        if item is not None and item.kind in ("highlight", "orphan"):
            return self._stored_highlight(item.key)
        if self.sidebar.has_focus:
            return None
        highlight = self.reader.highlight_at_cursor()
        return self._stored_highlight(highlight.id) if highlight else None

    def _stored_highlight(self, highlight_id: str) -> Highlight | None:
        try:
            return self.store.highlight(highlight_id)
        except StoreError:
            return None

    def _can_annotate(self) -> bool:
        if not self.reader.article_id:
            self.notify("Open an article first.", markup=False)
            return False
        return self.writable()

    # -- refreshing ------------------------------------------------------------------------

    def refresh_annotations(self, changed: bool = False) -> None:
        """Repaint the open article's highlights in the reader, then list them in the sidebar.

        The sidebar waits for the next refresh, so the reader's frame is never held up by it;
        ``changed`` also updates the article's row in the library (its highlight count).
        """
        article_id = self.reader.article_id
        highlights = self.store.highlights(article_id) if article_id else []
        self.reader.set_highlights(highlights)
        self.call_after_refresh(self._list_annotations, article_id, highlights, changed)

    def _list_annotations(
        self, article_id: str | None, highlights: list[Highlight], changed: bool
    ) -> None:
        if article_id == self.reader.article_id:
            reader = self.reader
            shown = {h.id: highlight_text(reader.text, h, reader.blocks) for h in highlights}
            self.sidebar.show_annotations(highlights, shown)
            if article_id and changed:
                self.refresh_article(self.store.article(article_id))

    def on_reader_article_shown(self, message: Reader.ArticleShown) -> None:
        self.refresh_annotations()

    def _changed(self, label: str, undo: Callable[[], None]) -> None:
        self.undo_stack.append(Change(label, undo))
        self.refresh_annotations(changed=True)

    def _save(self, highlight: Highlight) -> bool:
        try:
            self.store.save_highlight(highlight)
        except StoreError as error:
            self.notify(str(error), severity="error", markup=False)
            return False
        return True

    def _restore(self, before: Highlight) -> Callable[[], None]:
        """An undo that puts ``before`` back as it was (recreating it if it was deleted)."""
        kept = dataclasses.replace(before)

        def restore() -> None:
            self.store.save_highlight(dataclasses.replace(kept))

        return restore

    def _forget(self, highlight_id: str) -> Callable[[], None]:
        def forget() -> None:
            self.store.remove_highlight(highlight_id)

        return forget

    # -- highlighting ----------------------------------------------------------------------

    def action_highlight(self, colour: str | None = None) -> None:
        """Highlight the selection or sentence; on a highlight, a colour key recolours it."""
        if not self._can_annotate():
            return
        reader = self.reader
        chosen = colour or self.store.setting(COLOUR_SETTING, DEFAULT_COLOUR)
        if colour:
            self.remember(COLOUR_SETTING, colour)
        existing = reader.highlight_at_cursor() if reader.selection is None else None
        if existing is not None:
            if chosen == existing.color:
                self.notify("Already highlighted: 1–5 recolour it.", markup=False)
                return
            self._recolour(existing.id, chosen)
            return
        start, end = reader.selection or reader.cursor_span
        if start >= end:
            return
        from diplotui.anchoring import new_highlight  # loaded with the first highlight

        statement = reader.statement_at(start, end)  # a highlight of a statement keeps its speaker
        highlight = new_highlight(
            reader.article_id or "",
            reader.text,
            start,
            end,
            color=chosen,
            speaker=statement.speaker if statement else "",
            speaker_role=statement.role if statement else "",
        )
        if self._save(highlight):
            reader.clear_selection()
            self._changed("highlight", self._forget(highlight.id))
            self.notify(f"Highlighted: {colour_label(chosen)}.", markup=False, timeout=2)

    def _recolour(self, highlight_id: str, colour: str) -> None:
        before = self._stored_highlight(highlight_id)
        if before is None:
            return
        undo = self._restore(before)
        if self._save(dataclasses.replace(before, color=colour)):
            self._changed("recolour", undo)
            self.notify(f"Recoloured: {colour_label(colour)}.", markup=False, timeout=2)

    # -- notes and tags --------------------------------------------------------------------

    def _ask_note(self, target: str, note: str, save: Callable[[str | None], bool]) -> None:
        """``save`` writes the note; when it fails, the dialog stays open with the text."""
        from diplotui.tui.screens.note import NoteScreen  # TextArea: loaded when first used

        self.app.push_screen(NoteScreen(target, note, save))

    def action_edit_note(self) -> None:
        """Note on the highlight under the cursor, or on the article when there is none."""
        if not self._can_annotate():
            return
        highlight = self._target_highlight()
        if highlight is not None:
            target = f"“{inert_line(highlight.quote[:60])}”"

            def save_highlight_note(note: str | None) -> bool:
                if note is None or note == highlight.note:
                    return True
                undo = self._restore(highlight)
                if not self._save(dataclasses.replace(highlight, note=note)):
                    return False
                self._changed("note", undo)
                return True

            self._ask_note(target, highlight.note, save_highlight_note)
            return
        article = self.store.article(self.reader.article_id or "")

        def save_article_note(note: str | None) -> bool:
            if note is None or note == article.note:
                return True
            old = article.note
            try:
                updated = self.store.with_updates(article, note=note)
            except StoreError as error:
                self.notify(str(error), severity="error", markup=False)
                return False

            def undo() -> None:
                current = self.store.article(updated.id)
                self.store.with_updates(current, note=old)

            self._changed("article note", undo)
            return True

        self._ask_note("the article", article.note, save_article_note)

    def action_tag_highlight(self) -> None:
        if not self._can_annotate():
            return
        highlight = self._target_highlight()
        if highlight is None:
            self.notify("No highlight here: h highlights first (t tags the article).", markup=False)
            return

        def save(answer: list[str] | None) -> bool:
            if not answer:
                return True
            try:
                tags = add_tags(highlight.tags, parse_tags(answer))
            except TagError as error:
                self.notify(str(error), severity="error", markup=False)
                return False
            undo = self._restore(highlight)
            if not self._save(dataclasses.replace(highlight, tags=tags)):
                return False
            self._changed("tags", undo)
            return True

        from diplotui.tui.screens.tags import AddTagsScreen  # dialogs load when first opened

        known = sorted(self.store.tag_counts())
        target = f"“{inert_line(highlight.quote[:50])}”"
        self.app.push_screen(AddTagsScreen(target, known, save))

    # -- deleting and undoing --------------------------------------------------------------

    def action_delete_highlight(self) -> None:
        if not self._can_annotate():
            return
        highlight = self._target_highlight()
        if highlight is None:
            self.notify("No highlight here to delete.", markup=False)
            return
        try:
            removed = self.store.remove_highlight(highlight.id)
        except StoreError as error:
            self.notify(str(error), severity="error", markup=False)
            return
        self._changed("delete", self._restore(removed))
        self.notify("Highlight deleted: u undoes.", markup=False, timeout=3)

    def action_undo(self) -> None:
        if not self.writable():
            return
        if not self.undo_stack:
            self.notify("Nothing to undo.", markup=False)
            return
        change = self.undo_stack.pop()
        try:
            change.undo()
        except StoreError as error:
            self.notify(str(error), severity="error", markup=False)
            return
        self.refresh_annotations(changed=True)
        self.notify(f"Undone: {change.label}.", markup=False, timeout=2)

    # -- orphans and the sidebar -----------------------------------------------------------

    def action_reattach_orphan(self) -> None:
        """Anchor the sidebar's orphan on the reader's selection (or its cursor sentence)."""
        if not self._can_annotate():
            return
        item = self._sidebar_item()
        if item is None or item.kind != "orphan":
            self.notify("Choose an orphan in the sidebar first.", markup=False)
            return
        orphan = self._stored_highlight(item.key)
        if orphan is None:
            return
        reader = self.reader
        start, end = reader.selection or reader.cursor_span
        if start >= end:
            return
        undo = self._restore(orphan)
        from diplotui.anchoring import reattach

        if self._save(reattach(orphan, reader.text, start, end)):
            reader.clear_selection()
            self._changed("re-attach", undo)
            self.notify("Re-attached.", markup=False, timeout=2)

    def on_sidebar_item_chosen(self, message: Sidebar.ItemChosen) -> None:
        item = message.item
        if item.kind == "orphan":
            self.notify(
                "An orphan has no place: select text in the reader, then r here.", markup=False
            )
            return
        if item.kind != "highlight":
            return
        highlight = self._stored_highlight(item.key)
        if highlight is not None and highlight.status != AnchorStatus.ORPHAN.value:
            self.reader.clear_selection()
            self.reader.jump_to(highlight.start, highlight.end)
