"""A modal for writing a note over several lines (on a highlight or on the article).

Nothing typed is lost: ``ctrl+s`` saves only after every key that reached the app before it
has been typed into the note, and ``escape`` on an edited note asks what to do with the edit.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Label, TextArea

from diplotui.inert import inert_block, without_surrogates
from diplotui.tui.dialogs.dialog import Dialog
from diplotui.tui.widgets.fields import NoteArea


class NoteScreen(Dialog[str | None]):
    """Edit a note: ``ctrl+s`` saves (an empty note removes it), ``escape`` cancels.

    The dialog closes only once ``save`` has put the note on disk (see ``Dialog.submit``).
    """

    BINDINGS = [
        Binding("ctrl+s", "save", "Save note", priority=True),
        Binding("escape", "cancel", "Cancel"),
    ]
    EDIT_QUESTION = "The note was edited. Save it?"

    def __init__(self, target: str, note: str, save: Callable[[str | None], bool]) -> None:
        super().__init__(save)
        self._target = target
        self._note = note
        # Shown inert (an escape in a note, from the command line or a teammate's sync, must
        # not reach the terminal); a note saved as shown keeps its stored text.
        self._shown = inert_block(note)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(f"Note on {self._target}", classes="dialog-title", markup=False)
            yield NoteArea(self._shown, id="note-text", soft_wrap=True, tab_behavior="focus")
            yield Label("ctrl+s: save · esc: cancel", classes="dialog-help")

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.move_cursor(area.document.end)

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
        # blank lines typed at its end are kept (words typed there later start below them,
        # not on the end of the last line); a note of nothing but spaces is no note
        note = note.rstrip(" \t") if note.strip() else ""
        return self.is_active and self.submit(without_surrogates(note))

    def edited(self) -> bool:
        return self.query_one(TextArea).text != self._shown

    def save_edit(self) -> bool:
        return self._save_typed()

    def action_cancel(self) -> None:
        """Close; an edited note first asks: save, discard or keep editing."""
        self.leave_asking()
