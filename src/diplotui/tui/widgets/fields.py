"""The app's fields: what they hold is being edited, so focus keeps it, and what is pasted
into them is drawn inert.

A field draws its text as it is: an escape pasted into it (text copied from a web page or a
terminal) went to the terminal as a sequence it obeys (setting the window title, writing the
clipboard with OSC 52). Pasted text is made inert as it comes in, as an article's is.
"""

from __future__ import annotations

from typing import Any

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.document._wrapped_document import WrappedDocument
from textual.expand_tabs import expand_tabs_inline, expand_text_tabs_from_widths
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import Input, TextArea

from diplotui.inert import inert, inert_block, inert_line, typed_as_is
from diplotui.tui.widgets.long_lines import LONG_LINE, LongLinesWrapping

FIELD_CHARS = 20_000
"""The most a one-line field holds after a paste: no field's text is saved longer (200 tags of
64 characters and their commas are 13,200; a title, a name, a source 500). A report of
10,000 lines pasted into the tag field (joined into one line) made every key after it take
0.7 s of CPU, 2.7 s at load 10, 40,000 lines 2.8 s (11 s): each frame measured the whole
line. A longer paste is refused, said, the field left as it was."""


def paste_refused(widget: Widget, typed: str, pasted: str) -> bool:
    """Whether ``pasted`` put with ``typed`` (the field's text) is more than a field holds
    (``FIELD_CHARS``): then the refusal is said, and nothing is pasted."""
    if len(typed) + len(pasted) <= FIELD_CHARS:
        return False
    widget.notify(
        f"Not pasted: {len(pasted):,} characters, more than a one-line field holds "
        f"({FIELD_CHARS:,}). The field is as it was.",
        severity="warning",
        markup=False,
    )
    return True


class EditField(Input):
    """A field whose text the user is editing (a path proposed, a filter or a query in use,
    an article's details): it gets the focus with the cursor at the end and nothing
    selected. Textual's input selects all of its text on focus, so the first key typed
    replaced what was there; the details dialog already kept it, the others did not.

    Its text is drawn inert, one character for one (the cursor and a selection stay on
    theirs): a file name completed into a path, or the working folder a proposed path
    starts with, is data, and its escapes went to the terminal as sequences it obeys (a
    name holding OSC 0 retitled the window). Not by a highlighter: Rich drops a BEL or a
    CR from the text before one sees it, and every later character drew a cell early."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("select_on_focus", False)
        super().__init__(*args, **kwargs)

    @property
    def _value(self) -> Text:
        """What Textual's input draws of its value."""
        return Text(inert(self.value), no_wrap=True, overflow="ignore", end="")

    def _position_to_cell(self, position: int) -> int:
        """Where the input puts its cursor: measured on the text as drawn (``␛`` takes the
        cell an escape did not)."""
        return cell_len(expand_tabs_inline(inert(self.value[:position]), 4))

    def render_line(self, y: int) -> Strip:
        """The field's line, "…" at an edge its text goes on past (not over the cursor): a
        long title scrolled to its end showed its last words as if they were all of it."""
        strip = super().render_line(y)
        if y != 0 or not self.value:
            return strip
        scroll_x = int(self.scroll_offset.x)
        width = self.scrollable_content_region.width
        cursor = self._position_to_cell(self.cursor_position) - scroll_x if self.has_focus else -1
        style = self.rich_style + self.get_component_rich_style("input--placeholder")
        mark = Strip([Segment("…", style)])
        if scroll_x > 0 and cursor != 0:
            strip = Strip.join([mark, strip.crop(1)])
        if self._position_to_cell(len(self.value)) > scroll_x + width and cursor != width - 1:
            strip = Strip.join([strip.crop(0, width - 1), mark, strip.crop(width)])
        return strip

    def on_key(self, event: events.Key) -> None:
        """A joiner or a no-break space typed goes in (see ``typed_as_is``): the input
        takes only what Python calls printable."""
        char = event.character or ""
        if not char.isprintable() and typed_as_is(char, self.value[: min(self.selection)]):
            event.prevent_default()
            event.stop()
            self.replace(char, *self.selection)

    def on_paste(self, event: events.Paste) -> None:
        event.prevent_default()  # the input's own paste would put the text in as it is
        event.stop()
        pasted = self.pasted(event.text)
        start, end = sorted(self.selection)
        if not paste_refused(self, self.value[:start] + self.value[end:], pasted):
            self.replace(inert_line(pasted), *self.selection)

    def pasted(self, text: str) -> str:
        """What of a paste goes into the field: its first line, as Textual's input keeps."""
        return (text.splitlines() or [""])[0]


