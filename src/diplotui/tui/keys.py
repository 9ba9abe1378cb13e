"""Key lists shared by widgets and the main screen.

They live here, not beside the actions they name, so widgets never import a controller (the
controllers import the widgets).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.binding import Binding

if TYPE_CHECKING:
    from textual.dom import DOMNode

QUOTE_KEYS = [
    Binding("y", "screen.copy_quote", "Copy quote"),
    Binding("c", "screen.cycle_style", "Cite style"),
    Binding("z", "screen.toggle_shorten", "Shorten", show=False),  # in ? and the palette
]
"""Keys of the reader (and, except ``y``, of the list) that copy and format quotes."""

QUOTE_SCREEN_KEYS = [
    Binding("Q", "quote_history", "Quotes"),
    Binding("i", "edit_metadata", "Details", show=False),
    Binding("x", "export", "Export", show=False),
]
"""Keys of the main screen: quote history, an article's citation details, export."""

LIBRARY_SCREEN_KEYS = [
    Binding("I", "import_files", "Import", show=False),
    Binding("R", "refresh_feeds", "Refresh feeds", show=False),
    Binding("A", "add_feed", "Add feed", show=False),
]
"""Keys of the main screen (wherever the focus is) that act on the whole library."""

STATEMENT_SCREEN_KEYS = [
    Binding("W", "statements_view", "Statements", tooltip="who said what"),
    Binding("L", "entity_timeline", "Timeline", show=False, tooltip="of an entity"),
]
"""Keys of the main screen: the library's statements, and the timeline of an entity."""

SHARE_SCREEN_KEYS = [Binding("S", "sync", "Sync (list, sidebar)", show=False)]
"""Keys of the main screen: sync with the team's shared library. The reader binds ``S`` to
the previous statement, so it syncs from the list and the sidebar (and the palette)."""

LIST_KEYS_ELSEWHERE = [
    Binding("o", "screen.list_key_elsewhere('o')", show=False),
    Binding("f", "screen.list_key_elsewhere('f')", show=False),
    Binding("F", "screen.list_key_elsewhere('F')", show=False),
]
"""The list's sort and filter keys as the reader binds them: there they did nothing and said
nothing, so they say where they act. No description: neither in the help nor the palette,
which runs the list's own Sort and Filter from any pane."""

SIDEBAR_LIST_KEYS = [binding for binding in LIST_KEYS_ELSEWHERE if binding.key != "f"]
"""The same keys as the sidebar binds them: all but ``f``, which filters by entity there."""

SIDEWAYS = frozenset({"scroll_left", "scroll_right", "page_left", "page_right"})
"""Textual's scrolling panes' sideways scrolls, which the palette and the Keys panel offer
only where a pane can scroll so."""


def acts(node: DOMNode, action: str) -> bool:
    """Whether ``action``, bound on ``node``, does something: a sideways scroll does only in
    a pane that can scroll sideways (none of the app's does: "Scroll Left" did nothing)."""
    return action not in SIDEWAYS or bool(getattr(node, "allow_horizontal_scroll", False))
