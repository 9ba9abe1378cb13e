"""The reader pane: the article laid out by ``diplotui.layout``, drawn line by line.

Everything shown is a range of the stored text, so entity colours, highlights, search matches,
the selection and the reading cursor are all just styled ranges ("layers") painted over it.
Text goes to the screen as segments built from inert characters, never as markup.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import pairwise

from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from diplotui.inert import inert_line
from diplotui.layout import Block, BlockKind, VisualLine, article_blocks, wrap_blocks

BULLET = "• "


@dataclass(slots=True)
class _Layer:
    """Styled ranges kept sorted by start, with the longest length for overlap look-ups."""

    spans: list[tuple[int, int, Style]]
    starts: list[int]
    longest: int

    @classmethod
    def of(cls, spans: list[tuple[int, int, Style]]) -> _Layer:
        ordered = sorted(spans, key=lambda span: (span[0], span[1]))
        longest = max((end - start for start, end, _ in ordered), default=0)
        return cls(ordered, [start for start, _, _ in ordered], longest)

    def overlapping(self, start: int, end: int) -> list[tuple[int, int, Style]]:
        first = bisect_left(self.starts, start - self.longest)
        last = bisect_left(self.starts, end)
        return [span for span in self.spans[first:last] if span[1] > start and span[0] < end]


# Paint order: later layers win where they set the same attribute.
LAYER_ORDER = ("entities", "highlights", "matches", "cursor", "selection")


class Reader(ScrollView, can_focus=True):
    """Shows one article; other code decides what to paint with :meth:`set_layer`."""

    BINDINGS = [
        Binding("down,j", "scroll_down", "Down", show=False),
        Binding("up,k", "scroll_up", "Up", show=False),
        Binding("pagedown,space", "page_down", "Page down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("home,g", "scroll_home", "Top", show=False),
        Binding("end,G", "scroll_end", "Bottom", show=False),
    ]
    COMPONENT_CLASSES = {
        "reader--title",
        "reader--paragraph",
        "reader--caption",
        "reader--related-heading",
        "reader--related-item",
        "reader--placeholder",
    }

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.article_id: str | None = None
        self.text = ""
        self.blocks: list[Block] = []
        self.lines: list[VisualLine] = []
        self._line_starts: list[int] = []
        self._layers: dict[str, _Layer] = {}
        self._wrapped_width = 0

    # -- content ---------------------------------------------------------------------------

    def show(self, article_id: str | None, text: str) -> None:
        """Display an article's stored text (``None`` clears the pane)."""
        self.article_id = article_id
        self.text = text
        self.blocks = article_blocks(text)
        self._layers.clear()
        self._wrapped_width = 0
        self._relayout()
        self.scroll_to(0, 0, animate=False)

    def set_layer(self, name: str, spans: list[tuple[int, int, Style]]) -> None:
        """Replace one layer of styled ranges (offsets into the stored text)."""
        self._layers[name] = _Layer.of(spans)
        self.refresh()

    def _relayout(self) -> None:
        width = max(self.scrollable_content_region.width, 20)
        self._wrapped_width = width
        self.lines = wrap_blocks(self.text, self.blocks, width - len(BULLET))
        self._line_starts = [line.start for line in self.lines]
        self.virtual_size = Size(width, len(self.lines))
        self.refresh()

    def on_resize(self) -> None:
        if self.scrollable_content_region.width != self._wrapped_width:
            anchor = self.offset_at_top()
            self._relayout()
            if anchor is not None:
                self.scroll_to_offset(anchor, top=True)

    # -- geometry --------------------------------------------------------------------------

    def line_index_of(self, offset: int) -> int:
        """The visual line that shows ``offset`` (the nearest one when it is hidden)."""
        index = bisect_right(self._line_starts, offset) - 1
        index = max(index, 0)
        while index > 0 and self.lines[index].block == -1:
            index -= 1
        return index

    def offset_at_top(self) -> int | None:
        if not self.lines:
            return None
        return self.lines[min(int(self.scroll_y), len(self.lines) - 1)].start

    def scroll_to_offset(self, offset: int, *, top: bool = False) -> None:
        """Scroll so the line holding ``offset`` is visible (at the top when asked)."""
        if not self.lines:
            return
        y = self.line_index_of(offset)
        height = self.scrollable_content_region.height
        if top:
            self.scroll_to(y=y, animate=False)
        elif y < self.scroll_y:
            self.scroll_to(y=max(y - 1, 0), animate=False)
        elif y >= self.scroll_y + height:
            self.scroll_to(y=y - height + 2, animate=False)

    def scroll_range_into_view(self, start: int, end: int) -> None:
        """Make a passage visible, showing its start when it is taller than the pane."""
        self.scroll_to_offset(end)
        self.scroll_to_offset(start)

    # -- drawing ---------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        index = y + int(self.scroll_y)
        base = self.rich_style
        if not self.lines:
            if y == 1:
                message = "Open an article from the list (enter)."
                style = base + self.get_component_rich_style("reader--placeholder")
                return Strip([Segment(message, style)]).adjust_cell_length(width, base)
            return Strip.blank(width, base)
        if index >= len(self.lines):
            return Strip.blank(width, base)
        line = self.lines[index]
        if line.block == -1:
            return Strip.blank(width, base)
        block = self.blocks[line.block]
        block_style = base + self.get_component_rich_style(f"reader--{block.kind.value}")
        segments: list[Segment] = []
        if block.kind is BlockKind.RELATED_ITEM:
            marker = BULLET if line.start == block.start else " " * len(BULLET)
            segments.append(Segment(marker, block_style))
        segments.extend(self._styled_segments(line.start, line.end, block_style))
        return Strip(segments).adjust_cell_length(width, base)

    def _styled_segments(self, start: int, end: int, base: Style) -> list[Segment]:
        spans = [
            span
            for name in LAYER_ORDER
            if name in self._layers
            for span in self._layers[name].overlapping(start, end)
        ]
        if not spans:
            return [Segment(inert_line(self.text[start:end]), base)]
        cuts = {start, end}
        for span_start, span_end, _ in spans:
            cuts.add(max(span_start, start))
            cuts.add(min(span_end, end))
        points = sorted(cuts)
        segments = []
        for left, right in pairwise(points):
            style = base
            for span_start, span_end, span_style in spans:
                if span_start <= left and span_end >= right:
                    style += span_style
            segments.append(Segment(inert_line(self.text[left:right]), style))
        return segments