class NoteArea(TextArea):
    """The note editor's text area: a paste goes in inert, its line breaks kept; a joiner
    or a no-break space typed goes in too.

    Textual's text area measures every line of its text each time it wraps it, and wrapped
    a note given to it seven times before the first key could be typed: twice when made,
    twice again when its ``language`` was set, then at every width the dialog's layout went
    through, and again at every resize, the height's included. A hand-edited 30 MB note
    took 25 s to open. Here the text is set once, after the language, and a rewrap at the
    width and tab width the text is already wrapped at is skipped.

    A row of a long line (a report pasted without line breaks) is drawn from that row's
    characters alone: Textual's text area cut the whole line into its rows for each row it
    drew, and a frame after a key typed in a note of one 1 MB line took 4-6 s; such a line
    is rewrapped from the edit on (``LongLinesWrapping``), not whole."""

    def __init__(self, text: str = "", **kwargs: Any) -> None:
        super().__init__("", **kwargs)
        if text:
            self.load_text(text)

    @property
    def wrapped_document(self) -> WrappedDocument:
        return self._long_lines_wrapping

    @wrapped_document.setter
    def wrapped_document(self, wrapped: WrappedDocument) -> None:
        """The text area's wrapped document, made one that rewraps a long line in part."""
        self._long_lines_wrapping = LongLinesWrapping.made_of(wrapped)

    def _rewrap_and_refresh_virtual_size(self) -> None:
        """Rewrap at a new width, and draw every row again: a row drawn at the old width was
        kept until a key moved the cursor, "...are da" over "more" where the note said "...are
        data and more" (Textual's text area redraws only when its height in rows changes)."""
        wrapped = self.wrapped_document
        if (wrapped._width, wrapped._tab_width) != (self.wrap_width, self.indent_width):
            wrapped.wrap(self.wrap_width, tab_width=self.indent_width)
            self.refresh()
        self._line_cache.clear()
        self._refresh_size()

    def _render_line(self, y: int) -> Strip:
        row = self.scroll_offset.y + y
        wrapped = self.wrapped_document
        rows = wrapped._offset_to_line_info  # its height summed every line's rows
        if not self.soft_wrap or self.show_line_numbers or not 0 <= row < len(rows):
            return super()._render_line(y)
        line_index, section = rows[row]
        line = self.document.get_line(line_index)
        if len(line) < LONG_LINE:
            return super()._render_line(y)
        bounds = [0, *wrapped.get_offsets(line_index), len(line) + 1]  # + the cursor's cell
        start, end = bounds[section], bounds[section + 1]
        shown = line[start:end] + (" " if end > len(line) else "")
        text = Text(shown, end="", no_wrap=True)
        line_style = self._style_row(text, line_index, line, start)
        widths = wrapped.get_tab_widths(line_index)
        if widths:  # most long lines have none: counting them took 2 ms a row
            widths = widths[line.count("\t", 0, start) :]
            text = expand_text_tabs_from_widths(text, widths[: text.plain.count("\t")])
        strip = Strip(text.render(self.app.console), cell_length=text.cell_len)
        strip = strip.extend_cell_length(self.scrollable_content_region.width, line_style)
        theme = self._theme
        base = theme.base_style if theme and theme.base_style is not None else self.rich_style
        return strip.apply_style(base)

    def _style_row(self, text: Text, line_index: int, line: str, start: int) -> Style | None:
        """Style one row of a long line (``text``, from column ``start`` of ``line``) as the
        text area styles a whole line: the cursor's line, the selection, the cursor and a
        matching bracket; the style the rest of the row is filled with."""
        theme = self._theme
        top, bottom = sorted(self.selection)
        cursor_row, cursor_column = self.selection.end
        on_cursor_line = self.highlight_cursor_line and self._has_cursor
        on_cursor_line = on_cursor_line and cursor_row == line_index
        if on_cursor_line and theme.cursor_line_style:
            text.stylize(theme.cursor_line_style)
        if top != bottom and top[0] <= line_index <= bottom[0] and theme.selection_style:
            first = top[1] if line_index == top[0] else 0
            last = bottom[1] if line_index == bottom[0] else len(line)
            text.stylize(theme.selection_style, max(first - start, 0), max(last - start, 0))
        bracket, matched = self._matching_bracket_location, theme.bracket_matching_style
        if bracket and matched and self._has_cursor and self.match_cursor_bracket:
            for row, column in ((cursor_row, cursor_column), bracket) if top == bottom else ():
                if row == line_index and column >= start:
                    text.stylize(matched, column - start, column - start + 1)
        cursor = cursor_column - start
        if cursor_row == line_index and cursor >= 0 and self._draw_cursor and theme.cursor_style:
            text.stylize(theme.cursor_style, cursor, cursor + 1)
        return theme.cursor_line_style if on_cursor_line else theme.base_style

    def on_key(self, event: events.Key) -> None:
        """See ``EditField.on_key``: the text area takes only what Python calls printable."""
        char = event.character or ""
        if char.isprintable() or self.read_only:
            return
        start = min(self.selection)
        if typed_as_is(char, self.document.get_line(start[0])[: start[1]]):
            event.prevent_default()
            event.stop()
            self._put(char)

    def on_paste(self, event: events.Paste) -> None:
        event.prevent_default()  # the text area's own paste would put the text in as it is
        event.stop()
        if not self.read_only:
            self._put(inert_block(event.text))
            self.focus()

    def _put(self, text: str) -> None:
        """Put ``text`` in the selection's place, the cursor after it."""
        result = self.replace(text, *self.selection, maintain_selection_offset=False)
        self.move_cursor(result.end_location)
