"""A page pasted into the Statements view's filter is named in a short answer.

``statements --speaker`` cuts a 10,000-character name to 80 characters in its answer; the
view's pane repeated 100,000 pasted characters whole, over 1,300 rows of the pane, its
reason ("words may be cut short", "The box finds who spoke") at the bottom of them, and a
date pasted whole in the title. Invented articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events
from textual.widgets import Label, OptionList

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.statements import StatementsScreen

from .helpers import open_statements_view
from .test_statements_ui import _add

JULY = (
    "Trung in Vientiane\n"
    "Deputy Foreign Minister Lê Hoài Trung said that the Mekong needed one river authority.\n"
)


@pytest.mark.parametrize(
    "pasted",
    ["ab " * 33_000, "x" * 100_000, '"' + "ab " * 33_000 + '"', "tag:" + "x" * 100_000],
    ids=["words", "one-word", "quoted", "tag"],
)
async def test_a_pasted_page_is_named_in_a_short_answer(store_path: Path, pasted: str) -> None:
    store = Store.open(store_path)
    _add(store, JULY, "Trung in Vientiane", "2025-07-22")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_statements_view(app, pilot)
        screen = app.screen
        assert isinstance(screen, StatementsScreen)
        app.post_message(events.Paste(pasted))
        await pilot.pause()
        listing = screen.query_one("#statements-list", OptionList)
        why = str(listing.get_option_at_index(0).prompt)
        assert len(why) < 400, len(why)
        assert "…" in why and why.endswith("(/ in the reader searches those)."), why[-80:]
    store.close()


async def test_a_pasted_date_is_named_short_in_the_title_and_the_pane(store_path: Path) -> None:
    store = Store.open(store_path)
    _add(store, JULY, "Trung in Vientiane", "2025-07-22")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_statements_view(app, pilot)
        screen = app.screen
        assert isinstance(screen, StatementsScreen)
        app.post_message(events.Paste("since:" + "9" * 100_000))
        await pilot.pause()
        title = str(screen.query_one("#statements-title", Label).render())
        why = str(screen.query_one("#statements-list", OptionList).get_option_at_index(0).prompt)
        assert len(title) < 200 and len(why) < 200, (len(title), len(why))
    store.close()
