"""Letters typed in the Statements view's panes go to its filter (issue 17).

The view's key line says "type to filter", and ``W`` pressed again comes back with the focus
in the statements' pane, where the user left it. There, "since:2025-07" typed to narrow
what Lê Hoài Trung said went nowhere (the filter unchanged, nothing said), and the "y" of
"role:deputy" clipboard whichever statement was highlighted. Invented articles."""

from __future__ import annotations

from pathlib import Path

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


async def test_a_term_typed_in_the_statements_pane_narrows_the_filter(
    store_path: Path, clipboard: list[str]
) -> None:
    store = Store.open(store_path)
    _add(store, JUNE, "Trung in Geneva", "2025-06-20")
    _add(store, JULY, "Trung in Vientiane", "2025-07-22")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_statements_view(app, pilot)
        screen = app.screen
        assert isinstance(screen, StatementsScreen)
        await type_text(pilot, "le hoai")
        await pilot.press("enter")  # to the statements, as the user reads them
        await pilot.pause()
        assert screen.focused is screen.query_one("#statements-list", OptionList)
        await type_text(pilot, "since:2025-07 role:deputy")
        await pilot.pause()
        assert screen.query_one(Input).value == "le hoai since:2025-07 role:deputy"
        assert [row.splitlines()[0] for row in _rows_listed(screen)] == [
            "Lê Hoài Trung (Deputy Foreign Minister) said that the Mekong needed one river "
            "authority"
        ]
        assert clipboard == []  # the "y" of "deputy" was a letter, no copy
    store.close()


async def test_the_panes_keys_still_act_there(store_path: Path, clipboard: list[str]) -> None:
    """``j``, ``k`` and ``y`` keep their work in the statements' pane: only letters no key
    of the pane takes go to the filter."""
    store = Store.open(store_path)
    _add(store, JULY, "Trung in Vientiane", "2025-07-22")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_statements_view(app, pilot)
        screen = app.screen
        assert isinstance(screen, StatementsScreen)
        await pilot.press("enter")
        listing = screen.query_one("#statements-list", OptionList)
        await pilot.press("j", "y")
        await pilot.pause()
        assert listing.highlighted == 1
        assert screen.focused is listing
        assert screen.query_one(Input).value == ""
        assert len(clipboard) == 1 and "Maris Sangiampongsa" in clipboard[0]
    store.close()


async def test_a_quoted_name_no_speaker_has_whole_names_whom_it_starts(store_path: Path) -> None:
    """'"Le Hoai"' is the whole name Le Hoai only: the pane said "No speaker's name has the
    words ""Le Hoai"": words may be cut short." (which in quotes they may not), and not
    that Lê Hoài Trung was one step away."""
    store = Store.open(store_path)
    _add(store, JULY, "Trung in Vientiane", "2025-07-22")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_statements_view(app, pilot)
        screen = app.screen
        assert isinstance(screen, StatementsScreen)
        await type_text(pilot, '"Le Hoai"')
        await pilot.pause()
        listing = screen.query_one("#statements-list", OptionList)
        why = str(listing.get_option_at_index(0).prompt)
        assert why.startswith(
            'No speaker is named "Le Hoai" in full (in double quotes a name is whole; '
            "without them it finds Lê Hoài Trung)."
        ), why
    store.close()
