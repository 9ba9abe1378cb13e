"""At 40x12 the reader wraps its text to the 18 cells it shows.

It wrapped to 20 at the least: two cells wider than the pane, they put a sideways scrollbar
on its last row, over a line of the article, and a list item's last letters went under the
vertical scrollbar.
"""

from __future__ import annotations

from pathlib import Path

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .helpers import pane_lines
from .test_reader_support import add_article, open_first

BODY = "\n".join(
    ["The ministers agreed on three points:", *(f"• point {n} was agreed in full" for n in "123")]
    + [f"Round {n} of the talks ended on time." for n in range(1, 9)]
)


async def test_every_row_of_the_reader_shows_the_article_at_40_columns(store_path: Path):
    store = Store.open(store_path)
    add_article(store, "Talks", BODY)
    app = DiplotuiApp(store)
    async with app.run_test(size=(40, 12)) as pilot:
        reader = await open_first(app, pilot)
        assert reader.scrollable_content_region.width == 18
        rows = pane_lines(app, reader)
        assert len(rows) == reader.scrollable_content_region.height
        assert not any("▎" in row or "▊" in row for row in rows), rows  # a scrollbar's ends
        await pilot.press("J")  # on to the list
        await pilot.pause()
        words = " ".join(pane_lines(app, reader))
        assert "• point 1 was" in words and "agreed in full" in words, words
    store.close()
