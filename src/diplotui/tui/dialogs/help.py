"""The help screen: every key, generated from the bindings themselves so it never drifts."""

from __future__ import annotations

from dataclasses import replace

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from diplotui.tui.dialogs.dialog import Dialog


def _bindings_of(owner: type) -> list[Binding]:
    """``owner``'s described bindings as the help lists them: a key that acts only at times
    (its ``HELP_NOTES``) says when, or is left out when another row says what it does."""
    notes: dict[str, str | None] = getattr(owner, "HELP_NOTES", {})
    listed = []
    for binding in getattr(owner, "BINDINGS", []):
        if not isinstance(binding, Binding) or not binding.description:
            continue
        if binding.action not in notes:
            listed.append(binding)
        elif (note := notes[binding.action]) is not None:
            listed.append(replace(binding, description=f"{binding.description} ({note})"))
    return listed


class HelpScreen(Dialog[None]):
    """Lists the keys of the app, the screen and each pane, grouped by where they apply."""

    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close")]

    def __init__(self, underneath: Screen[object]) -> None:
        super().__init__()
        self._underneath = underneath

    def _groups(self) -> list[tuple[str, list[Binding]]]:
        everywhere = _bindings_of(type(self.app)) + _bindings_of(type(self._underneath))
        if self.app.ENABLE_COMMAND_PALETTE:  # Textual's own binding, shown in the footer too
            palette = self.app.COMMAND_PALETTE_BINDING
            everywhere.append(Binding(palette, "command_palette", "Command palette"))
        groups = [("Everywhere", everywhere)]
        seen: set[type] = set()
        for widget in self._underneath.query("*"):
            kind = type(widget)
            if kind in seen or not widget.can_focus:
                continue
            seen.add(kind)
            bindings = _bindings_of(kind)
            if bindings:
                groups.append((getattr(kind, "HELP_TITLE", kind.__name__), bindings))
        return groups

    def compose(self) -> ComposeResult:
        table = Table(box=None, show_header=False, padding=(0, 2))
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        for title, bindings in self._groups():
            table.add_row(Text(title, style="bold underline"), "")
            for binding in bindings:
                keys = ", ".join(
                    self.app.get_key_display(Binding(key, binding.action))
                    for key in binding.key.split(",")
                )
                table.add_row(Text(binding.key_display or keys), Text(binding.description))
            table.add_row("", "")
        with VerticalScroll(classes="dialog help-dialog"):
            # how to leave and scroll said at the top: the key line below is a page or two down
            heading = Text("diplotui keys", style="bold")
            heading.append(" · ↓ pgdn: more · esc: close", style="not bold")
            yield Static(heading, classes="dialog-title")
            yield Static(table)
            yield Static(Text("esc: close", style="dim"), classes="dialog-help")
