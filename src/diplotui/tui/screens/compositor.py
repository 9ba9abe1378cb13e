"""A frame asks only the widgets it shows for their lines.

Textual draws a frame over the regions that changed (``j`` moves the reader's cursor: a few
of its lines), yet asks every widget whose *container* reaches into those regions for all
its lines: at 120x40 the list's 38 and the sidebar's 38, their scroll bars, the title bar,
the footer, although none of them lies there. Each gives them from its cache, but the walk
over them was a third of the frame a cursor key draws. Here a frame asks only the widgets
whose visible part lies in the changed regions; what it draws is the same (a widget outside
them could only fill cuts outside them, which the frame does not send).
"""

from __future__ import annotations

from collections.abc import Iterable

from textual._compositor import Compositor
from textual.geometry import Region
from textual.strip import Strip


class ShownOnlyCompositor(Compositor):
    """Textual's compositor, its partial frames drawn from the widgets in them only."""

    def _get_renders(
        self, crop: Region | None = None
    ) -> Iterable[tuple[Region, Region, list[Strip]]]:
        if crop is None:
            return super()._get_renders(crop)
        every = self.visible_widgets
        overlaps = crop.overlaps
        shown = self._visible_widgets = {
            widget: (region, clip)
            for widget, (region, clip) in every.items()
            if overlaps(region.intersection(clip))
        }
        try:
            return list(super()._get_renders(crop))
        finally:
            if self._visible_widgets is shown:  # not made anew meanwhile (a reflow)
                self._visible_widgets = every
