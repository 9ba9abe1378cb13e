"""The reader and the sidebar as they are before an article is open.

The app's first frame is drawn from the list snapshot before the model, the session and the
store are imported (importing them and styling the full panes' ~40 component classes is about
a fifth of a start-up). These two panes draw what the full ones draw then, and the full ones
build on them, so the hand-over to the main screen changes no cell.
"""

from __future__ import annotations

from functools import lru_cache

from rich.cells import cell_len, chop_cells
from rich.segment import Segment
from rich.style import Style
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widget import Widget

from diplotui.tui.legibility import drawn_in, legible

OPEN_HINT = "Open an article from the list (enter)."
HIDDEN_LIST_HINT = "Open an article from the list: [ shows it, then enter."
"""The hint while the list is hidden (``[``, or ``]`` at 80 columns, the sidebar in its
stead): "from the list (enter)" named a list no longer on screen."""


def resize_virtually(pane: ScrollView, size: Size) -> None:
    """Give a pane its new scrollable size without laying the screen out again: Textual's
    layout of a new virtual size reflowed the screen and drew every pane again (two thirds
    of a filter's frame at 100,000 articles; at start, all three panes a second time). A
    scrollbar that comes or goes still lays the screen out (Textual does, as its visibility
    changes). Before the pane is first laid out, Textual's layout takes the size."""
    if size == pane.virtual_size:
        return
    if not pane.container_size:
        pane.virtual_size = size
        return
    pane.set_reactive(ScrollView.virtual_size, size)
    pane._scroll_update(size)


@lru_cache(maxsize=16)
def _wrapped(text: str, width: int) -> tuple[str, ...]:
    """``text`` in rows of ``width`` cells at most, broken between words; a word wider than a
    row (a store's path) is broken after a "/" in the row's second half, else where the row
    ends, and never so that what goes on alone is punctuation: at 40 columns the welcome's
    path filled a row and its full stop stood on the next."""
    width = max(width, 1)
    rows: list[str] = []
    row = ""
    for word in text.split():
        joined = f"{row} {word}" if row else word
        if cell_len(joined) <= width:
            row = joined
            continue
        if row:
            rows.append(row)
        while cell_len(word) > width:
            cut = _fold_at(word, width)
            rows.append(word[:cut])
            word = word[cut:]
        row = word
    return (*rows, row) if row else tuple(rows)


def _fold_at(word: str, width: int) -> int:
    """Where a word wider than ``width`` cells is broken: after the last "/" in the row's
    second half, else after the characters that fit, less those that would leave only
    punctuation to go on."""
    fits = len(chop_cells(word, width)[0])
    cut = word.rfind("/", 0, fits) + 1
    if cut <= fits // 2:
        cut = fits
    while cut > 1 and not any(char.isalnum() for char in word[cut:]):
        cut -= 1
    return cut


class ReaderPane(ScrollView):
    """The reader with no article in it: a hint on its second line."""

    COMPONENT_CLASSES = {"reader--placeholder"}

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.placeholder = OPEN_HINT

    def render_empty_line(self, y: int, base: Style, hint: Style) -> Strip:
        """Line ``y`` of the pane with no text: ``hint`` is the placeholder's style. The
        placeholder is wrapped at the pane's width from its second line (its first, when the
        pane has no row to spare: at 40x12 a first run's welcome lost "list (enter)."): on one
        line, the reader of a 60-column screen cut it short, "Open an article from the list
        (en"."""
        width, height = self.scrollable_content_region.size
        rows = _wrapped(self.placeholder, width)
        top = 1 if len(rows) < height else 0
        if top <= y < top + len(rows):
            placeholder = Segment(rows[y - top], legible(hint, drawn_in(self.app)))
            return Strip([placeholder]).adjust_cell_length(width, base)
        return Strip.blank(width, base)

    def render_line(self, y: int) -> Strip:
        base = self.rich_style
        return self.render_empty_line(
            y, base, base + self.get_component_rich_style("reader--placeholder")
        )


class SidebarPane(ScrollView):
    """The sidebar before it lists anything: blank."""

    def render_line(self, y: int) -> Strip:
        return Strip.blank(self.scrollable_content_region.width, self.rich_style)


class FooterSpace(Widget):
    """The footer's line, kept empty until the footer of keys takes its place just after
    the first frame: the panes are laid out at their final height once, and the footer's
    arrival redraws that line alone, not the three panes."""

    def render(self) -> str:
        return ""  # a bare widget shows its name: "FooterSpace" stood there until the footer
