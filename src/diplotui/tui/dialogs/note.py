"""A modal for writing a note over several lines (on a highlight or on the article).

Nothing typed is lost: ``ctrl+s`` saves only after every key that reached the app before it
has been typed into the note, ``escape`` on an edited note asks what to do with the edit, and
what is typed is kept as a draft meanwhile (at each line break and each pause), so a kill or
a power cut loses none of it: the next start offers it back (``controllers.drafts``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from textual.app import ComposeResult
from textual.await_complete import AwaitComplete
from textual.binding import Binding
from textual.containers import Vertical
from textual.timer import Timer
from textual.widgets import Label, TextArea

from diplotui.inert import inert_block, inert_line
from diplotui.model import local_minute
from diplotui.session.drafts import DraftWriter, NoteDraft, as_saved, why_not_kept
from diplotui.tui.dialogs.dialog import Dialog, say_on
from diplotui.tui.widgets.fields import NoteArea

DRAFT_PAUSE_S = 1.0
"""A pause in the typing this long keeps the note as a draft (a line break keeps it at once)."""


class NoteScreen(Dialog[str | None]):
    """Edit a note: ``ctrl+s`` saves (an empty note removes it), ``escape`` cancels.

    The dialog closes only once ``save`` has put the note on disk (see ``Dialog.submit``).
    Given ``drafts``, what is typed is kept as ``draft`` (its target; ``recovered``: it holds
    a draft kept before, shown with a line saying so) until the note is saved or discarded.
    """

    BINDINGS = [
        Binding("ctrl+s", "save", "Save note", priority=True),
        Binding("escape", "cancel", "Cancel"),
        Binding("enter", "type_on", "Type on", show=False),
    ]
    EDIT_QUESTION = "The note was edited. Save it, or keep it as a draft for later?"
    KEEPS_DRAFTS = True

    def __init__(
        self,
        target: str,
        note: str,
        save: Callable[[str | None], bool],
        drafts: DraftWriter | None = None,
        draft: NoteDraft | None = None,
        recovered: bool = False,
        held: bool = False,
    ) -> None:
        super().__init__(save)
        self._target = target
        self._note = note
        # Shown inert (an escape in a note, from the command line or a teammate's sync, must
        # not reach the terminal); a note saved as shown keeps its stored text.
        self._shown = inert_block(note)
        self._drafts = drafts if draft is not None else None
        self._draft = draft
        self._recovered = recovered
        # Offered unasked (at the start, or as its article opened), the draft takes no key
        # until ``enter``: keys typed for the reader as the dialog came up went into it.
        self._held = held
        self._draft_kept = False  # kept by the user's choice: closing leaves it
        self._pause: Timer | None = None
        self._lines = 0
        self._opened_with = ""  # the text the dialog opened with: no draft until it changes
        self._drafted = False

    def compose(self) -> ComposeResult:
        draft = self._draft
        with Vertical(classes="dialog"):
            yield Label(f"Note on {self._target}", classes="dialog-title", markup=False)
            if self._recovered and draft is not None:
                yield Label(self._draft_line(), id="draft-line", markup=False)
            text = inert_block(draft.text) if self._recovered and draft else self._shown
            yield NoteArea(
                text, id="note-text", soft_wrap=True, tab_behavior="focus", read_only=self._held
            )
            yield Label(self._keys(text != self._shown), id="note-keys", classes="dialog-help")

    def _keys(self, edited: bool) -> str:
        """The key line says what ``escape`` does now: on an edited note (a recovered draft
        too) it asks what to do with the edit, as the question's buttons offer."""
        first = "enter: type on · " if self._held else ""
        return f"{first}ctrl+s: save · {self.escape_keys(edited)}"

    def _show_keys(self) -> None:
        say_on(self.query_one("#note-keys", Label), self._keys(self.edited()))

    def _draft_line(self) -> str:
        typed = "" if self._draft is None else inert_line(local_minute(self._draft.saved_at))
        first = "enter types on, " if self._held else ""
        return (
            f"Recovered draft, typed {typed} and never saved: {first}ctrl+s saves it; "
            "esc asks whether to keep it as a draft or discard it."
        )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """``enter`` types on in a draft offered unasked, once."""
        if action == "type_on":
            return self._held
        return super().check_action(action, parameters)

    def action_type_on(self) -> None:
        self._held = False
        self.query_one(TextArea).read_only = False
        self.query_one("#draft-line", Label).update(self._draft_line())
        self._show_keys()

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.move_cursor(area.document.end)
        self._lines = area.document.line_count
        self._opened_with = area.text

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        """Keep the typing as a draft at each line break, else once the typing pauses; the
        key line follows whether there is an edit to ask about."""
        self._show_keys()
        if self._drafts is None:
            return
        lines = event.text_area.document.line_count
        if self._pause is not None:
            self._pause.stop()
            self._pause = None
        if lines > self._lines:
            self._put_draft()
        else:
            self._pause = self.set_timer(DRAFT_PAUSE_S, self._put_draft)
        self._lines = lines

    def _typed_draft(self) -> NoteDraft | None:
        draft = self._draft
        return None if draft is None else draft.typed(self.query_one(TextArea).text)

    def _put_draft(self) -> None:
        typed = self._typed_draft()
        if self._drafts is None or typed is None or not self.is_attached:
            return
        if self._drafted or typed.text != self._opened_with:
            self._drafted = True
            self._drafts.put(typed)

    def action_save(self) -> None:
        """Save once the text area has handled the keys queued before ``ctrl+s``.

        ``ctrl+s`` is a priority binding, handled as soon as it reaches the app, while keys
        typed just before it (a burst, a paste sent as keys, a slow link) may still wait in
        the text area's queue; a callback queued behind them runs after they are typed.
        """
        self.query_one(TextArea).call_later(self._save_typed)

    def _save_typed(self) -> bool:
        """Save what is typed; False when the dialog is gone or saving failed."""
        typed = self.query_one(TextArea).text
        note = self._note if typed == self._shown else typed
        return self.is_active and self.submit(as_saved(note))

    def edited(self) -> bool:
        return self.query_one(TextArea).text != self._shown

    def save_edit(self) -> bool:
        return self._save_typed()

    def keep_draft(self) -> bool:
        """Write the draft now, the dialog closing on it; a failure is said, and it stays."""
        typed = self._typed_draft()
        if self._drafts is None or typed is None:
            return False
        try:
            self._drafts.keep(typed)
        except OSError as error:
            self.notify(
                f"The draft could not be kept ({why_not_kept(error)}): save or copy the note.",
                severity="error",
                markup=False,
            )
            return False
        self._draft_kept = True
        self.notify(
            f"Draft kept: it is offered again when {inert_line(self._target)} is next "
            "opened (n on it resumes it now).",
            markup=False,
            timeout=6,
        )
        return True

    def discard_edit(self) -> None:
        self._drop_draft()

    def _drop_draft(self) -> None:
        if self._pause is not None:
            self._pause.stop()
            self._pause = None
        if self._drafts is not None and self._draft is not None and not self._draft_kept:
            try:
                self._drafts.drop(self._draft)
            except OSError as error:
                self.notify(f"The note's draft could not be removed: {error}", markup=False)

    def hang_up(self) -> bool:
        """The typing is kept as a draft before it is saved: a save that fails (a full disk)
        then loses nothing either. A recovered draft nothing was typed into stays a draft,
        unsaved: nobody chose to save it (it may not even have been read, offered unasked
        as the terminal closed), and it is on disk already, offered again at the next start."""
        if self._recovered and self.query_one(TextArea).text == self._opened_with:
            self._draft_kept = True
            return False
        typed = self._typed_draft()
        if self._drafts is not None and typed is not None and self.edited():
            with contextlib.suppress(OSError):  # the save below is tried all the same
                self._drafts.keep(typed)
        return super().hang_up()

    def dismiss(self, result: str | None = None) -> AwaitComplete:
        """Close: the note saved, discarded or left unedited, its draft goes (unless the
        user chose to keep it)."""
        self._drop_draft()
        return super().dismiss(result)

    def action_cancel(self) -> None:
        """Close; an edited note first asks: save, discard or keep editing."""
        self.leave_asking()
