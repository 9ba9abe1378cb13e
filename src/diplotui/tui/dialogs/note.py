"""A modal for writing a note over several lines (on a highlight or on the article).

Nothing typed is lost: ``ctrl+s`` saves only after every key that reached the app before it
has been typed into the note, and ``escape`` on an edited note asks what to do with the edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Label, TextArea

from diplotui.inert import without_surrogates
from diplotui.tui.dialogs.dialog import Dialog

EditChoice = Literal["save", "discard", "keep"]


class NoteScreen(Dialog[str | None]):
    """Edit a note: ``ctrl+s`` saves (an empty note removes it), ``escape`` cancels.

    The dialog closes only once ``save`` has put the note on disk (see ``Dialog.submit``).
    """

    BINDINGS = [
        Binding("ctrl+s", "save", "Save note", priority=True),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, target: str, note: str, save: Callable[[str | None], bool]) -> None:
        super().__init__(save)
        self._target = target
        self._note = note

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(f"Note on {self._target}", classes="dialog-title", markup=False)
            yield TextArea(self._note, id="note-text", soft_wrap=True, tab_behavior="focus")
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
        return self.is_active and self.submit(
            without_surrogates(self.query_one(TextArea).text.strip())
        )

    def action_cancel(self) -> None:
        """Close; an edited note first asks: save, discard or keep editing."""
        self.query_one(TextArea).call_later(self._cancel_typed)

    def stop_quit(self) -> bool:
        """Quitting (``ctrl+q``) with an edited note asks first, as ``escape`` does; once the
        note is saved or discarded the quit goes ahead."""
        self.query_one(TextArea).call_later(self._cancel_typed, self.app.exit)
        return True

    def _cancel_typed(self, then: Callable[[], None] | None = None) -> None:
        """Leave the note (asking first when edited); ``then`` runs once it is saved or left,
        instead of closing the dialog."""
        if not self.is_active:
            return
        leave = then or (lambda: self.dismiss(None))
        if self.query_one(TextArea).text.strip() == self._note.strip():
            leave()
            return

        def chosen(choice: EditChoice | None) -> None:
            if choice == "save":
                if self._save_typed() and then is not None:
                    then()
            elif choice == "discard":
                leave()

        self.app.push_screen(UnsavedNoteScreen(), chosen)


class UnsavedNoteScreen(Dialog[EditChoice]):
    """The note was edited: ``s`` saves, ``d`` discards the edit, ``k``/``escape`` goes back."""

    BINDINGS = [
        Binding("s", "choose('save')", "Save"),
        Binding("d", "choose('discard')", "Discard"),
        Binding("k,escape", "choose('keep')", "Keep editing"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("The note was edited. Save it?", classes="dialog-title", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Save (s)", variant="primary", id="save")
                yield Button("Discard (d)", variant="warning", id="discard")
                yield Button("Keep editing (k)", id="keep")

    def stop_quit(self) -> bool:
        """The question about the edited note stays until it is answered."""
        return True

    def on_button_pressed(self, event: Button.Pressed) -> None:
        choices: dict[str | None, EditChoice] = {"save": "save", "discard": "discard"}
        self.dismiss(choices.get(event.button.id, "keep"))

    def action_choose(self, choice: EditChoice) -> None:
        self.dismiss(choice)
