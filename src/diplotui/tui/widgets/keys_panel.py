"""Textual's Keys panel (the palette's "Keys"), listing the keys that act in the words of ``?``.

Textual's own panel listed every binding a pane inherits: the reader's ``←``/``→`` and
``ctrl+pgup``/``ctrl+pgdn`` scroll sideways in a pane that never does (they did nothing), a
key with no description as a blank row (``N`` outside a find), and Textual's names for what
``?`` calls otherwise.
"""

from __future__ import annotations

from collections.abc import Iterator

from rich import box
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding
from textual.widgets import HelpPanel, KeyPanel, Markdown
from textual.widgets._key_panel import BindingsTable

from diplotui.tui.dialogs.help import help_groups
from diplotui.tui.keys import acts


class HelpWordsTable(BindingsTable):
    """The keys that act now, grouped as ``?`` groups them and named as it names them; a
    pane ``?`` does not describe (a field of a dialog) keeps Textual's words for its keys."""

    def _rows(self) -> Iterator[tuple[str, str, str]]:
        """(group, keys, what they do) of every key that acts now, in the binding chain's
        order: the focused pane's first, then the screen's and the app's."""
        screen = self.screen
        words: dict[type, tuple[str, dict[tuple[str, str], str]]] = {}
        for title, owners, bindings in help_groups(self.app, screen):
            said = {
                (key, binding.action): binding.description
                for binding in bindings
                for key in binding.key.split(",")
            }
            for owner in owners:
                words.setdefault(owner, (title, {}))[1].update(said)
        for key, active in screen.active_bindings.items():
            said_by_help = self._said(key, active, words)
            if said_by_help is not None:
                yield said_by_help

    def _said(
        self,
        key: str,
        active: ActiveBinding,
        words: dict[type, tuple[str, dict[tuple[str, str], str]]],
    ) -> tuple[str, str, str] | None:
        node, binding = active.node, active.binding
        if not active.enabled or binding.system or not acts(node, binding.action):
            return None
        shown = binding.key_display or self.app.get_key_display(Binding(key, binding.action))
        known = words.get(type(node))
        if known is None:  # a pane ``?`` does not list: Textual's words, where it has any
            title = getattr(node, "BINDING_GROUP_TITLE", None) or ""
            return (title, shown, binding.description) if binding.description else None
        title, described = known
        description = described.get((key, binding.action))
        return (title, shown, description) if description else None

    def render_bindings_table(self) -> Table:
        table = Table(padding=(0, 0), show_header=False, box=box.SIMPLE)
        table.add_column("", justify="right")
        key_style = self.get_component_rich_style("bindings-table--key")
        description_style = self.get_component_rich_style("bindings-table--description")
        header_style = self.get_component_rich_style("bindings-table--header")
        groups: dict[str, dict[str, list[str]]] = {}
        for title, key, description in self._rows():
            shown = groups.setdefault(title, {}).setdefault(description, [])
            if key not in shown:
                shown.append(key)
        for title, rows in groups.items():
            if title:
                table.add_row("", Text(title, style=header_style, end=""))
            for description, keys in rows.items():
                table.add_row(
                    Text(", ".join(keys), style=key_style),
                    Text(description, style=description_style, end=""),
                )
            table.add_section()
        return table


class HelpWordsKeyPanel(KeyPanel):
    """Textual's key panel, drawing :class:`HelpWordsTable`."""

    def compose(self) -> ComposeResult:
        yield HelpWordsTable(shrink=True, expand=False)


class KeysPanel(HelpPanel):
    """Textual's Keys panel (a focused widget's help above its keys), with
    :class:`HelpWordsKeyPanel` for its keys."""

    def compose(self) -> ComposeResult:
        yield Markdown(id="widget-help")
        yield HelpWordsKeyPanel(id="keys-help")
