"""The footer: the keys of whatever has the focus, with the app's own keys always in view.

One widget draws the whole line. Textual's ``Footer`` is a container of one ``FooterKey``
widget per key (14 on the main screen), each styled, laid out and drawn on its own: about a
third of the app's start-up work after its first frame, and of every footer change.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.screen import Screen
from textual.strip import Strip
from textual.widget import Widget

KEY, DESCRIPTION, SEPARATOR, PAD = "key", "description", "separator", "pad"
"""The parts of a key as drawn: its key, what it does, the palette key's left edge, a space."""

Part = tuple[str, str]  # (text, which part)

_EDGE = "▏"  # the left edge of the palette's key


@dataclass(frozen=True)
class ShownKey:
    """One key in the footer, and what a click on it does."""

    key: str
    display: str
    description: str
    enabled: bool
    tooltip: str

    def parts(self) -> tuple[Part, ...]:
        """A key of the line: `` k `` then ``description `` (the key alone if it has none)."""
        if not self.description:
            return ((self.display, KEY),)
        return ((f" {self.display} ", KEY), (f"{self.description} ", DESCRIPTION))

    def palette_parts(self) -> tuple[Part, ...]:
        """The command palette's key, kept at the right end behind a thin edge."""
        described = ((f" {self.description}", DESCRIPTION),) if self.description else ()
        return ((_EDGE, SEPARATOR), (self.display, KEY), *described, (" ", PAD))


@dataclass(frozen=True)
class Shown:
    """What the footer shows: the keys from the left, the palette's key at the right."""

    keys: tuple[ShownKey, ...] = ()
    palette: ShownKey | None = None


@dataclass(frozen=True)
class Placed:
    """A key where it is drawn: columns ``start`` to ``end`` of the line."""

    key: ShownKey
    start: int
    end: int
    parts: tuple[Part, ...]


