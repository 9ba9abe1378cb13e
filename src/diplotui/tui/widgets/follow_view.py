"""Scrolling by wheel or scrollbar that brings a pane's cursor along, so that a key acts on
what the screen shows."""

from __future__ import annotations

from textual import events
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.scrollbar import ScrollDown, ScrollTo, ScrollUp


class FollowsView(ScrollView):
    """A scrolling pane whose cursor (or highlighted row) follows the view: left on its row
    out of sight, ``h`` highlighted, ``d`` deleted, ``a`` archived and ``enter`` chose what
    the screen no longer showed. Textual runs each class's own handler in turn; these stop
    it after theirs: its wheel handler scrolled a second time, past the cursor just brought
    along, and its scrollbar handler scrolled after the next frame, animated. A pane with a
    base of its own names this class after it: Textual takes CSS and component classes from
    the first base only."""

    def follow_view(self) -> None:
        """Move a cursor the view left to the first row wholly shown, or the last when it
        was left below; the view stays where it is."""
        raise NotImplementedError

    def _on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        super()._on_mouse_scroll_down(event)
        event.prevent_default()
        self.follow_view()

    def _on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        super()._on_mouse_scroll_up(event)
        event.prevent_default()
        self.follow_view()

    def _on_scroll_to(self, message: ScrollTo) -> None:
        self._from_scrollbar(message, message.y)

    def _on_scroll_up(self, message: ScrollUp) -> None:
        self._from_scrollbar(message, self.scroll_y - self.scrollable_content_region.height)

    def _on_scroll_down(self, message: ScrollDown) -> None:
        self._from_scrollbar(message, self.scroll_y + self.scrollable_content_region.height)

    def _from_scrollbar(self, message: Message, y: float | None) -> None:
        """A scrollbar dragged or its track clicked scrolls at once, as a key does."""
        message.prevent_default()
        message.stop()
        if y is not None and self.allow_vertical_scroll:
            self.scroll_to(y=y, animate=False, immediate=True)
            self.follow_view()
