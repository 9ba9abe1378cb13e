"""The sidebar at 40x12 (``]``): 35% of the width left its rows nine cells, and its headings
folded inside a word, "Highlight" above "s (3)". It now has the list's floor, sixteen columns:
"Highlights" above "(3)", the reader as wide as beside the list."""

from __future__ import annotations

from pathlib import Path

from diplotui.anchoring import new_highlight
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.reader import Reader
from diplotui.tui.widgets.sidebar import Sidebar

from .helpers import screen_cells, settle
from .statements_ui_support import add_article

TEXT = "Talks in Hanoi\n\nThe ministers met in Hanoi. They agreed to meet again. They left.\n"


async def test_the_sidebar_s_headings_break_between_words(store_path: Path) -> None:
    store = Store.open(store_path)
    article = add_article(store, TEXT, "Talks in Hanoi", "2025-03-02")
    for word in ("ministers", "agreed", "left"):
        start = TEXT.index(word)
        store.save_highlight(new_highlight(article.id, TEXT, start, start + len(word)))
    app = DiplotuiApp(store)
    async with app.run_test(size=(40, 12)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter", "]")
        await settle(app, pilot)
        sidebar = app.screen.query_one(Sidebar)
        region = sidebar.content_region
        rows = [
            "".join(char for char, _ in row[region.x : region.right]).strip()
            for row in screen_cells(app)[region.y : region.bottom]
        ]
        assert any(row.startswith("Highlights") for row in rows), rows
        assert not any(row.startswith("s (3)") for row in rows), rows
        assert app.screen.query_one(Reader).outer_size.width >= 24
    store.close()
