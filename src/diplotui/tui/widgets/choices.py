"""A list of choices moved with ``j``/``k`` as well as the arrows."""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.scrollbar import ScrollDown, ScrollTo, ScrollUp
from textual.widgets import OptionList


class ChoiceList(OptionList):
    """An option list that ``j``/``k`` move, as they move the article list, the reader and
    the sidebar: in a dialog only the arrows moved, so ``j j enter`` took the first choice."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]

    def on_resize(self) -> None:
        """Keep the highlight in view at the new size (once the choices are laid out at
        it): a smaller terminal kept the old scroll, the highlight below the view, and
        ``enter`` chose a row the screen did not show."""
        self.call_after_refresh(self.scroll_to_highlight)

    def _on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        super()._on_mouse_scroll_down(event)
        self._after_wheel(event)

    def _on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        super()._on_mouse_scroll_up(event)
        self._after_wheel(event)

    def _after_wheel(self, event: events.MouseEvent) -> None:
        """Bring the highlight along, as the reader's cursor comes along with its view
        (Textual's own handler is kept from scrolling a second time): left on its row out of
        sight, ``enter`` chose what the screen no longer showed (a quote copied, an article
        opened, a tag removed)."""
        event.prevent_default()
        self._highlight_follows_view()

    def _on_scroll_to(self, message: ScrollTo) -> None:
        """A scrollbar dragged scrolls at once and brings the highlight along, as the wheel
        does (Textual's own handler scrolled after the next frame, animated)."""
        self._from_scrollbar(message, message.y)

    def _on_scroll_up(self, message: ScrollUp) -> None:
        self._from_scrollbar(message, self.scroll_y - self.scrollable_content_region.height)

    def _on_scroll_down(self, message: ScrollDown) -> None:
        self._from_scrollbar(message, self.scroll_y + self.scrollable_content_region.height)

    def _from_scrollbar(self, message: Message, y: float | None) -> None:
        message.prevent_default()
        message.stop()
        if y is not None and self.allow_vertical_scroll:
            self.scroll_to(y=y, animate=False, immediate=True)
            self._highlight_follows_view()

    def _highlight_follows_view(self) -> None:
        """A highlight the view left moves to the first choice wholly shown, or the last
        when it was left below."""
        highlighted = self.highlighted
        lines = self._index_to_line
        if highlighted is None or highlighted not in lines:
            return
        top = int(self.scroll_y)
        bottom = top + self.scrollable_content_region.height
        first = lines[highlighted]
        if top <= first and first + self._heights[highlighted] <= bottom:
            return
        shown = [
            index
            for index, line in lines.items()
            if top <= line
            and line + self._heights[index] <= bottom
            and not self.options[index].disabled
        ]
        if shown:
            self.highlighted = min(shown) if first < top else max(shown)
