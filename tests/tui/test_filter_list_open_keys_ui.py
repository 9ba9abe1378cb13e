"""The filter dialog at 80x24 with a list of choices open: the reading state's four choices
made it taller than the terminal, and its key line, the only place saying how to choose and
close the list, scrolled below the edge. It stays at the dialog's foot now."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import Label, OptionList, Select

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.dialog import Dialog
from diplotui.tui.dialogs.filter import FilterScreen

from .helpers import settle, settle_start_up
from .test_small_dialogs import _in_view


async def with_the_state_list_open(app: DiplotuiApp, pilot: Pilot[None]) -> FilterScreen:
    """The filter dialog, opened by ``f``, its reading state's list of choices open."""
    await settle_start_up(app, pilot)
    await pilot.press("f")
    await settle(app, pilot)
    screen = app.screen
    assert isinstance(screen, FilterScreen)
    screen.query_one("#filter-state", Select).focus()
    await pilot.press("space")  # opens its choices
    await settle(app, pilot)
    await pilot.pause(0.1)
    return screen


async def test_the_filters_key_line_is_in_view_with_its_state_list_open(
    seeded_store: Store,
) -> None:
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await with_the_state_list_open(app, pilot)
        choices = screen.focused
        assert isinstance(choices, OptionList) and _in_view(choices)
        key_line = screen.query_one(".dialog-help", Label)
        assert str(key_line.render()) == Dialog.OPEN_CHOICE_KEYS
        assert _in_view(key_line)
        await pilot.press("j", "enter")  # as it says: the next choice, chosen
        await settle(app, pilot)
        assert screen.query_one("#filter-state", Select).value == "unread"
        assert app.screen is screen and _in_view(key_line)
