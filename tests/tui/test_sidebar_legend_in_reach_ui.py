"""The sidebar's entity legend stays in reach of the keys at 80x24.

With a highlight of a long title (eleven lines in the narrow sidebar) as its first row, ``]``
showed the sidebar scrolled one line, "person org place loc" gone, to show the highlight's
last line; ``k`` and ``g`` back to that first row scrolled to the same line, so no key showed
the legend again.
"""

from __future__ import annotations

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .helpers import pane_lines
from .test_reader_support import open_first, sidebar_of

LEGEND = "person org place loc"


async def test_the_legend_shows_with_a_long_first_highlight_and_comes_back_with_k(
    seeded_store: Store,
):
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_first(app, pilot)
        await pilot.press("1", "right_square_bracket")  # the title highlighted, the sidebar shown
        await pilot.pause()
        sidebar = sidebar_of(app)
        shown = pane_lines(app, sidebar)
        assert shown[0].startswith(LEGEND) and shown[12] == "▌ key statement"
        await pilot.press("tab", "j")  # on to the first entity, past the highlight's end
        await pilot.pause()
        shown_after_j = pane_lines(app, sidebar)
        assert not shown_after_j[0].startswith(LEGEND)
        assert shown_after_j[-1].strip() == "Tran Cam Tu  ×5", "the scroll shows the new row"
        await pilot.press("k")
        await pilot.pause()
        assert pane_lines(app, sidebar)[0].startswith(LEGEND)
