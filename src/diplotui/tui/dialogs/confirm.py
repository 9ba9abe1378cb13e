"""A yes/no question: nothing destructive happens without an explicit "yes"."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Button, Label

from diplotui.tui.dialogs.dialog import ButtonRow, Question


class ConfirmScreen(Question[bool]):
    """Ask ``question``; ``y`` or the action button confirms, ``n``/``escape`` declines."""

    BINDINGS = [
        Binding("y", "answer(True)", "Yes"),
        Binding("n,escape", "answer(False)", "No"),
    ]

    # opened on "Cancel": a stray enter (one meant for the screen below) deleted an article
    AUTO_FOCUS = "#confirm-no"

    def __init__(self, question: str, action: str = "Yes", detail: str = "") -> None:
        super().__init__()
        self._question = question
        self._action = action
        self._detail = detail

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self._question, classes="dialog-title question", markup=False)
            if self._detail:
                yield Label(self._detail, markup=False, classes="confirm-detail")
            with ButtonRow(classes="dialog-buttons"):
                yield Button(f"{self._action} (y)", variant="warning", id="confirm-yes")
                yield Button("Cancel (n)", id="confirm-no")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "confirm-yes")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)
