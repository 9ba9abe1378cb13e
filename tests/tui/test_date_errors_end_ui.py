"""A date the filters cannot read is said as a sentence, with its full stop, as every other
notice: the Statements view's title and list, and the filter dialog's line, ended without
one ("since '2025-13': no such day; type 2025-07-18, ...")."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Label, OptionList

from diplotui.tui.app import DiplotuiApp

from .helpers import settle, type_text
from .statements_ui_support import statements_store
from .test_statements_ui import _shown_view

SAID = (
    "since '2025-13': no such day; type 2025-07-18, 2025-07, July, July 2025, 1 July,"
    " last week, last month, yesterday, 3 days ago."
)


async def test_the_statements_view_ends_a_date_error_with_a_full_stop(store_path: Path) -> None:
    store = statements_store(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _shown_view(app, pilot)
        await type_text(pilot, "since:2025-13")
        await pilot.pause()
        title = str(screen.query_one("#statements-title", Label).render())
        listing = screen.query_one("#statements-list", OptionList)
        why = str(listing.get_option_at_index(0).prompt)
    store.close()
    assert title == f"Statements · {SAID}"
    assert why == SAID


async def test_the_filter_dialog_ends_a_date_error_with_a_full_stop(store_path: Path) -> None:
    store = statements_store(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("f", "tab", "tab", "tab")
        await type_text(pilot, "2025-13")
        await pilot.press("enter")
        await pilot.pause()
        said = str(app.screen.query_one("#filter-error", Label).render())
    store.close()
    assert said == SAID
