"""The library pane: a line-based list that renders only the rows on screen.

10,000 articles must scroll smoothly, so rows are plain records drawn by ``render_line``
rather than one widget per article. Saved filters sit above the articles as one-line
"folders" (like newsboat's query feeds).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import overload

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding
from textual.content import Content
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip

from diplotui.inert import inert_line
from diplotui.layout import apart_cut, row_lines, wrap_label
from diplotui.library.rows import (
    FAILING,
    FEED,
    FEEDS,
    FILTER,
    UNREAD_MARK,
    ArticleRow,
    FolderRow,
)
from diplotui.tui.keys import QUOTE_KEYS
from diplotui.tui.legibility import drawn_in, legible, legible_strip
from diplotui.tui.widgets.fields import EditField
from diplotui.tui.widgets.follow_view import FollowsView
from diplotui.tui.widgets.panes import resize_virtually

ROW_HEIGHT = 3  # two lines of title, one of details (or one and two: ``layout.row_lines``)
FOLDER_COUNT_CELLS = 14  # "  12,345 unread": a folder's count, kept whole beside its name
FOLDER_NAME_CELLS = 8  # a folder's name is never cut shorter than this for its count
FOLDER_NAME_KEPT = 12  # "  · Mekong M…": cut shorter by a count, the count takes its short form
FOLDER_STRIPS_KEPT = 256  # folder lines drawn, by text and style, before the cache starts over
EMPTY_TEXT_LINES = 8  # the empty list's text, wrapped in the pane's width (22 cells at 80; 6 cut
# what the dates of a filter left out, "dated from 2025-07-18 to 2025-12-30", before its key)
BRING_ARTICLES = "I imports files or folders, A subscribes to a feed."
"""How to bring articles, the list's keys, as a view of an empty library says it."""
TITLES_KEPT = 4096  # rows wrapped, by text, before the cache starts over
LIST_NAME = "Library · "
"""The list's name, before its order on its top edge: given way where the two do not fit."""
TITLE_EDGES = 6  # a pane's corners and the lines and spaces either side of its title
SORT_LABELS = {
    "date": "newest first",
    "title": "title A–Z",
    "source": "by source",
    "annotated": "most annotated",
}


class RowSource(Sequence[ArticleRow]):
    """The list's rows, each made when first drawn: 10,000 articles show a dozen at a time."""

    def __init__(self, ids: Sequence[str], row_for: Callable[[str], ArticleRow]) -> None:
        self.ids = ids
        self._row_for = row_for

    def __len__(self) -> int:
        return len(self.ids)

    @overload
    def __getitem__(self, index: int) -> ArticleRow: ...
    @overload
    def __getitem__(self, index: slice) -> list[ArticleRow]: ...
    def __getitem__(self, index: int | slice) -> ArticleRow | list[ArticleRow]:
        if isinstance(index, slice):
            return [self._row_for(article_id) for article_id in self.ids[index]]
        return self._row_for(self.ids[index])


