"""A date the filters cannot read is said as a sentence, with its full stop, as every other
notice: the Statements view's title and list, and the filter dialog's line, ended without
one ("since '2025-13': no such day; type 2025-07-18, ..."). A date typed further back than
the calendar goes ("since:9999 years ago") is refused the same way (attack61): it ended the
app in a traceback (``year -7973 is out of range``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Label, OptionList

from diplotui.tui.app import DiplotuiApp

from .helpers import settle, type_text
from .statements_ui_support import statements_store
from .test_statements_ui import _shown_view

FORMS = (
    "type 2025-07-18, 2025-07, July, July 2025, 1 July, last week, last month, yesterday,"
    " 3 days ago."
)
REFUSED = [
    ("2025-13", f"since '2025-13': no such day; {FORMS}"),
    ("9999 years ago", f"since '9999 years ago': before the year 1, the calendar's first; {FORMS}"),
]


@pytest.mark.parametrize(("typed", "said"), REFUSED)
async def test_the_statements_view_says_a_date_refused_as_a_sentence(
    store_path: Path, typed: str, said: str
) -> None:
    store = statements_store(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _shown_view(app, pilot)
        await type_text(pilot, f"since:{typed}")
        await pilot.pause()
        title = str(screen.query_one("#statements-title", Label).render())
        listing = screen.query_one("#statements-list", OptionList)
        why = str(listing.get_option_at_index(0).prompt)
        running = app.is_running
    store.close()
    assert running
    assert title == f"Statements · {said}"
    assert why == said


@pytest.mark.parametrize(("typed", "said"), REFUSED)
async def test_the_filter_dialog_says_a_date_refused_as_a_sentence(
    store_path: Path, typed: str, said: str
) -> None:
    store = statements_store(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("f", "tab", "tab", "tab")
        await type_text(pilot, typed)
        await pilot.press("enter")
        await pilot.pause()
        shown = str(app.screen.query_one("#filter-error", Label).render())
        running = app.is_running
    store.close()
    assert running
    assert shown == said
