"""A timeline (``L``) at 40x12: its list kept its top and bottom borders and its key line took
two rows, leaving its entries four rows (one entry, its words cut), as ``W`` under it had
shed both at that size. Now seven, the key line one."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Label, OptionList

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .helpers import timeline_from_the_view
from .statements_ui_support import add_article


async def test_a_timeline_in_a_small_terminal_shows_rows_enough(store_path: Path) -> None:
    store = Store.open(store_path)
    for day in range(1, 4):
        said = f"UN rights chief Volker Türk said the strikes on day {day} broke the law."
        add_article(store, f"Strikes {day}\n{said}\n", f"Strikes {day}", f"2025-03-0{day}")
    app = DiplotuiApp(store)
    async with app.run_test(size=(40, 12)) as pilot:
        timeline = await timeline_from_the_view(app, pilot, "volker")
        listing = timeline.query_one("#timeline-list", OptionList)
        assert listing.scrollable_content_region.height >= 7, listing.region
        (keys,) = [label for label in timeline.query(".dialog-help") if label.display]
        assert isinstance(keys, Label) and keys.region.height == 1, keys.region
        assert keys.region.bottom <= app.size.height
    store.close()
