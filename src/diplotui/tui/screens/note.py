"""A modal for writing a note over several lines (on a highlight or on the article)."""

from __future__ import annotations

from collections.abc import Callable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Label, TextArea

from diplotui.inert import without_surrogates
from diplotui.tui.screens.dialog import Dialog


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
        self.submit(without_surrogates(self.query_one(TextArea).text.strip()))

    def action_cancel(self) -> None:
        self.dismiss(None)
