"""A paste in the Statements view's panes goes to its filter, as a letter typed there does.

A terminal delivers a paste as one event, not as keys: "since:2025-07" pasted over the
statements went nowhere (the filter unchanged, nothing said), where typed it narrowed the
list. What is pasted goes in as the field takes a paste: its first line, an escape shown as
its stand-in. Invented articles."""

from __future__ import annotations

from pathlib import Path

from textual import events
from textual.widgets import Input, OptionList

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.statements import StatementsScreen

from .helpers import open_statements_view, type_text
from .test_statements_ui import _add, _rows_listed

JUNE = (
    "Trung in Geneva\n"
    "Deputy Foreign Minister Lê Hoài Trung said that Vietnam would stand for the council.\n"
)
JULY = (
    "Trung in Vientiane\n"
    "Deputy Foreign Minister Lê Hoài Trung said that the Mekong needed one river authority.\n"
    "Thai Foreign Minister Maris Sangiampongsa said that Bangkok agreed.\n"
)


async def test_a_term_pasted_in_the_statements_pane_narrows_the_filter(store_path: Path) -> None:
    store = Store.open(store_path)
    _add(store, JUNE, "Trung in Geneva", "2025-06-20")
    _add(store, JULY, "Trung in Vientiane", "2025-07-22")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_statements_view(app, pilot)
        screen = app.screen
        assert isinstance(screen, StatementsScreen)
        await type_text(pilot, "le hoai")
        await pilot.press("enter")
        await pilot.pause()
        assert screen.focused is screen.query_one("#statements-list", OptionList)
        app.post_message(events.Paste("since:2025-07\x1b[2J\nuntil:2025-06"))  # as a terminal
        await pilot.pause()
        field = screen.query_one(Input)
        assert field.value == "le hoai since:2025-07␛[2J"
        assert screen.focused is field
        await pilot.press("backspace", "backspace", "backspace", "backspace")
        await pilot.pause()
        assert [row.splitlines()[0] for row in _rows_listed(screen)] == [
            "Lê Hoài Trung (Deputy Foreign Minister) said that the Mekong needed one river "
            "authority"
        ]
    store.close()


async def test_a_paste_in_the_speakers_pane_goes_to_the_filter(store_path: Path) -> None:
    store = Store.open(store_path)
    _add(store, JULY, "Trung in Vientiane", "2025-07-22")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_statements_view(app, pilot)
        screen = app.screen
        assert isinstance(screen, StatementsScreen)
        screen.query_one("#statements-speakers", OptionList).focus()
        await pilot.pause()
        app.post_message(events.Paste("maris"))
        await pilot.pause()
        assert screen.query_one(Input).value == "maris"
        assert [row.splitlines()[0] for row in _rows_listed(screen)] == [
            "Maris Sangiampongsa (Foreign Minister) said that Bangkok agreed"
        ]
    store.close()
