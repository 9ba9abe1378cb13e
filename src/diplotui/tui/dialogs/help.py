"""The help screen: every key, generated from the bindings themselves so it never drifts."""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from rich.console import RenderableType
from rich.style import Style
from rich.table import Table
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.geometry import Size
from textual.screen import Screen
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import Static

from diplotui.library.rows import ROW_MARKS
from diplotui.tui.dialogs.dialog import Dialog, close_keys
from diplotui.tui.widgets.article_list import ArticleList


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


def _aliases_of(owner: type, described: dict[str, str]) -> list[Binding]:
    """``owner``'s keys without a description of their own that run an action another key
    describes (the list's ``#``, which tags as ``t`` does), listed with that description: left
    out, the help never named a key the README promises. The palette still offers the action
    once, by the key that describes it."""
    return [
        replace(binding, description=described[binding.action.removeprefix("screen.")])
        for binding in getattr(owner, "BINDINGS", [])
        if isinstance(binding, Binding)
        and not binding.description
        and binding.action.removeprefix("screen.") in described
    ]


def help_groups(
    app: App[object], underneath: Screen[object]
) -> list[tuple[str, tuple[type, ...], list[Binding]]]:
    """The help's groups over ``underneath``: each one's title, the classes whose keys it
    lists (the app's and the screen's "Everywhere", then each kind of pane), and those keys
    in the help's words. Textual's Keys panel says them so too (:mod:`.keys_panel`)."""
    everywhere = _bindings_of(type(app)) + _bindings_of(type(underneath))
    if app.ENABLE_COMMAND_PALETTE:  # Textual's own binding, shown in the footer too
        palette = app.COMMAND_PALETTE_BINDING
        everywhere.append(Binding(palette, "command_palette", "Command palette"))
    panes: list[type] = []
    for widget in underneath.query("*"):
        if widget.can_focus and type(widget) not in panes:
            panes.append(type(widget))
    described = {
        binding.action.removeprefix("screen."): binding.description
        for binding in everywhere + [b for kind in panes for b in _bindings_of(kind)]
    }
    groups: list[tuple[str, tuple[type, ...], list[Binding]]] = [
        ("Everywhere", (type(app), type(underneath)), everywhere)
    ]
    for kind in panes:
        bindings = _bindings_of(kind) + _aliases_of(kind, described)
        if bindings:
            groups.append((getattr(kind, "HELP_TITLE", kind.__name__), (kind,), bindings))
    return groups


class DrawnOnce(Widget):
    """A Rich renderable drawn to lines once per width, colours and ``content`` (what it
    shows, hashable), kept for the next opening too: in a ``Static``, the help's hundred-row
    table was laid out anew for each layout pass and paint of an opening (measured for its
    height, drawn, and again after the dialog's first resize: about half the UI's time to
    open the help), though nothing in it changes while it is shown."""

    KEPT = 4  # drawings kept: a width or two, for the screens the help is opened over
    _drawn: ClassVar[dict[tuple[object, int, Style], list[Strip]]] = {}

    def __init__(
        self, renderable: RenderableType, content: object, *, classes: str | None = None
    ) -> None:
        super().__init__(classes=classes)
        self._renderable = renderable
        self._content = content

    def _lines(self, width: int) -> list[Strip]:
        style = self.rich_style  # the dialog's colours, as a Static draws on them
        key = (self._content, width, style)
        drawn = DrawnOnce._drawn
        if key not in drawn:
            console = self.app.console
            lines = console.render_lines(
                self._renderable, console.options.update_width(width), style=style
            )
            if len(drawn) >= self.KEPT:
                drawn.clear()
            drawn[key] = [Strip(line, width) for line in lines]
        return drawn[key]

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._lines(width))

    def render_line(self, y: int) -> Strip:
        width = self.content_size.width
        lines = self._lines(width)
        return lines[y] if y < len(lines) else Strip.blank(width, self.rich_style)


class HelpScreen(Dialog[None]):
    """Lists the keys of the app, the screen and each pane, grouped by where they apply."""

    CLOSE = Binding("escape,q,question_mark", "dismiss", "Close")
    BINDINGS = [CLOSE]

    def __init__(self, underneath: Screen[object]) -> None:
        super().__init__()
        self._underneath = underneath

    def _rows(self) -> tuple[tuple[str, tuple[tuple[str, str], ...]], ...]:
        """Each group's title and its (keys, what they do) rows."""
        rows = []
        for title, _, bindings in help_groups(self.app, self._underneath):
            keyed = []
            for binding in bindings:
                keys = ", ".join(
                    self.app.get_key_display(Binding(key, binding.action))
                    for key in binding.key.split(",")
                )
                keyed.append((binding.key_display or keys, binding.description))
            rows.append((title, tuple(keyed)))
        if self._underneath.query(ArticleList):  # what a row's marks say, under its keys
            rows.append(("List row marks", ROW_MARKS))
        return tuple(rows)

    def compose(self) -> ComposeResult:
        rows = self._rows()
        table = Table(box=None, show_header=False, padding=(0, 2))
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        for title, keyed in rows:
            table.add_row(Text(title, style="bold underline"), "")
            for keys, description in keyed:
                table.add_row(Text(keys), Text(description))
            table.add_row("", "")
        closing = f"{close_keys(self.app, self.CLOSE)}: close"
        with VerticalScroll(classes="dialog help-dialog"):
            # how to leave and scroll said at the top: the key line below is a page or two down
            heading = Text("diplotui keys", style="bold")
            heading.append(f" · ↓ pgdn: more · {closing}", style="not bold")
            yield Static(heading, classes="dialog-title")
            yield DrawnOnce(table, rows, classes="help-keys")
            # muted as every dialog's key line is, not dimmed again: 3.7:1 dark, 2.7:1 light
            yield Static(closing, classes="dialog-help")
