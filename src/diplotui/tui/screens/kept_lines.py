"""A screen whose own lines are kept between frames.

Opening or closing a dialog refreshes the screen below it (Textual does), and Textual then
draws that screen's own 40 lines again, although they are its plain background, covered by
its panes: about 0.7 ms of each such frame at 120x40. They are kept while what they are made
of (size, colours, opacity) stays the same.
"""

from __future__ import annotations

from typing import Any

from textual.color import Color
from textual.geometry import Region, Size
from textual.screen import Screen
from textual.strip import Strip

LinesKey = tuple[Region, Size, tuple[Color, Color], Color, float]


class KeptLinesScreen(Screen[Any]):
    """A screen with an opaque background whose own lines are drawn once per look."""

    _kept_lines: tuple[LinesKey, list[Strip]] | None = None

    def render_lines(self, crop: Region) -> list[Strip]:
        background = self.styles.background
        if background.a < 1:  # something shows through: draw as Textual does
            return super().render_lines(crop)
        key = (crop, self.size, self.background_colors, self.styles.color, self.opacity)
        kept = self._kept_lines
        if kept is None or kept[0] != key:
            kept = self._kept_lines = (key, super().render_lines(crop))
        return kept[1]