class ArticleList(FollowsView, can_focus=True):
    """Rows of articles with a cursor; ``enter`` opens the article under the cursor, a dot
    in the gutter marks an unread one."""

    HELP_TITLE = "Article list"
    BINDINGS = [
        Binding("down,j", "cursor_down", "Down", show=False),
        Binding("up,k", "cursor_up", "Up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("home,g", "first", "First", show=False),
        Binding("end,G", "last", "Last", show=False),
        Binding("enter", "open", "Open"),
        # on a feed's row (or the feeds heading: every feed's), what the team deleted of it
        # fetched and stored again, as `diplotui refresh --bring-back FEED`; next to Open,
        # so the key line has room for it at 80 columns there
        Binding("b", "bring_back", "Bring back deleted"),
        Binding("slash", "screen.search_library", "Search", key_display="/"),
        Binding("f", "screen.filter_library", "Filter"),
        Binding("F", "screen.save_filter", "Save filter", show=False),
        Binding("o", "screen.cycle_sort", "Sort"),
        Binding("escape", "screen.clear_filters", "Clear filter", show=False),
        Binding("d", "delete_folder", "Delete filter"),
        Binding("u", "toggle_state('read')", "Read/unread"),
        Binding("a", "toggle_state('archive')", "Archive", show=False),
        # the row's own note: "acts in the reader" said here left the note typed next to
        # run as list keys (a archived, t opened the tag dialog)
        Binding("n", "note", "Note", show=False),
        Binding("number_sign", "screen.add_tags", show=False),  # as t: tags are typed next
        # no description: neither in the help nor the palette; pressed where the row's own
        # binding above is off (check_action), they say why instead of doing nothing
        Binding("d", "not_on_this_row('d')", show=False),
        Binding("u", "not_on_this_row('u')", show=False),
        Binding("a", "not_on_this_row('a')", show=False),
        Binding("n", "not_on_this_row('n')", show=False),
        Binding("b", "not_on_this_row('b')", show=False),
        *(replace(key, show=False) for key in QUOTE_KEYS if key.key != "y"),
    ]
    COMPONENT_CLASSES = {
        "article-list--folder",
        "article-list--title",
        "article-list--details",
        "article-list--failing",
        "article-list--cursor",
        "article-list--open",
        "article-list--unread",
    }

    cursor: reactive[int] = reactive(0, always_update=True, init=False, repaint=False)

    class Opened(Message):
        """The user asked to open an article."""

        def __init__(self, article_id: str) -> None:
            super().__init__()
            self.article_id = article_id

    class FolderChosen(Message):
        """The user asked to apply a saved filter, show a feed's articles (``key``: its id),
        or open or close the feeds section (``kind`` says which, see ``FolderRow``)."""

        def __init__(self, name: str, kind: str = FILTER, key: str = "") -> None:
            super().__init__()
            self.name = name
            self.kind = kind
            self.key = key

    class FeedFailing(Message):
        """The cursor reached a failing feed's row: why it fails (``FolderRow.why``), which
        the row, at 80 columns "· Desk Wire  failing", has no room for."""

        def __init__(self, name: str, why: str) -> None:
            super().__init__()
            self.name = name
            self.why = why

    class BringBack(Message):
        """The user asked to fetch a feed whole (``feed_id``; "" for every feed) and store
        again the items whose articles were deleted (``refresh --bring-back``)."""

        def __init__(self, feed_id: str) -> None:
            super().__init__()
            self.feed_id = feed_id

    class FolderDeleted(Message):
        """The user asked to delete a saved filter (the screen confirms first)."""

        def __init__(self, name: str) -> None:
            super().__init__()
            self.name = name

    class Toggled(Message):
        """The user asked to toggle an article's reading state: ``what`` is "read" (read or
        unread) or "archive" (archived or not)."""

        def __init__(self, article_id: str, what: str) -> None:
            super().__init__()
            self.article_id = article_id
            self.what = what

    class NoteAsked(Message):
        """The user asked to write the note of the article on the cursor's row."""

        def __init__(self, article_id: str) -> None:
            super().__init__()
            self.article_id = article_id

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._rows: Sequence[ArticleRow] = []
        self._ids: Sequence[str] = []
        self._folders: list[FolderRow] = []
        # by title and details: wrapped once per width
        self._title_lines: dict[tuple[str, str], list[tuple[str, str]]] = {}
        self._drawn: dict[int, LineKey] = {}  # what each line on screen was drawn from
        self._title_width = 0
        self._frame_styles: dict[tuple[str, bool, str], tuple[Style, Style, Style]] | None = None
        self._frame_folder_styles: dict[bool, tuple[Style, Style, Style]] | None = None
        self._frame_blanks: dict[int, Strip] | None = None
        self._folder_strips: dict[tuple[str, str, int, Style, Style, Style], Strip] = {}
        self.open_id: str | None = None
        self.empty_text = ""  # said under the folders when no article is listed
        self._row_keys: tuple[bool | None, ...] = ()  # the keys the footer offers for the row
        self._failing_said = ""  # the failing feed under the cursor whose reason was said
        self._titles = ("", "")  # the edges' texts whole (see ``show_titles``)

    @property
    def rows(self) -> Sequence[ArticleRow]:
        return self._rows

    @property
    def row_ids(self) -> Sequence[str]:
        """The ids of the articles listed, in order (cheaper than going through ``rows``; a
        filter's answer at 100,000 articles is not a list, see ``ShownIds``)."""
        return self._ids

    @property
    def folders(self) -> list[FolderRow]:
        return self._folders

    @property
    def current_id(self) -> str | None:
        """The id of the article under the cursor, if any."""
        index = self.cursor - len(self._folders)
        if 0 <= index < len(self._ids):
            return self._ids[index]
        return None

    @property
    def current_folder(self) -> str | None:
        """The name of the saved filter under the cursor, if any."""
        if 0 <= self.cursor < len(self._folders):
            return self._folders[self.cursor].name
        return None

    def _count(self) -> int:
        return len(self._folders) + len(self._rows)

    def _height(self) -> int:
        return len(self._folders) + len(self._rows) * ROW_HEIGHT

    def _top(self, index: int) -> tuple[int, int]:
        """The first line and the height of the row at ``index``."""
        folders = len(self._folders)
        if index < folders:
            return index, 1
        return folders + (index - folders) * ROW_HEIGHT, ROW_HEIGHT

    def set_rows(
        self,
        rows: Sequence[ArticleRow],
        keep_id: str | None = None,
        folders: list[FolderRow] | None = None,
    ) -> None:
        """Replace the rows, keeping the cursor on ``keep_id`` (or the current article) and
        its row on the same line of the screen (rows that come above it push the ones above
        the screen, not the one being read; a list at its top stays there for folders, as
        the feeds section that comes after the first frame). Only the lines whose row changed
        are drawn again: a refresh's new rows off screen cost no paint (the whole list's
        repaint, 15-23 ms of the UI thread as articles came in, delayed the next key's
        frame)."""
        keep_id = keep_id or self.current_id
        keep_folder = self.current_folder
        cursor_line = self._top(self.cursor)[0] - self.scroll_offset.y
        if folders is not None:
            if self.scroll_offset.y == 0:  # folders that come on top show, not scroll away
                cursor_line += len(folders) - len(self._folders)
            self._folders = folders
        self._rows = rows
        self._ids = rows.ids if isinstance(rows, RowSource) else [r.article_id for r in rows]
        self._set_virtual_height(self._height())
        offset = len(self._folders)
        index = _index_of(self._ids, keep_id)
        if index is not None:
            index += offset
        else:
            names = [folder.name for folder in self._folders]
            index = names.index(keep_folder) if keep_folder in names else offset
        cursor = min(index, max(self._count() - 1, 0))
        self.set_reactive(ArticleList.cursor, cursor)
        self._follow_row_keys()
        if not self.container_size or self._layout_required:
            self.refresh()  # not laid out yet, or about to be (a scrollbar came or went)
            return
        self._keep_on_line(cursor, cursor_line)
        self._refresh_changed_lines()

    def show_titles(self, title: str, subtitle: str) -> None:
        """Put ``title`` on the border's top line and ``subtitle`` on its bottom one (plain
        text, never markup), drawing only a line whose text changed: Textual's setters draw
        the whole list, twice each time a refresh's articles came in. The list's name gives
        way to its order where both do not fit: at 80 columns it read "Library · newest
        fi…", the order cut."""
        self._titles = (title, subtitle)
        room = self._laid_width() - TITLE_EDGES
        if 0 < room < cell_len(title) and title.startswith(LIST_NAME):
            title = title.removeprefix(LIST_NAME)
        for name, text, line in (
            ("_border_title", title, 0),
            ("_border_subtitle", subtitle, self.outer_size.height - 1),
        ):
            content = Content(text)
            if getattr(self, name) == content:
                continue
            setattr(self, name, content)
            offset = self.content_offset
            self.refresh(Region(-offset.x, line - offset.y, self.outer_size.width, 1))

    def _laid_width(self) -> int:
        """The list's width on screen, or the one its rules give it before it is laid out:
        each screen names its list as it mounts, and the title chosen for no width ("Library
        ·…", the order cut) flicked to the other ("newest fi…") at the next frame."""
        if self.outer_size.width:
            return self.outer_size.width
        styles, screen = self.styles, self.app.size
        width = styles.width.resolve(screen, screen) if styles.width else screen.width
        if styles.min_width is not None:
            width = max(width, styles.min_width.resolve(screen, screen))
        if styles.max_width is not None:
            width = min(width, styles.max_width.resolve(screen, screen))
        return int(width)

    def select_id(self, article_id: str) -> None:
        """Put the cursor on an article's row (when it is listed)."""
        index = _index_of(self._ids, article_id)
        if index is not None:
            self.cursor = index + len(self._folders)

    def step_off(self, article_id: str) -> None:
        """Before the row under the cursor leaves the list (archived, deleted), put the
        cursor on the next row, else the previous one: left on a row that is gone, it fell
        back to the first article, where the next key acted."""
        if self.current_id != article_id:
            return
        index = self._ids.index(article_id)
        neighbours = self._ids[index + 1 : index + 2] or self._ids[max(index - 1, 0) : index]
        if neighbours:
            self.select_id(neighbours[0])

    def update_row(self, row: ArticleRow) -> None:
        """Redraw one article's row (a ``RowSource`` already gives the new row): its lines
        only, the other rows' lines stay in Textual's cache (a tag saved redrew the whole
        list, a third of that frame)."""
        index = _index_of(self._ids, row.article_id)
        if index is None:
            return
        if isinstance(self._rows, list):
            self._rows[index] = row
        self.refresh_lines(*self._top(index + len(self._folders)))

    def _set_virtual_height(self, height: int) -> None:
        """Give the list its new height (see ``resize_virtually``)."""
        if not self.container_size:  # not laid out yet: Textual sizes it
            self._scrollbar_before_layout(height)
        resize_virtually(self, Size(self.size.width, height))

    def _scrollbar_before_layout(self, height: int) -> None:
        """Textual shows the scrollbar only after it has laid out and drawn a frame without
        it: the first frame's rows were a column wider, then drawn again (a blink at start,
        and again when the main screen takes over the first frame). A list taller than the
        terminal overflows its pane whatever the layout, so it has its scrollbar at once."""
        if self.styles.overflow_y == "auto" and height > self.app.size.height:
            self.show_vertical_scrollbar = True

    def watch_cursor(self, cursor: int) -> None:
        """Draw the lines the cursor left and reached (``j`` redrew the whole list: 38 lines
        of a 40-line terminal, each key), or the list when it scrolled."""
        scrolled = self.scroll_offset.y
        self._scroll_cursor_into_view()
        if self.scroll_offset.y != scrolled or not self.container_size:
            self.refresh()
        else:
            self._refresh_changed_lines()
        self._follow_row_keys()
        self._say_why_failing(cursor)

    def _say_why_failing(self, cursor: int) -> None:
        """Reaching a failing feed's row says why it fails, once until the cursor leaves it
        (the list redrawn under a cursor that stays says nothing again)."""
        folder = self._folders[cursor] if 0 <= cursor < len(self._folders) else None
        key = folder.key if folder is not None and folder.why else ""
        if folder is not None and key and key != self._failing_said:
            self.post_message(self.FeedFailing(folder.name, folder.why))
        self._failing_said = key

    def _follow_row_keys(self) -> None:
        """Have the footer offer the keys of the row now under the cursor ("u Read/unread"
        on an article, "d Delete filter" on a saved filter, "⏎ Open" on any row), asking
        for new bindings only when they change: the footer kept those of the row the list
        had when it took the focus, so after ``g`` to the feeds and back to an article it
        offered no ``u``."""
        keys = tuple(
            self.check_action(action, ()) for action in ("toggle_state", "delete_folder", "open")
        )
        if keys != self._row_keys:
            self._row_keys = keys
            self.refresh_bindings()

    def _keep_on_line(self, cursor: int, line: int) -> None:
        """Scroll, without drawing, so the cursor's row is on screen ``line`` (where it was),
        else as near as the list allows, else just in view."""
        top, row_height = self._top(cursor)
        height = self.scrollable_content_region.height
        if 0 <= line <= height - row_height:
            wanted = max(0, min(top - line, int(self.max_scroll_y)))
        elif top < self.scroll_offset.y:
            wanted = top
        elif top + row_height > self.scroll_offset.y + height:
            wanted = max(0, min(top + row_height - height, int(self.max_scroll_y)))
        else:
            return
        if wanted == self.scroll_offset.y:
            return
        self.set_reactive(ArticleList.scroll_y, float(wanted))
        self.set_reactive(ArticleList.scroll_target_y, float(wanted))
        if self.show_vertical_scrollbar:
            self.vertical_scrollbar.position = wanted

    def _refresh_changed_lines(self) -> None:
        """Draw again the lines on screen that would not be drawn as they were (the others
        stay in Textual's cache of this widget's lines), a run of them at a time."""
        top = self.scroll_offset.y
        drawn = self._drawn
        cursor = self.cursor
        height = self.scrollable_content_region.height
        start: int | None = None  # the first line of a run of changed lines
        for y in range(height + 1):
            changed = y < height and drawn.get(y) != self._line_key(top + y, cursor)
            if changed and start is None:
                start = y
            elif not changed and start is not None:
                self.refresh_lines(top + start, y - start)
                start = None

    def _scroll_cursor_into_view(self) -> None:
        """Scroll so the cursor's row shows; before the first layout, once it is laid out
        (the list has no height yet, so any row would count as below it)."""
        if not self.container_size:
            return
        top, row_height = self._top(self.cursor)
        height = self.scrollable_content_region.height
        if top < self.scroll_y:
            self.scroll_to(y=top, animate=False)
        elif top + row_height > self.scroll_y + height:
            self.scroll_to(y=top + row_height - height, animate=False)

    def on_resize(self) -> None:
        """A new size is drawn whole by Textual already; the new virtual size lays the screen
        out again only if the scrollbar comes or goes (the first resize, just after the
        first frame, drew the three panes a second time)."""
        self._set_virtual_height(self._height())
        self._scroll_cursor_into_view()
        self.show_titles(*self._titles)  # the name kept or given way for the new width

    def _move(self, delta: int) -> None:
        if self._count():
            self.cursor = max(0, min(self._count() - 1, self.cursor + delta))

    def action_cursor_down(self) -> None:
        self._move(1)

    def action_cursor_up(self) -> None:
        self._move(-1)

    def action_page_down(self) -> None:
        self._move(max(1, self.scrollable_content_region.height // ROW_HEIGHT))

    def action_page_up(self) -> None:
        self._move(-max(1, self.scrollable_content_region.height // ROW_HEIGHT))

    def action_first(self) -> None:
        self._move(-self._count())

    def action_last(self) -> None:
        self._move(self._count())

    def action_open(self) -> None:
        if 0 <= self.cursor < len(self._folders):
            folder = self._folders[self.cursor]
            self.post_message(self.FolderChosen(folder.name, folder.kind, folder.key))
        elif self.current_id:
            self.post_message(self.Opened(self.current_id))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "delete_folder":
            return self.current_folder is not None and self._folders[self.cursor].kind == FILTER
        if action in ("toggle_state", "note"):
            return self.current_id is not None
        if action == "bring_back":
            return self._feed_row() is not None
        if action == "open":  # an empty list offered "⏎ Open", which did nothing
            return self.current_id is not None or self.current_folder is not None
        return True

    def action_toggle_state(self, what: str) -> None:
        if self.current_id is not None:
            self.post_message(self.Toggled(self.current_id, what))

    def action_note(self) -> None:
        if self.current_id is not None:
            self.post_message(self.NoteAsked(self.current_id))

    def _feed_row(self) -> FolderRow | None:
        """The feed's row, or the feeds heading, under the cursor; None on any other row."""
        if 0 <= self.cursor < len(self._folders):
            folder = self._folders[self.cursor]
            return folder if folder.kind in (FEED, FEEDS) else None
        return None

    def action_bring_back(self) -> None:
        folder = self._feed_row()
        if folder is not None:
            self.post_message(self.BringBack(folder.key if folder.kind == FEED else ""))

    def action_delete_folder(self) -> None:
        if self.check_action("delete_folder", ()) and self.current_folder is not None:
            self.post_message(self.FolderDeleted(self.current_folder))

    def action_not_on_this_row(self, key: str) -> None:
        """``d`` on an article, ``u``, ``a`` or ``n`` on a folder: the key did nothing and said
        nothing, and ``d`` read as the reader's delete had failed."""
        if key == "d":
            said = "d deletes a saved filter, and this row is none"
            if self.current_id is not None:
                said += ": D deletes the article (asking first)"
        elif key == "b":
            said = "b brings back a feed's deleted articles: on a feed's row (or Feeds, all)"
        else:
            said = f"{key} acts on an article's row, and this row is none"
        self.notify(f"{said}.", markup=False)

    def follow_view(self) -> None:
        """A cursor row the view left moves to the first row wholly shown, or the last when
        it was left below; the view stays where it is."""
        count = self._count()
        if not count:
            return
        top = int(self.scroll_y)
        bottom = top + self.scrollable_content_region.height
        first, height = self._top(self.cursor)
        if top <= first and first + height <= bottom:
            return
        if first < top:  # left above: the first row wholly shown
            wanted = self._index_at(top)
            wanted += self._top(wanted)[0] < top
        else:  # left below: the last row wholly shown
            wanted = self._index_at(max(top, bottom - 1))
            wanted -= sum(self._top(wanted)) > bottom
        self.cursor = max(0, min(count - 1, wanted))

    def _index_at(self, line: int) -> int:
        folders = len(self._folders)
        return line if line < folders else folders + (line - folders) // ROW_HEIGHT

    def on_click(self, event: object) -> None:
        line = getattr(event, "y", 0) + int(self.scroll_y)
        self._move(self._index_at(line) - self.cursor)

    def _wrapped_row(self, row: ArticleRow, width: int) -> list[tuple[str, str]]:
        """A row's lines, each with its component, kept by its text: a row whose title or
        details changed gets new ones."""
        rows = self._title_lines
        if width != self._title_width or len(rows) > TITLES_KEPT:
            rows.clear()
            self._title_width = width
        key = (row.title, row.details)
        lines = rows.get(key)
        if lines is None:
            titles, details = row_lines(row.title, row.details_kept, row.tags, width)
            lines = rows[key] = [
                *(("article-list--title", line) for line in titles or [""]),
                *(("article-list--details", line) for line in details),
            ]
        return lines

    def _line_key(self, line: int, cursor: int) -> LineKey:
        """What list line ``line`` shows with the cursor on row ``cursor``: all a line's
        look depends on but the widget's size and styles (Textual draws the whole list when
        those change)."""
        folders = len(self._folders)
        if line < folders:
            folder = self._folders[line]
            return (folder, _folder_label(self._folders, line), line == cursor)
        index, part = divmod(line - folders, ROW_HEIGHT)
        if index >= len(self._rows):
            return self._empty_line(line)
        row = self._rows[index]
        return (row, part, index + folders == cursor, row.article_id == self.open_id)

    def _empty_line(self, line: int) -> tuple[str, int] | None:
        """Which of the empty list's text lines a line below the folders shows, when no
        article is listed (an empty box said nothing of why, nor what to do)."""
        part = line - len(self._folders) - 1
        if self._rows or not self.empty_text or not 0 <= part < EMPTY_TEXT_LINES:
            return None
        return self.empty_text, part

    def _cursor_style(self, style: Style) -> Style:
        cursor_style = self.get_component_rich_style("article-list--cursor")
        return style + (cursor_style if self.has_focus else Style(bgcolor=cursor_style.bgcolor))

    def _render_folder(self, index: int, width: int) -> Strip:
        """A folder line, made once for its text and styles: every frame draws all of them
        (21 lines with 20 feeds), and a refresh changes a few counts at a time."""
        label = _folder_label(self._folders, index)
        summary = self._folders[index].summary
        style, detail, failing = self._folder_styles(index == self.cursor)
        key = (label, summary, width, style, detail, failing)
        strip = self._folder_strips.get(key)
        if strip is None:
            if len(self._folder_strips) > FOLDER_STRIPS_KEPT:
                self._folder_strips.clear()
            folder = self._folders[index]
            fitted, rest = _fitted_folder(label, summary, width, folder.apart, folder.short)
            mark = f"  {FAILING}" if rest.startswith(f"  {FAILING}") else ""
            segments = [Segment(fitted, style), Segment(rest.removeprefix(mark), detail)]
            if mark:  # no empty segment: a strip drawn with one is another strip
                segments.insert(1, Segment(mark, failing))
            strip = legible_strip(Strip(segments), drawn_in(self.app)).adjust_cell_length(
                width, style
            )
            self._folder_strips[key] = strip
        return strip

    def _folder_styles(self, cursor: bool) -> tuple[Style, Style, Style]:
        """A folder line's style, its summary's and a failing feed's mark's (once a frame,
        as ``_line_style``)."""
        styles = self._frame_folder_styles if self._frame_folder_styles is not None else {}
        found = styles.get(cursor)
        if found is None:
            parts = ("article-list--folder", "article-list--details", "article-list--failing")
            made = [self.rich_style + self.get_component_rich_style(part) for part in parts]
            if cursor:
                made = [self._cursor_style(style) for style in made]
            found = styles[cursor] = (made[0], made[1], made[2])
        return found

    def render_lines(self, crop: Region) -> list[Strip]:
        """Draw the lines in ``crop``, working out each kind of row line's style once for
        all of them (a style walks up the DOM and is made legible: per line, that was half
        of what a new list cost to draw)."""
        self._frame_styles = {}
        self._frame_folder_styles = {}
        self._frame_blanks = {}
        try:
            return super().render_lines(crop)
        finally:
            self._frame_styles = self._frame_folder_styles = self._frame_blanks = None

    def _line_style(self, part: str, cursor: bool, marker: str) -> tuple[Style, Style, Style]:
        """A row line's style (for padding), its text's and its marker's, made legible."""
        styles = self._frame_styles if self._frame_styles is not None else {}
        key = (part, cursor, marker)
        found = styles.get(key)
        if found is None:
            style = self.rich_style + self.get_component_rich_style(part)
            if cursor:
                style = self._cursor_style(style)
            marker_style = style + self.get_component_rich_style(marker)
            terminal = drawn_in(self.app)
            found = styles[key] = (style, legible(style, terminal), legible(marker_style, terminal))
        return found

    def _blank_line(self, width: int) -> Strip:
        """A line below the last row (once a frame, as ``_line_style``: most of a short
        list's lines are blank)."""
        blanks = self._frame_blanks if self._frame_blanks is not None else {}
        strip = blanks.get(width)
        if strip is None:
            strip = blanks[width] = Strip.blank(width, self.rich_style)
        return strip

    def _render_empty(self, text: str, part: int, width: int) -> Strip:
        """Line ``part`` of the empty list's ``text``, wrapped in the pane's width."""
        lines = wrap_label(text, width - 1, EMPTY_TEXT_LINES)
        if part >= len(lines):
            return self._blank_line(width)
        style, text_style, _ = self._line_style(
            "article-list--details", False, "article-list--unread"
        )
        return Strip([Segment(" " + lines[part], text_style)]).adjust_cell_length(width, style)

    def render_line(self, y: int) -> Strip:
        line = y + self.scroll_offset.y
        width = self.scrollable_content_region.width
        folders = len(self._folders)
        if line < folders:
            self._drawn[y] = self._line_key(line, self.cursor)
            return self._render_folder(line, width)
        index, part = divmod(line - folders, ROW_HEIGHT)
        if index >= len(self._rows):
            said = self._drawn[y] = self._empty_line(line)
            return self._blank_line(width) if said is None else self._render_empty(*said, width)
        row = self._rows[index]
        is_open = row.article_id == self.open_id
        self._drawn[y] = (row, part, index + folders == self.cursor, is_open)
        lines = self._wrapped_row(row, width - 1)
        # the details right under a title of one line, then the line it leaves blank
        component, text = lines[part] if part < len(lines) else ("article-list--details", "")
        marker = "▌" if is_open else UNREAD_MARK if row.unread and part == 0 else " "
        marker_class = "article-list--open" if is_open else "article-list--unread"
        style, text_style, marker_style = self._line_style(
            component, index + folders == self.cursor, marker_class
        )
        segments = [Segment(marker, marker_style), Segment(text, text_style)]
        used = 1 + cell_len(text)
        if used > width:
            return Strip(segments).adjust_cell_length(width, style)
        if used < width:
            segments.append(Segment(" " * (width - used), style))
        return Strip(segments, width)


LineKey = tuple[FolderRow, str, bool] | tuple[ArticleRow, int, bool, bool] | tuple[str, int] | None
"""What a list line shows: a folder (its label, under the cursor), an article's row (which
of its lines, under the cursor, open), the empty list's text, or nothing."""


def _index_of(ids: Sequence[str], article_id: str | None) -> int | None:
    """Where ``article_id`` is in ``ids`` (one scan, not a test and then a scan)."""
    if article_id is None:
        return None
    try:
        return ids.index(article_id)
    except ValueError:
        return None


def _folder_label(folders: list[FolderRow], index: int) -> str:
    """A saved filter "▸ name", the feeds heading "▾ Feeds" when open, a feed "  · name"."""
    folder = folders[index]
    if folder.kind == FEED:
        return f"  · {folder.name}"
    if folder.kind == FEEDS:
        is_open = index + 1 < len(folders) and folders[index + 1].kind == FEED
        return f"{'▾' if is_open else '▸'} {folder.name}"
    return f"▸ {folder.name}"


def _fitted_folder(
    label: str, summary: str, width: int, apart: str = "", short: str | None = None
) -> tuple[str, str]:
    """A folder line's name and summary in ``width`` cells. The summary's first part is its
    count ("2 unread", "3 new"): the name is cut to leave room for it ("· Mekong Monit…  2
    unread", where the count itself was cut to "2…"), and left out where even the shortest
    name leaves it no room (a pane of a few cells); later parts ("· 5 articles") come whole
    or not at all. Where the count whole would leave the name fewer than
    :data:`FOLDER_NAME_KEPT` cells, its ``short`` form stands in, every digit kept ("·
    UN News  ●1,000", where "1,000 unread" left "· UN…"), so a name keeps its first words
    beside any count at 80 columns; a ``short`` of "" (a count of articles all read, which
    no one needs beside a name) gives way wherever the name would be cut for it ("· Foreign
    Ministry", not "· Foreign…  0 articles"). A feed's name ending in the address that tells
    it apart (``apart``) keeps that address's end."""
    parts = summary.split(" · ") if summary else []
    first = f"  {parts[0]}" if parts else ""
    if short == "" and cell_len(label) + cell_len(first) > width:  # the name first, whole
        return apart_cut(label, apart, width), ""
    if short and width - cell_len(first) < min(cell_len(label), FOLDER_NAME_KEPT):
        parts[0] = short
        first = f"  {short}"
    if cell_len(first) > FOLDER_COUNT_CELLS:
        first = ""  # not a count: the name comes first, the summary is cut
    least = min(cell_len(label), FOLDER_NAME_CELLS, width)  # a pane narrower still: its width
    name = apart_cut(label, apart, max(width - cell_len(first), least))
    room = width - cell_len(name)
    for count in range(len(parts), 0, -1):
        whole = "  " + " · ".join(parts[:count])
        if cell_len(whole) <= room:
            return name, whole
    if first:  # a count with no room beside the shortest name: the name has the line
        return apart_cut(label, apart, width), ""
    return name, _fitted(f"  {summary}", room) if summary else ""


def _fitted(text: str, width: int) -> str:
    """One line that fits ``width`` cells, ending in "…" when cut (none left: nothing)."""
    if cell_len(text) <= width:
        return text
    if width < 1:
        return ""
    return (wrap_label(text, width, 1) or [""])[0]


def title_library(
    library: ArticleList,
    sort: str,
    saved_name: str,
    shown: tuple[int, int],
    summary: str = "",
    progress: str = "",
) -> None:
    """Name the list's order and saved filter on top; below, its filters and how many of the
    library's articles (``shown``: listed, total) it lists."""
    title = f"{LIST_NAME}{SORT_LABELS[sort]}"
    if saved_name:
        title += f" · ▸ {saved_name}"
    listed, total = shown
    subtitle = f"{listed:,}/{total:,}" if listed != total else f"{total:,}"
    if summary:
        subtitle = f"{summary} · {subtitle}"
    library.show_titles(inert_line(title), inert_line(subtitle + progress))


class LibrarySearch(EditField):
    """The search field of the list: the list narrows as you type."""

    BINDINGS = [
        Binding("escape", "screen.close_search", "Clear search"),
        Binding("down", "screen.search_results", "Results", show=False),
    ]
