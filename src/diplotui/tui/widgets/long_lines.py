"""Soft wrapping of a note's long lines that costs what a key changed, not the whole line.

Textual's text area wraps a line again whole after each edit of it, and cuts it into its
rows (as rich ``Text`` objects) for each cursor move: a report pasted without line breaks,
one line of 1 MB, took a second a key even once its rows were drawn one at a time.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import pairwise
from typing import cast

from textual._wrap import compute_wrap_offsets
from textual.document._document import Location
from textual.document._wrapped_document import WrappedDocument
from textual.geometry import clamp

LONG_LINE = 4_000
"""Characters of a line beyond which it is drawn and wrapped a stretch at a time."""

_WINDOW = 8_192
"""Characters wrapped again after an edit at first (doubled until the rows line up again)."""

_WORD_START = re.compile(r"\s(?=\S)")


class LongLinesWrapping(WrappedDocument):
    """A wrapped document whose long lines are rewrapped from the edit on, until the rows
    line up with those before the edit, and cut into rows by slicing."""

    _lengths: list[int]
    """Each line's length when last wrapped: an edit is rewrapped in part only when the line
    changed by as much as it says (an undo of scattered edits may say less)."""

    @classmethod
    def made_of(cls, wrapped: WrappedDocument) -> LongLinesWrapping:
        """``wrapped`` made one of these: its class changed, not a copy made (a copy wraps
        the whole text once more)."""
        wrapped.__class__ = cls
        made = cast(LongLinesWrapping, wrapped)
        made._lengths = [len(line) for line in made.document.lines]
        return made

    def wrap(self, width: int, tab_width: int | None = None) -> None:
        super().wrap(width, tab_width)
        self._lengths = [len(line) for line in self.document.lines]

    def get_sections(self, line_index: int) -> list[str]:
        line = self.document[line_index]
        if len(line) < LONG_LINE:
            return super().get_sections(line_index)
        bounds = [0, *self._wrap_offsets[line_index], len(line)]
        return [line[start:end] for start, end in pairwise(bounds)]

    def wrap_range(self, start: Location, old_end: Location, new_end: Location) -> None:
        index = start[0]
        line = self.document[index] if index < self.document.line_count else ""
        one_line = index == old_end[0] == new_end[0] and index < len(self._lengths)
        grown = one_line and self._lengths[index] + new_end[1] - old_end[1] == len(line)
        if not grown or not self._width or len(line) < LONG_LINE or "\t" in line:
            super().wrap_range(start, old_end, new_end)
            self._measure_range(start[0], old_end[0], new_end[0])
            return
        old = self._wrap_offsets[index]
        edit = (start[1], old_end[1], new_end[1])
        offsets = _rewrapped(line, old, edit, self._width, self._tab_width)
        self._replace_offsets(index, offsets)
        self._lengths[index] = len(line)

    def _measure_range(self, start: int, old_end: int, new_end: int) -> None:
        """The lengths of the lines ``WrappedDocument.wrap_range`` wrapped again (its range)."""
        old_last, new_last = len(self._lengths) - 1, self.document.line_count - 1
        start = clamp(start, 0, min(old_last, new_last))
        top, old_bottom = sorted((start, clamp(old_end, 0, old_last)))
        new_bottom = max(start, clamp(new_end, 0, new_last))
        lines = self.document.lines[top : new_bottom + 1]
        self._lengths[top : old_bottom + 1] = [len(line) for line in lines]

    def _replace_offsets(self, index: int, offsets: list[int]) -> None:
        """Line ``index`` wrapped at ``offsets`` now: its rows, and the rows of the lines
        after it, moved up or down by the rows it gained or lost."""
        top = self._line_index_to_offsets[index][0]
        old_rows = len(self._wrap_offsets[index]) + 1
        rows = len(offsets) + 1
        self._offset_to_line_info[top : top + old_rows] = [(index, row) for row in range(rows)]
        self._line_index_to_offsets[index] = list(range(top, top + rows))
        shift = rows - old_rows
        if shift:
            following = self._line_index_to_offsets
            for after in range(index + 1, len(following)):
                following[after] = [row + shift for row in following[after]]
        self._tab_width_cache[index] = []
        self._wrap_offsets[index] = offsets


def _rewrapped(
    line: str, old: list[int], edit: tuple[int, int, int], width: int, tab_size: int
) -> list[int]:
    """``line``'s wrap offsets after the characters from ``column`` to ``old_end`` were
    replaced by those up to ``new_end`` (``edit``), given its ``old`` ones: wrapped again from the
    start of a word before the edit's row, until a row starts at a word where one started
    before the edit (from there on the rows are the old ones, moved by the edit)."""
    column, old_end, new_end = edit
    delta = new_end - old_end
    section = max(bisect_right(old, column) - 1, 0)
    while section and not line[old[section - 1] - 1].isspace():  # a word's start: fresh
        section -= 1
    kept = old[:section]  # the rows before the restart, which the edit leaves as they were
    restart = kept[-1] if kept else 0
    old_after = {offset + delta: offset for offset in old if offset >= old_end}
    span = _WINDOW
    while True:
        window = line[restart : restart + span]
        found = [restart + offset for offset in compute_wrap_offsets(window, width, tab_size)]
        if restart + span >= len(line):
            return kept + found
        starts = [match.end() for match in _WORD_START.finditer(window)]
        trusted = restart + starts[-1] if starts else restart  # the last word may be cut
        for position, offset in enumerate(found):
            if offset >= trusted:
                break
            if offset >= new_end and offset in old_after and line[offset - 1].isspace():
                rest = [moved + delta for moved in old if moved + delta > offset]
                return kept + found[: position + 1] + rest
        span *= 2
