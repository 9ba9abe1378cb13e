"""The find bar: a one-line input docked at the bottom that searches the article as you type."""

from __future__ import annotations

from collections.abc import Callable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Input, Label

from diplotui.tui.dialogs.dialog import Dialog, say_on
from diplotui.tui.widgets.fields import EditField


class FindScreen(Dialog[str | None]):
    """Calls ``on_change`` with every edit; ``enter`` keeps the find, ``escape`` clears it."""

    BINDINGS = [Binding("escape", "cancel", "Clear find")]

    def __init__(self, query: str, on_change: Callable[[str], int]) -> None:
        super().__init__()
        self._query = query
        self._on_change = on_change

    def compose(self) -> ComposeResult:
        with Horizontal(classes="find-bar"):
            yield Label("Find:", classes="find-label")
            # the last query selected: typing replaces it (typed after it, "sea" then
            # "islands" searched "seaislands"); an arrow key keeps it to edit
            yield EditField(
                self._query,
                placeholder="words (case and accents ignored)",
                id="find-input",
                select_on_focus=True,
            )
            yield Label("", id="find-count", classes="find-count")

    def on_input_changed(self, event: Input.Changed) -> None:
        count = self._on_change(event.value)
        label = "" if not event.value else f"{count:,} match{'es' if count != 1 else ''}"
        say_on(self.query_one("#find-count", Label), label)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)
