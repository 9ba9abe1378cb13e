"""Annotations: the keys that highlight, recolour, note, tag, delete and undo.

Every rule (what a key acts on, what undo puts back) lives in the headless
:class:`~diplotui.session.AnnotationSession`; these handlers ask the user what the session needs,
call it, repaint, and say what was done to which passage.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

from diplotui.inert import inert_line
from diplotui.model import AnchorStatus, Article, Highlight, new_id
from diplotui.palette import DEFAULT_COLOUR, colour_label, palette_key
from diplotui.session import Change, Target, quote_label, title_label
from diplotui.session.drafts import NoteDraft
from diplotui.store import StoreError
from diplotui.tags import typed_tags
from diplotui.tui.controllers.base import Controller
from diplotui.tui.widgets.sidebar import SidebarItem

if TYPE_CHECKING:
    from diplotui.statements.said import SaidPart

COLOUR_SETTING = "highlight_colour"


class AnnotationActions(Controller):
    """Highlight, recolour, note, tag, delete and undo from the keyboard."""

    # -- what the keys act on ----------------------------------------------------------------

    def _sidebar_item(self) -> SidebarItem | None:
        sidebar = self.sidebar
        return sidebar.current_item if sidebar.has_focus else None

    def _target_highlight(self) -> Highlight | None:
        """The sidebar's row when the sidebar has focus, else the highlight the session's
        target is (while there is a selection, the one of its very words, if any: any other
        selection is a new passage)."""
        item = self._sidebar_item()
        if item is not None and item.kind in ("highlight", "orphan"):
            return self._stored_highlight(item.key)
        if self.sidebar.has_focus:
            return None
        target = self.session.target()
        return target.highlight or self._selected_twin(target)

    def _selection_target(self) -> Target | None:
        """The reader's selection, when that is what a key acts on (a new passage: not the
        words of a highlight, which ``_target_highlight`` gives)."""
        if self.sidebar.has_focus:
            return None
        target = self.session.target()
        if target.kind != "selection" or self._selected_twin(target) is not None:
            return None
        return target

    def _selected_twin(self, target: Target) -> Highlight | None:
        """The highlight of the very words the selection ``target`` would highlight."""
        fields = self.speaker_fields(target.start, target.end)
        return self.session.twin(target, fields.get("speaker", ""), fields.get("spoken", ()))

    def _colour(self) -> str:
        """The colour ``h`` highlights in: the last one chosen with 1-5."""
        # a hand-edited "purple" would make highlights the store's check sets aside
        return palette_key(str(self.store.setting(COLOUR_SETTING, DEFAULT_COLOUR)))

    def _highlight_selection(
        self, target: Target, *, note: str = "", tags: Sequence[str] = ()
    ) -> bool:
        """Highlight the selection with a note or tags typed for it; say so, naming the words
        the highlight stores (a statement's: its speaker's alone, as ``h`` names them)."""
        colour = self._colour()
        start, end = target.start, target.end
        speaker = self.speaker_fields(start, end)
        made: list[Highlight] = []
        if not self._attempt(
            lambda: made.append(
                self.session.highlight_passage(start, end, colour, note=note, tags=tags, **speaker)
            )
        ):
            return False
        again = self._end_find_chosen() if target.kind == "selection" else ""
        self.reader.clear_selection()
        self.refresh_annotations(changed=True)
        label = quote_label(made[0].quote)
        said = self.one_row("Highlighted ", label, f": {colour_label(colour)}.{again}")
        self.notify(said, markup=False, timeout=3)
        return True

    def _end_find_chosen(self) -> str:
        """A selection annotated during a find (its match taken with ``v``) ends the find:
        its phrase is chosen, and ``n`` then notes the highlight where it stepped to the next
        match, the note's words running as reader keys. What the notice adds: that ``/``
        finds the words again; "" when no find was on."""
        reader = self.reader
        if not reader.find_query:
            return ""
        return f" / finds “{inert_line(reader.end_find_chosen())}” again."

    def _target_now(self, target: Target, opened_over: str) -> Target | None:
        """What a dialog's answer applies to now (a refresh may have changed the text while
        it was open); when that is gone, says so, and the dialog keeps what was typed."""
        now = self.session.target_now(target, opened_over)
        if now is None:
            self.notify(
                "What this was typed for is gone (the text changed, or a sync deleted the "
                "highlight, while the dialog was open): escape, then choose it again.",
                severity="warning",
                markup=False,
            )
        return now

    def speaker_fields(self, start: int, end: int) -> dict[str, Any]:
        """A highlight of a statement keeps its speaker, the statement the reader found, and
        goes on the words of the speaker's statements there (``session.highlight_passage``)."""
        statement = self.reader.statement_of(start, end)
        if statement is None:
            return {}
        spoken = self.spoken(start, end)
        return {"speaker": statement.speaker, "speaker_role": statement.role, "spoken": spoken}

    def _stored_highlight(self, highlight_id: str) -> Highlight | None:
        try:
            return self.store.highlight(highlight_id)
        except StoreError:
            return None

    def _attempt(self, change: Callable[[], object]) -> bool:
        """Run one session change; a store error is shown, never raised into the UI."""
        try:
            change()
        except StoreError as error:
            self.notify(str(error), severity="error", markup=False)
            return False
        return True

    # -- refreshing ------------------------------------------------------------------------

    def refresh_annotations(self, changed: bool = False) -> None:
        """Repaint the open article's highlights in the reader, then list them in the sidebar.

        The sidebar waits for the next refresh, so the reader's frame is never held up by it.
        ``changed``: they are read again and the article's row in the library is updated (its
        highlight count); else the article was just opened and the session read them (again
        would cost a pass over every highlight in a large store not indexed yet).
        """
        article_id = self.session.article_id
        session = self.session
        highlights = session.reload_highlights() if changed else session.read_highlights
        self.reader.set_highlights(highlights)
        self.screen.call_after_refresh(self._list_annotations, article_id, highlights, changed)

    def _list_annotations(
        self, article_id: str | None, highlights: list[Highlight], changed: bool
    ) -> None:
        if article_id == self.reader.article_id:
            from diplotui.export import said_words  # not before the first article opens
            from diplotui.statements.said import highlight_quoted

            reader = self.reader
            markdown = reader.cursor.markdown
            shown = {  # quoted as a copy quotes them: from after a dateline (said.quoted_start)
                h.id: highlight_quoted(reader.text, h, reader.blocks, markdown) for h in highlights
            }
            reported: dict[str, SaidPart] = {}  # id -> how a paraphrase's words are cited
            statements = reader.statements  # the verb a paraphrase is cited by is theirs
            highlights, kept = self.spoken_now(highlights)
            for highlight in (h for h in highlights if h.speaker):
                words, said = said_words(
                    reader.text, highlight, reader.blocks, markdown, statements
                )
                shown[highlight.id] = words
                if not said.direct:
                    reported[highlight.id] = said
            orphans = [
                c
                for c in self.store.speaker_corrections(article_id or "")
                if c.status == AnchorStatus.ORPHAN.value
            ]
            self.sidebar.show_annotations(highlights, shown, orphans, reported, kept)
            if article_id and changed:
                library = self.screen.library_actions
                library.refresh_article(self.store.article(article_id), highlights)

    # -- highlighting ----------------------------------------------------------------------

    def highlight(self, colour: str | None = None) -> None:
        """Highlight the target in the current colour; on a highlight, 1-5 recolour it."""
        if not self.screen.can_annotate():
            return
        chosen = colour or self._colour()
        if colour:
            self.screen.remember(COLOUR_SETTING, colour)
        statement = self.cursor_statement()
        target = self.session.target(statement)
        if self.sentence_before_statements(
            target, colour or "h", "Highlighting", partial(self.highlight, colour)
        ):
            return
        chosen_from_find = self.reader.selection is not None and bool(self.reader.find_query)
        try:
            outcome, highlight = self.session.mark(
                chosen, statement=statement, **self.speaker_fields(target.start, target.end)
            )
        except StoreError as error:
            self.notify(str(error), severity="error", markup=False)
            return
        again = self._end_find_chosen() if chosen_from_find and highlight is not None else ""
        self.reader.clear_selection()
        if highlight is None:
            return
        label = quote_label(highlight.quote)
        if outcome == "unchanged":
            self.notify(f"Already {colour_label(chosen)}: {label} (1–5 recolour it).", markup=False)
            return
        self.refresh_annotations(changed=True)
        verb = "Highlighted" if outcome == "highlighted" else "Recoloured"
        said = self.one_row(f"{verb} ", label, f": {colour_label(chosen)}.{again}")
        self.notify(said, markup=False, timeout=3)

    # -- notes and tags --------------------------------------------------------------------

    def _ask_note(
        self,
        label: str,
        note: str,
        save: Callable[[str | None], bool],
        draft: NoteDraft,
        resumed: NoteDraft | None,
    ) -> None:
        """``save`` writes the note; when it fails, the dialog stays open with the text. What
        is typed is kept as ``draft`` (its target, the text left out) until saved or
        discarded; ``resumed``, a draft kept for this target, is what the dialog starts from
        (one kept for the very target ``n`` chose, when none is given); one given is offered
        unasked, so it takes no key before ``enter``."""
        from diplotui.tui.dialogs.note import NoteScreen  # TextArea: loaded when first used

        drafts = self.screen.draft_actions
        draft = dataclasses.replace(draft, base=note)
        unasked = resumed is not None  # offered at a start or opening, not by the user's n
        kept = drafts.kept(draft) if resumed is None else resumed
        resumed = None if kept is None else kept.over(note)
        if kept is not None and resumed is None:  # saved, its draft not yet removed
            drafts.drop(kept)
        elif resumed is not None and resumed is not kept:
            self.notify(
                f"The note on {label} was changed since this draft was typed (a sync, an "
                "import or diplotui note): it stands above the draft, so saving keeps both.",
                severity="warning",
                markup=False,
                timeout=10,
            )
        recovered = resumed is not None
        dialog = NoteScreen(
            label, note, save, drafts.writer, resumed or draft, recovered, recovered and unasked
        )
        self.app.push_screen(dialog)

    def edit_note(self) -> None:
        """Note on the selection (highlighting it), the highlight under the cursor, or else
        on the article."""
        if not self.screen.can_annotate():
            return
        opened_over = self.session.text
        selection = self._selection_target()
        if selection is not None:
            passage = self.session.passage_now(selection, opened_over)
            self.note_passage(passage, quote_label(self.session.target_text(selection)))
            return
        chosen = self._target_highlight()
        if chosen is not None:
            self.note_highlight(chosen)
            return
        article = self.session.article()
        if article is not None:
            self.note_article(article)

    def note_passage(
        self, passage: Highlight, label: str, resumed: NoteDraft | None = None
    ) -> None:
        """Note on words not highlighted yet (``passage``, a highlight not stored): saved, it
        highlights them where they are then (see :meth:`_annotate_passage`)."""
        opened_over = self.session.text

        def save_passage_note(note: str | None) -> bool:
            if not note:
                return True
            return self._annotate_passage(self._placed_now(passage, opened_over), note=note)

        draft = NoteDraft.on("selection", passage, label)
        self._ask_note(label, "", save_passage_note, draft, resumed)

    def note_highlight(self, chosen: Highlight, resumed: NoteDraft | None = None) -> None:
        """Note on a stored highlight; one deleted while the note was typed (a sync) is made
        again where its words are, with the note (see :meth:`_annotate_passage`)."""
        opened_over = self.session.text
        label = quote_label(chosen.quote)

        def save_highlight_note(note: str | None) -> bool:
            if note is None:
                return True
            highlight = self._stored_highlight(chosen.id)
            if highlight is None:
                again = dataclasses.replace(chosen, id=new_id(), note="", conflict="")
                return not note or self._annotate_passage(
                    self._placed_now(again, opened_over), note=note
                )
            if note == highlight.note:
                return True
            if not self._attempt(lambda: self.session.set_highlight_note(highlight, note)):
                return False
            self.refresh_annotations(changed=True)
            self.notify(_note_saved(note, label), markup=False, timeout=3)
            return True

        draft = NoteDraft.on("highlight", chosen, label)
        self._ask_note(label, chosen.note, save_highlight_note, draft, resumed)

    def note_article(self, article: Article, resumed: NoteDraft | None = None) -> None:
        """The article's own note: the reader's ``n`` off a highlight, the list's ``n`` on
        its row (which need not be open), so the note typed next goes in a dialog."""

        def save_article_note(note: str | None) -> bool:
            if note is None or note == article.note:
                return True
            now = self.screen.draft_actions.filed_as(article.id)  # a sync may refile it
            if not self._attempt(lambda: self.session.set_article_note(now, note)):
                return False
            self.screen.article_changed(now)
            self.notify(_note_saved(note, title_label(article.title)), markup=False)
            return True

        label = f"the article {title_label(article.title)}"
        draft = NoteDraft(article.id, "article", "", label)
        self._ask_note(label, article.note, save_article_note, draft, resumed)

    def _placed_now(self, passage: Highlight, opened_over: str) -> Highlight:
        """``passage``, chosen in ``opened_over``, placed in the text the reader shows now
        (a refresh, a sync or ``import --update`` may have changed it meanwhile)."""
        from diplotui.anchoring import placed, reanchor_all

        text = self.session.text
        if not passage.holds_its_place(opened_over):  # a draft's, found by its words alone
            return placed(passage, text)
        return passage if opened_over == text else reanchor_all([passage], opened_over, text)[0]

    def _annotate_passage(
        self, passage: Highlight, *, note: str = "", tags: Sequence[str] = ()
    ) -> bool:
        """Highlight ``passage`` with the note or tags typed for it, where its words are now;
        when they are not (the text changed while the dialog was open), keep it drifted, at
        its place, or an orphan, with what was typed, and say which: a note typed for words a
        refresh changed was refused, and lost unless copied out before ``escape``."""
        if passage.status in (AnchorStatus.ANCHORED.value, AnchorStatus.MOVED.value):
            now = Target("selection", passage.start, passage.end)
            return self._highlight_selection(now, note=note, tags=tags)
        kept: list[Highlight] = []
        colour = self._colour()
        if not self._attempt(
            lambda: kept.append(self.session.keep_passage(passage, colour, note, tags))
        ):
            return False
        self.refresh_annotations(changed=True)
        label = quote_label(passage.quote)
        if passage.status == AnchorStatus.DRIFTED.value:
            said = (
                f"The text changed under {label} while you typed: saved, kept where its "
                "words stood (marked drifted: they read otherwise now)."
            )
        else:
            said = (
                f"The words {label} are gone from the text (it changed while you typed): "
                "saved on an orphan in the sidebar; r there re-attaches it to a selection."
            )
        self.notify(said, severity="warning", markup=False, timeout=12)
        return True

    def tag_highlight(self) -> None:
        """Tag the selection (highlighting it) or the highlight under the cursor."""
        if not self.screen.can_annotate():
            return
        opened_over = self.session.text
        selection = self._selection_target()
        chosen = None if selection is not None else self._target_highlight()
        if selection is not None:
            target, label = selection, quote_label(self.session.target_text(selection))
            passage = self.session.passage_now(selection, opened_over)
            draft = NoteDraft.on("selection", passage, label, of="tags")
        elif chosen is not None:
            target = Target("highlight", chosen.start, chosen.end, chosen)
            label = quote_label(chosen.quote)
            draft = NoteDraft.on("highlight", chosen, label, of="tags")
        else:
            self.notify("No highlight here: h highlights first (t tags the article).", markup=False)
            return

        def save(answer: list[str] | None) -> bool:
            if not answer:
                return True
            # a refusal (TagError) is said in the dialog, under the tags typed
            tags = typed_tags(answer, self.screen.library_actions.known_tags())
            if target.kind == "selection":
                passage = self.session.passage_now(target, opened_over)
                return self._annotate_passage(passage, tags=tags)
            now = self._target_now(target, opened_over)
            if now is None:
                return False
            highlight = now.highlight
            if highlight is None or not self._attempt(
                lambda: self.session.add_highlight_tags(highlight, tags)
            ):
                return False
            self.refresh_annotations(changed=True)
            shown = " ".join(f"#{tag}" for tag in tags)
            self.notify(f"Tagged {label}: {shown}.", markup=False, timeout=3)
            return True

        self.screen.draft_actions.ask_for_tags(label, save, draft)

    # -- deleting and undoing --------------------------------------------------------------

    def delete_highlight(self) -> None:
        """``d``: delete the highlight under the cursor, or the sidebar's orphaned speaker
        correction (its words are gone: it applies nowhere, and only the sidebar shows it)."""
        if not self.screen.can_annotate():
            return
        item = self._sidebar_item()
        if item is not None and item.kind == "speaker-orphan":
            self._remove_speaker_orphan(item.key)
            return
        highlight = self._target_highlight()
        if highlight is None:
            self.notify("No highlight here to delete.", markup=False)
            return
        if self._attempt(lambda: self.session.delete_highlight(highlight)):
            self.refresh_annotations(changed=True)
            label = quote_label(highlight.quote)
            self.notify(f"Deleted the highlight {label}: u undoes.", markup=False, timeout=3)

    def _remove_speaker_orphan(self, correction_id: str) -> None:
        """Remove an orphaned speaker correction; ``u`` puts it back."""
        store = self.store
        orphan = next((c for c in store.speaker_corrections() if c.id == correction_id), None)
        if orphan is None:
            return

        def remove() -> None:
            store.save_speaker_corrections([], [orphan.id])

        def put_back() -> None:
            store.save_speaker_corrections([orphan])

        if not self._attempt(remove):
            return
        label = quote_label(orphan.quote)
        self.session.record(
            f"removal of the orphaned speaker correction of {label}", put_back, remove
        )
        self.refresh_annotations()
        self.notify(
            f"Removed the orphaned speaker correction of {label}: u undoes.",
            markup=False,
            timeout=3,
        )

    def undo(self) -> None:
        """Undo the most recent change of the session, whatever it was."""
        stack = self.session.undo_stack
        coming = stack.next_undo()
        self._step_back_or_forth(coming, self.session.undo, "Undone", "Nothing to undo.")
        if coming is None or stack.next_redo() is not coming:
            return  # nothing undone
        if coming.article_id and coming.reopen_at is not None:
            # the deletion of the open article: the reader comes back where it was (and
            # is remembered there for the next start, as opening it is)
            self.screen.open_article(coming.article_id)
            self.reader.reopen_at(coming.reopen_at)

    def redo(self) -> None:
        """Make the most recently undone change again (an ``u`` pressed once too often)."""
        stack = self.session.undo_stack
        self._step_back_or_forth(stack.next_redo(), self.session.redo, "Redone", "Nothing to redo.")

    def _step_back_or_forth(
        self, coming: Change | None, step: Callable[[], Change | None], done: str, nothing: str
    ) -> None:
        """Undo or redo ``coming`` (the change ``step`` makes). The list's cursor follows
        the article whose row the change takes away or brings back, as ``D`` and ``a``
        leave it: off a row that goes, on a row that comes back (left on a row that was
        gone, it fell back to the list's first article, where the next key acted)."""
        if not self.screen.writable():
            return
        if coming is None:
            self.notify(nothing, markup=False)
            return
        row = coming.article_id
        if row is not None:
            self.library.step_off(row)  # while its row can still be drawn
        try:
            step()
        except StoreError as error:
            self.notify(str(error), severity="error", markup=False)
        else:
            self.screen.after_undo()
            self.notify(f"{done}: {coming.label}.", markup=False, timeout=3)
        if row is not None:
            self.library.select_id(row)  # listed still, again, or the step failed

    # -- orphans and the sidebar -----------------------------------------------------------

    def reattach_orphan(self) -> None:
        """Anchor the sidebar's orphan on the reader's selection (or its cursor sentence)."""
        if not self.screen.can_annotate():
            return
        item = self._sidebar_item()
        if item is None or item.kind != "orphan":
            self.notify("Choose an orphan in the sidebar first.", markup=False)
            return
        orphan = self._stored_highlight(item.key)
        if orphan is None:
            return
        start, end = self.reader.selection or self.reader.cursor_span
        if start >= end:
            return
        if self._attempt(lambda: self.session.reattach(orphan, start, end)):
            self.reader.clear_selection()
            self.refresh_annotations(changed=True)
            self.notify(f"Re-attached {quote_label(orphan.quote)}.", markup=False, timeout=3)

    def jump_to_highlight_item(self, item: SidebarItem) -> None:
        """``enter`` on a highlight in the sidebar: the reader goes there."""
        if item.kind == "orphan":
            self.notify(
                "An orphan has no place: select text in the reader, then r here.", markup=False
            )
            return
        if item.kind == "speaker-orphan":
            self.notify(
                "This speaker correction's words are gone from the text, so it applies "
                "nowhere: d removes it (P corrects the statement anew).",
                markup=False,
            )
            return
        if item.kind != "highlight":
            return
        highlight = self._stored_highlight(item.key)
        if highlight is not None and highlight.status != AnchorStatus.ORPHAN.value:
            self.reader.clear_selection()
            self.reader.jump_to(highlight.start, highlight.end)


def _note_saved(note: str, label: str) -> str:
    """The notice of a note saved on ``label``; one saved empty is deleted, and said so (it
    said "Saved the note", as if the words erased were kept), with how to bring it back."""
    if note.strip():
        return f"Saved the note on {label}."
    return f"Deleted the note on {label}: ctrl+z brings it back."
