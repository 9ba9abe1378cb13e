"""The top line of the main screen: the app's name and what is open."""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget


class TitleBar(Widget):
    """What Textual's Header shows (title — subtitle), drawn by one widget.

    The title bar is in the first frame, where every widget costs start-up time; Header is
    four widgets for an icon and a clock diplotui does not show. Titles are data (an article's
    title), so they are drawn as plain text, never as markup.
    """

    def on_mount(self) -> None:
        for node in (self.app, self.screen):
            self.watch(node, "title", self._retitle, init=False)
            self.watch(node, "sub_title", self._retitle, init=False)

    def _retitle(self) -> None:
        self.refresh()

    def render(self) -> Text:
        screen, app = self.screen, self.app
        title = screen.title or app.title
        sub_title = screen.sub_title or app.sub_title
        line = f"{title} — {sub_title}" if sub_title else title
        return Text(line, no_wrap=True, overflow="ellipsis")