class KeyFooter(Widget):
    """The keys of the focused widget's chain with what they do, as Textual's ``Footer``
    lists them (its active bindings shown, one key per action, the command palette's at the
    right end, a disabled key dim), in its colours, with the app's keys first: Textual's
    lists the app's last, so at 80 columns quit (``q``) and help (``?``) fell off its end.
    Next come the actions a widget names in its ``FOOTER_FIRST``, in that order (a mode's
    keys, such as a find's in the reader), then the rest in the widget's order.

    Only whole keys are drawn: a key that does not fit is left out (Textual's cut it, as
    "] Sideba" at 120 columns), and the wheel scrolls a line wider than the screen a key at
    a time. A click on a key presses it (a disabled key rings the bell), and the key under
    the pointer is lit, as on Textual's footer.
    It is drawn again only when the keys it would show change: the screen announces its
    bindings after every focus change and many keys.
    """

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {
        "key-footer--item",
        "key-footer--hover",
        "key-footer--key",
        "key-footer--description",
        "key-footer--separator",
    }

    def __init__(self) -> None:
        super().__init__()
        self._shown = Shown()
        self._hovered: ShownKey | None = None
        self._scrolled = 0  # keys scrolled out at the left
        self._styles: dict[tuple[str, bool, bool], Style] = {}
        self._under_the_palette = False

    def on_mount(self) -> None:
        self._shown = self._shown_on(self.screen)
        self.screen.bindings_updated_signal.subscribe(self, self.bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def bindings_changed(self, screen: Screen[object]) -> None:
        """The screen's keys may have changed: draw the line again if they did (not while
        the app is in the background, where the focus, and so the keys, are not kept)."""
        if not screen.app.app_focus or not self.is_attached or screen is not self.screen:
            return
        shown = self._shown_on(screen)
        if shown != self._shown:
            self._shown = shown
            self._hovered = None
            self._scrolled = min(self._scrolled, self._overflow())
            self.refresh()

    def _shown_on(self, screen: Screen[object]) -> Shown:
        app = self.app
        app_keys = {binding.key for binding in app.BINDINGS if not isinstance(binding, tuple)}
        by_action: dict[str, ShownKey] = {}
        mode_keys: dict[ShownKey, int] = {}  # by their place in their widget's FOOTER_FIRST
        for node, binding, enabled, tooltip in screen.active_bindings.values():
            if binding.show and binding.action not in by_action:
                shown = by_action[binding.action] = ShownKey(
                    binding.key,
                    app.get_key_display(binding),
                    binding.description,
                    enabled,
                    tooltip,
                )
                footer_first: tuple[str, ...] = getattr(node, "FOOTER_FIRST", ())
                if binding.action in footer_first:
                    mode_keys[shown] = footer_first.index(binding.action)
        keys = list(by_action.values())
        first = [key for key in keys if key.key in app_keys]
        first += sorted((key for key in mode_keys if key not in first), key=mode_keys.__getitem__)
        palette = None
        if app.ENABLE_COMMAND_PALETTE and app.COMMAND_PALETTE_BINDING in screen.active_bindings:
            _node, binding, enabled, _tooltip = screen.active_bindings[app.COMMAND_PALETTE_BINDING]
            palette = ShownKey(
                binding.key,
                app.get_key_display(binding),
                binding.description,
                enabled,
                binding.tooltip or binding.description,
            )
        return Shown((*first, *(key for key in keys if key not in first)), palette)

    def _room(self) -> tuple[Placed | None, int]:
        """The palette's key at the right end of the line, and how many columns the other
        keys may use."""
        width = self.size.width
        palette = self._shown.palette
        if palette is None:
            return None, width
        parts = palette.palette_parts()
        palette_width = sum(cell_len(text) for text, _ in parts)
        room = max(0, width - palette_width)
        return Placed(palette, room, room + palette_width, parts), room

    def _fitting(self, keys: tuple[ShownKey, ...], room: int) -> list[Placed]:
        """As many of ``keys`` as fit whole in ``room`` columns, from the left."""
        placed: list[Placed] = []
        start = 0
        for key in keys:
            parts = key.parts()
            end = start + sum(cell_len(text) for text, _ in parts)
            if end > room:
                break
            placed.append(Placed(key, start, end, parts))
            start = end
        return placed

    def _placed(self) -> tuple[list[Placed], Placed | None, int]:
        """The whole keys in view after those scrolled out, the palette's key, and how many
        columns the keys may use."""
        palette, room = self._room()
        return self._fitting(self._shown.keys[self._scrolled :], room), palette, room

    def _key_at(self, x: int) -> ShownKey | None:
        placed, palette, room = self._placed()
        if palette is not None and x >= room:
            return palette.key
        return next((key.key for key in placed if key.start <= x < key.end), None)

    def _overflow(self) -> int:
        """How many keys at the left must be scrolled out for the last one to be in view."""
        _palette, room = self._room()
        keys = self._shown.keys
        return next(
            (
                first
                for first in range(len(keys))
                if len(self._fitting(keys[first:], room)) == len(keys) - first
            ),
            len(keys),
        )

    def render_line(self, y: int) -> Strip:
        base = self._style(PAD, False, True)
        if self._under_the_palette:
            return Strip.blank(self.size.width, base)
        placed, palette, room = self._placed()
        line = Strip(self._segments(placed)).adjust_cell_length(room, base)
        if palette is not None:
            line = Strip.join([line, Strip(self._segments([palette]))])
        return line.adjust_cell_length(self.size.width, base)

    def follow_the_palette(self) -> None:
        """Blank while the command palette is over this screen, drawn again as it goes: the
        palette showed "q Quit" under what is typed in it, keys that go to the palette as
        letters (dialogs draw the screen below without its footer)."""
        palette = sys.modules.get("textual.command")  # loaded as the palette first opens
        under = palette is not None and isinstance(self.app.screen, palette.CommandPalette)
        if under != self._under_the_palette:
            self._under_the_palette = under
            self.refresh()

    def _segments(self, placed: list[Placed]) -> Iterator[Segment]:
        for key in placed:
            hovered = key.key is self._hovered
            for text, part in key.parts:
                yield Segment(text, self._style(part, hovered, key.key.enabled))

    def _style(self, part: str, hovered: bool, enabled: bool) -> Style:
        """A part's style as Textual's footer draws it: the key's background (lit under the
        pointer) over the footer's, then the part's own colours and text style over that."""
        cache_key = (part, hovered, enabled)
        style = self._styles.get(cache_key)
        if style is None:
            background = self.background_colors[1]
            item = self.get_component_styles("key-footer--hover" if hovered else "key-footer--item")
            under = background + item.background
            if part == PAD:
                style = Style(bgcolor=under.rich_color)
            elif part == SEPARATOR:
                edge = self.get_component_styles("key-footer--separator").color
                style = Style(color=(background + edge).rich_color, bgcolor=under.rich_color)
            else:
                own = self.get_component_styles(f"key-footer--{part}")
                under += own.background
                colours = Style(color=(under + own.color).rich_color, bgcolor=under.rich_color)
                style = own.text_style + colours
                if not enabled:
                    style = Style(dim=True) + style
            self._styles[cache_key] = style
        return style

    def notify_style_update(self) -> None:
        self._styles.clear()  # a new theme
        super().notify_style_update()

    def _hover(self, key: ShownKey | None) -> None:
        if key is not self._hovered:
            self._hovered = key
            self.tooltip = key.tooltip if key is not None and key.tooltip else None
            self.set_class(key is not None, "-over-key")
            self.refresh()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        self._hover(self._key_at(event.x))

    def on_leave(self, event: events.Leave) -> None:
        self._hover(None)

    def on_mouse_down(self, event: events.MouseDown) -> None:
        key = self._key_at(event.x)
        if key is None:
            return
        if key.enabled:
            self.app.simulate_key(key.key)
        else:
            self.app.bell()

    def on_resize(self) -> None:
        self._scrolled = min(self._scrolled, self._overflow())  # wider: fewer keys hidden

    def on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        self._scroll_keys(event, 1)

    def on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        self._scroll_keys(event, -1)

    def _scroll_keys(self, event: events.MouseEvent, keys: int) -> None:
        """The wheel over the footer scrolls its keys a key at a time when they do not all
        fit."""
        scrolled = min(max(0, self._scrolled + keys), self._overflow())
        if scrolled != self._scrolled:
            self._scrolled = scrolled
            self._hover(self._key_at(int(event.x)))
            self.refresh()
            event.stop()
            event.prevent_default()
