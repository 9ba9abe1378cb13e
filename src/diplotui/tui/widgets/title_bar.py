"""The top line of the main screen: the app's name and what is open, and on its right the
progress of a feeds refresh while one runs."""

from __future__ import annotations

from rich.cells import cell_len, get_character_cell_size, set_cell_size
from rich.text import Text
from textual.screen import Screen
from textual.widget import Widget

BAR_CELLS = 16


class TitleBar(Widget):
    """What Textual's Header shows (title — subtitles), drawn by one widget.

    The title bar is in the first frame, where every widget costs start-up time; Header is
    four widgets for an icon and a clock diplotui does not show. Titles are data (an article's
    title), so they are drawn as plain text, never as markup.
    """

    COMPONENT_CLASSES = {"title-bar--progress", "title-bar--bar", "title-bar--bar-rest"}

    _progress: tuple[str, float] | None = None

    def on_mount(self) -> None:
        for node in (self.app, self.screen):
            self.watch(node, "title", self._retitle, init=False)
            self.watch(node, "sub_title", self._retitle, init=False)

    def _retitle(self) -> None:
        self.refresh()

    @property
    def progress(self) -> tuple[str, float] | None:
        """The progress shown (its label and how much is done, 0 to 1), if any."""
        return self._progress

    def show_progress(self, label: str, done: float) -> None:
        """Show ``label`` and a bar ``done`` (0 to 1) full on the right of this line.

        Drawn in this line, not in one of its own: mounting and removing a line under the
        panes laid the whole screen out again and repainted every pane (up to 80 ms at
        10,000 articles, a key's wait); this repaints one line. While it shows, the screen's
        notices take a line of their own under this one (``-progress-shown``, styles/app.tcss):
        over it they hid the progress for their seconds."""
        self._progress = (label, min(max(done, 0.0), 1.0))
        self.screen.set_class(True, "-progress-shown")
        self.refresh()

    def clear_progress(self) -> None:
        self._progress = None
        self.screen.set_class(False, "-progress-shown")
        self.refresh()

    def render(self) -> Text:
        screen, app = self.screen, self.app
        # the app's subtitle ("read-only") before the screen's (the open article's): after
        # it, a long title cut it off, and an article open hid it
        parts = (screen.title or app.title, app.sub_title, screen.sub_title)
        line = " — ".join(part for part in parts if part)
        width = self.size.width
        if self._progress is None:
            return Text(fitted(line, width))
        head = fitted(line, width)  # the progress takes what the title leaves, half at least
        part = min(width, max(width // 2, width - cell_len(head) - 4, BAR_CELLS + 12), 72)
        shown = Text(fitted(line, width - part))
        shown.align("center", width - part)
        return Text.assemble(shown, self._progress_part(part))

    def _progress_part(self, width: int) -> Text:
        """The label (cut to fit) and the bar, ``width`` cells with a space on either side."""
        assert self._progress is not None
        label, done = self._progress
        room = max(width - BAR_CELLS - 3, 0)
        label = fitted(label, room)
        filled = round(done * BAR_CELLS)
        style = self.get_component_rich_style
        part = Text(" ", no_wrap=True)
        part.append(label, style("title-bar--progress"))
        part.pad_right(room - cell_len(label) + 1)
        part.append("━" * filled, style("title-bar--bar"))
        part.append("━" * (BAR_CELLS - filled), style("title-bar--bar-rest"))
        part.append(" ")
        return part


def fitted(line: str, width: int) -> str:
    """``line`` in ``width`` cells, ending in "…" (after the last letter kept, not a space)
    when it is longer. Only the characters that can show are measured: a title of one
    200,000-character word showed nothing after "diplotui —" (Textual wrapped the line at
    its last space), and measuring it whole took 0.1 s a frame."""
    cells = 0
    for at, char in enumerate(line):
        cells += get_character_cell_size(char)
        if cells > width:
            return set_cell_size(line[:at], max(width - 1, 0)).rstrip() + "…" if width else ""
    return line


def retitle(screen: Screen[object], title: str | None = None, sub_title: str | None = None) -> None:
    """Give ``screen`` a new title or subtitle (what is open), drawing only its title bar:
    Textual's ``Screen.title`` and ``Screen.sub_title`` draw the whole screen again (a full
    frame, 15-20 ms of the UI thread at 120x40, each time a refresh's arrivals or a ``u``
    changed the unread count, or an article was opened)."""
    changed = False
    for field, value in ((Screen.title, title), (Screen.sub_title, sub_title)):
        if value is not None and getattr(screen, field.name) != value:
            screen.set_reactive(field, value)
            changed = True
    if changed:
        screen.query_one(TitleBar).refresh()
