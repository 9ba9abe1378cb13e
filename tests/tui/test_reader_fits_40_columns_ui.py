"""At 40x12 the reader shows no sideways scrollbar, and every letter of a related item.

It wraps its text to 20 cells at the least, a related item's bullet with it: a text line
takes the 18 the pane shows, and the two blank cells past them put a sideways scrollbar on
the pane's last row, over a line of the article. A related item, wrapped as wide as a text
line with its bullet added, lost its last two letters past the pane's edge ("foreign affair").
"""

from __future__ import annotations

from pathlib import Path

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.reader import GUTTER

from .helpers import pane_lines
from .test_reader_support import add_article, open_first

BODY = "\n".join(f"Round {n} of the people-to-people talks ended." for n in range(1, 9))


async def test_every_row_of_the_reader_shows_the_article_at_40_columns(store_path: Path):
    store = Store.open(store_path)
    add_article(store, "Talks", BODY)
    app = DiplotuiApp(store)
    async with app.run_test(size=(40, 12)) as pilot:
        reader = await open_first(app, pilot)
        assert reader.scrollable_content_region.width == 18
        rows = pane_lines(app, reader)
        assert len(rows) == reader.scrollable_content_region.height, rows
        assert "people-to-people" in rows[-1], rows  # the last row: the article, whole words
    store.close()


ITEM = "Female Ambassador contributes to foreign affairs with a steel spirit and a warm heart"


async def test_a_related_item_shows_every_letter_at_40_columns(store_path: Path):
    store = Store.open(store_path)
    add_article(store, "Talks", f"{BODY}\n\nRELATED NEWS\n{ITEM}")
    app = DiplotuiApp(store)
    async with app.run_test(size=(40, 12)) as pilot:
        reader = await open_first(app, pilot)
        await pilot.press("G")  # the last sentence: the related item
        await pilot.pause()
        shown = reader.scrollable_content_region.width  # the scrollbar's cells past them
        rows = [row[GUTTER:shown] for row in pane_lines(app, reader)]
        assert f"• {ITEM}" in " ".join(" ".join(rows).split()), rows
    store.close()
