"""A list of choices moved with ``j``/``k`` as well as the arrows."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import OptionList

from diplotui.tui.widgets.follow_view import FollowsView


class ChoiceList(OptionList, FollowsView):
    """An option list that ``j``/``k`` move, as they move the article list, the reader and
    the sidebar: in a dialog only the arrows moved, so ``j j enter`` took the first choice."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]

    def watch_show_vertical_scrollbar(self) -> None:
        """Measure the choices again at the width the scrollbar leaves them: measured at
        the whole width before it came (choices added to a list that then overflowed), a
        row that wraps to one more line there was drawn without its last line, a
        timeline entry's title cut short with no ellipsis."""
        self._clear_caches()

    def on_resize(self) -> None:
        """Keep the highlight in view at the new size (once the choices are laid out at
        it): a smaller terminal kept the old scroll, the highlight below the view, and
        ``enter`` chose a row the screen did not show."""
        self.call_after_refresh(self.scroll_to_highlight)

    def follow_view(self) -> None:
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
