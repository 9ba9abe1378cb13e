"""The library pane: a line-based list that renders only the rows on screen.

10,000 articles must scroll smoothly, so rows are plain records drawn by ``render_line``
rather than one widget per article.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from diplotui.inert import inert_line
from diplotui.layout import wrap_label
from diplotui.model import Article

ROW_HEIGHT = 3  # two lines of title, one of details


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """What one list row shows for an article."""

    article_id: str
    title: str
    details: str

    @classmethod
    def of(cls, article: Article, highlight_count: int) -> ArticleRow:
        parts = [part for part in (article.source, _date_label(article)) if part]
        if article.tags:
            parts.append(" ".join(f"#{tag}" for tag in article.tags))
        if highlight_count:
            parts.append(f"✎ {highlight_count}")
        if article.note:
            parts.append("note")
        return cls(article.id, inert_line(article.title), inert_line(" · ".join(parts)))


def _date_label(article: Article) -> str:
    if not article.date:
        return ""
    return f"{article.date}?" if article.date_is_guess else article.date


class ArticleList(ScrollView, can_focus=True):
    """Rows of articles with a cursor; ``enter`` opens the article under the cursor."""

    BINDINGS = [
        Binding("down,j", "cursor_down", "Down", show=False),
        Binding("up,k", "cursor_up", "Up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("home,g", "first", "First", show=False),
        Binding("end,G", "last", "Last", show=False),
        Binding("enter", "open", "Open"),
    ]
    COMPONENT_CLASSES = {
        "article-list--title",
        "article-list--details",
        "article-list--cursor",
        "article-list--open",
    }

    cursor: reactive[int] = reactive(0, always_update=True, init=False)

    class Opened(Message):
        """The user asked to open an article."""

        def __init__(self, article_id: str) -> None:
            super().__init__()
            self.article_id = article_id

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._rows: list[ArticleRow] = []
        self._title_lines: dict[str, list[str]] = {}
        self._title_width = 0
        self.open_id: str | None = None

    @property
    def rows(self) -> list[ArticleRow]:
        return self._rows

    @property
    def current_id(self) -> str | None:
        """The id of the article under the cursor, if any."""
        if 0 <= self.cursor < len(self._rows):
            return self._rows[self.cursor].article_id
        return None

    def set_rows(self, rows: list[ArticleRow], keep_id: str | None = None) -> None:
        """Replace the rows, keeping the cursor on ``keep_id`` (or the current article)."""
        keep_id = keep_id or self.current_id
        self._rows = rows
        self._title_lines.clear()
        self.virtual_size = Size(self.size.width, len(rows) * ROW_HEIGHT)
        index = next((i for i, row in enumerate(rows) if row.article_id == keep_id), 0)
        self.cursor = min(index, max(len(rows) - 1, 0))
        self.refresh()

    def update_row(self, row: ArticleRow) -> None:
        for index, existing in enumerate(self._rows):
            if existing.article_id == row.article_id:
                self._rows[index] = row
                self._title_lines.pop(row.article_id, None)
                self.refresh()
                return

    def watch_cursor(self, cursor: int) -> None:
        self._scroll_cursor_into_view()
        self.refresh()

    def _scroll_cursor_into_view(self) -> None:
        top = self.cursor * ROW_HEIGHT
        height = self.scrollable_content_region.height
        if top < self.scroll_y:
            self.scroll_to(y=top, animate=False)
        elif top + ROW_HEIGHT > self.scroll_y + height:
            self.scroll_to(y=top + ROW_HEIGHT - height, animate=False)

    def on_resize(self) -> None:
        self.virtual_size = Size(self.size.width, len(self._rows) * ROW_HEIGHT)

    def _move(self, delta: int) -> None:
        if self._rows:
            self.cursor = max(0, min(len(self._rows) - 1, self.cursor + delta))

    def action_cursor_down(self) -> None:
        self._move(1)

    def action_cursor_up(self) -> None:
        self._move(-1)

    def action_page_down(self) -> None:
        self._move(max(1, self.scrollable_content_region.height // ROW_HEIGHT))

    def action_page_up(self) -> None:
        self._move(-max(1, self.scrollable_content_region.height // ROW_HEIGHT))

    def action_first(self) -> None:
        self._move(-len(self._rows))

    def action_last(self) -> None:
        self._move(len(self._rows))

    def action_open(self) -> None:
        if self.current_id:
            self.post_message(self.Opened(self.current_id))

    def on_click(self, event: object) -> None:
        offset = getattr(event, "y", 0) + int(self.scroll_y)
        self._move(offset // ROW_HEIGHT - self.cursor)

    def _wrapped_title(self, row: ArticleRow, width: int) -> list[str]:
        if width != self._title_width:
            self._title_lines.clear()
            self._title_width = width
        lines = self._title_lines.get(row.article_id)
        if lines is None:
            lines = self._title_lines[row.article_id] = wrap_label(row.title, width, 2)
        return lines

    def render_line(self, y: int) -> Strip:
        line = y + int(self.scroll_y)
        index, part = divmod(line, ROW_HEIGHT)
        width = self.scrollable_content_region.width
        if index >= len(self._rows):
            return Strip.blank(width, self.rich_style)
        row = self._rows[index]
        is_open = row.article_id == self.open_id
        if part < 2:
            style = self.get_component_rich_style("article-list--title")
            lines = self._wrapped_title(row, width - 1)
            text = lines[part] if part < len(lines) else ""
        else:
            style = self.get_component_rich_style("article-list--details")
            text = row.details
        style = self.rich_style + style
        if index == self.cursor:
            cursor_style = self.get_component_rich_style("article-list--cursor")
            style += cursor_style if self.has_focus else Style(bgcolor=cursor_style.bgcolor)
        marker_style = style + self.get_component_rich_style("article-list--open")
        segments = [Segment("▌" if is_open else " ", marker_style), Segment(text, style)]
        return Strip(segments).adjust_cell_length(width, style)
