"""A screen whose own lines are kept between frames, and drawn again only where a dialog was.

Opening or closing a dialog refreshes the screen below it (Textual does), and Textual then
draws that screen's own 40 lines again, although they are its plain background, covered by
its panes: about 0.7 ms of each such frame at 120x40. They are kept while what they are made
of (size, colours, opacity) stays the same.

When a transparent dialog closes, the terminal already shows this screen everywhere but where
the dialog drew (its backdrop is this screen, kept current while it is open), yet Textual
redraws the whole screen as it resumes (a third of a filter's frames at 120x40). Told by the
dialog where it drew (:meth:`KeptLinesScreen.uncover`), the screen redraws only there; what
changed on it meanwhile is drawn as it always is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.color import Color
from textual.geometry import Region, Size
from textual.screen import Screen
from textual.strip import Strip

from diplotui.tui.screens.compositor import ShownOnlyCompositor

if TYPE_CHECKING:
    from typing_extensions import Self

LinesKey = tuple[Region, Size, tuple[Color, Color], Color, float]


class KeptLinesScreen(Screen[Any]):
    """A screen with an opaque background whose own lines are drawn once per look."""

    _kept_lines: tuple[LinesKey, list[Strip]] | None = None
    _uncovered: list[Region] | None = None  # where a closing dialog drew

    def __init__(self, name: str | None = None, id: str | None = None) -> None:
        super().__init__(name, id)
        self._compositor = ShownOnlyCompositor()

    def render_lines(self, crop: Region) -> list[Strip]:
        background = self.styles.background
        if background.a < 1:  # something shows through: draw as Textual does
            return super().render_lines(crop)
        key = (crop, self.size, self.background_colors, self.styles.color, self.opacity)
        kept = self._kept_lines
        if kept is None or kept[0] != key:
            kept = self._kept_lines = (key, super().render_lines(crop))
        return kept[1]

    def uncover(self, regions: list[Region]) -> None:
        """A transparent dialog over this screen is closing; it drew in ``regions`` only."""
        self._uncovered = regions

    def on_screen_resume(self) -> None:
        """Until the first frame after the dialog, a whole-screen refresh (Textual's, as the
        dialog is popped and as this screen resumes) draws the dialog's regions only."""
        if self._uncovered is not None:
            self.call_after_refresh(self._drawn_uncovered)

    def _drawn_uncovered(self) -> None:
        self._uncovered = None

    def refresh(
        self,
        *regions: Region,
        repaint: bool = True,
        layout: bool = False,
        recompose: bool = False,
    ) -> Self:
        uncovered = self._uncovered
        if uncovered is None or regions or layout or recompose or not repaint:
            return super().refresh(*regions, repaint=repaint, layout=layout, recompose=recompose)
        # The dialog's regions are drawn again from the lines the widgets keep (a screen
        # refreshed with regions would be drawn whole, and drop the widgets waiting to be
        # drawn meanwhile, as Textual draws all of a screen refreshed whole).
        self._repaint_required = False  # the whole screen, asked for as the dialog opened
        self._repaint_regions.clear()
        self._compositor._dirty_regions.update(uncovered)
        self._dirty_widgets.add(self)
        self.check_idle()
        return self
