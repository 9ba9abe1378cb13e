"""A date typed further back than the calendar goes ("since:9999 years ago") is refused in
the Statements view and the filter dialog as any date not read is (attack61): it ended the
app in a traceback (``year -7973 is out of range``), the view's filter read as it was typed."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Label

from diplotui.tui.app import DiplotuiApp

from .helpers import settle, type_text
from .statements_ui_support import statements_store
from .test_statements_ui import _shown_view

SAID = (
    "since '9999 years ago': before the year 1, the calendar's first; type 2025-07-18,"
    " 2025-07, July, July 2025, 1 July, last week, last month, yesterday, 3 days ago."
)


async def test_the_statements_view_refuses_a_date_before_the_calendar(store_path: Path) -> None:
    store = statements_store(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _shown_view(app, pilot)
        await type_text(pilot, "since:9999 years ago")
        await pilot.pause()
        title = str(screen.query_one("#statements-title", Label).render())
        running = app.is_running
    store.close()
    assert running
    assert title == f"Statements · {SAID}"


async def test_the_filter_dialog_refuses_a_date_before_the_calendar(store_path: Path) -> None:
    store = statements_store(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("f", "tab", "tab", "tab")
        await type_text(pilot, "9999 years ago")
        await pilot.press("enter")
        await pilot.pause()
        said = str(app.screen.query_one("#filter-error", Label).render())
        running = app.is_running
    store.close()
    assert running
    assert said == SAID
