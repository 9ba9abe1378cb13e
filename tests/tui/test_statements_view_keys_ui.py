"""The Statements view's erasing keys and ``tab`` in its panes, as a new user met them.

A letter typed in a pane goes on the filter, but ``backspace`` there did nothing: the letter
could not be taken off from where it was typed. And ``W`` comes back with the focus where the
view was left, a pane; ``tab`` from the statements then went round to the filter, and the
``j`` and ``k`` pressed next to move were typed into it, the list emptied ("ngojkj"). Now
the erasing keys of the filter erase at its end from a pane too, ``tab`` and ``shift+tab``
go between the two panes only, and ``/`` (or a letter) takes the focus to the filter, whose
key line then says that typing filters. Invented articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Label, OptionList

from diplotui.tui.dialogs.statements import StatementsScreen

from .helpers import type_text
from .test_statements_typed_in_panes_ui import (
    MEKONG_ROW,
    _answer,
    _first_lines,
    _statements_view,
)

MARIS_ROW = "Maris Sangiampongsa (Thai Foreign Minister) said that Bangkok agreed"
COUNCIL_ROW = (
    "Lê Hoài Trung (Deputy Foreign Minister) said that Vietnam would stand for the council"
)


def _highlighted_row(screen: StatementsScreen) -> str:
    """The first line of the statement the list highlights, as the user reads it."""
    listing = screen.query_one("#statements-list", OptionList)
    assert listing.highlighted is not None
    return str(listing.get_option_at_index(listing.highlighted).prompt).splitlines()[0]


def _keys(screen: StatementsScreen) -> str:
    return str(screen.query_one("#statements-keys", Label).render())


@pytest.mark.parametrize("pane", ["statements-list", "statements-speakers"])
async def test_backspace_in_a_pane_erases_the_filters_last_letter(
    store_path: Path, pane: str
) -> None:
    async with _statements_view(store_path) as (_app, pilot, screen):
        await type_text(pilot, "marisx")
        await pilot.press("enter")  # to the results: none, and why
        await pilot.pause()
        assert _answer(screen).startswith("No speaker's name has the words")
        screen.query_one(f"#{pane}", OptionList).focus()
        await pilot.pause()
        await pilot.press("backspace")
        await pilot.pause()
        field = screen.query_one(Input)
        assert field.value == "maris"
        assert _first_lines(screen) == [MARIS_ROW]
        assert screen.focused is field  # what follows edits there, as after a letter typed
        assert _keys(screen).startswith("typing filters")


async def test_backspace_in_a_pane_erases_at_the_filters_end(store_path: Path) -> None:
    """The cursor left inside the filter's words: the pane's ``backspace`` still takes off
    the last letter, the one a letter typed there would follow."""
    async with _statements_view(store_path) as (_app, pilot, screen):
        await type_text(pilot, "marisx")
        await pilot.press("home", "right", "enter")
        await pilot.press("backspace")
        await pilot.pause()
        assert screen.query_one(Input).value == "maris"


async def test_ctrl_w_and_ctrl_u_in_a_pane_erase_a_word_and_the_filter(store_path: Path) -> None:
    async with _statements_view(store_path, june=True) as (_app, pilot, screen):
        await type_text(pilot, "le hoai maris")
        await pilot.press("enter")
        await pilot.press("ctrl+w")  # the last word, as in the filter
        await pilot.pause()
        field = screen.query_one(Input)
        assert field.value == "le hoai "
        assert _first_lines(screen) == [MEKONG_ROW, COUNCIL_ROW]
        await pilot.press("enter", "ctrl+u")  # from the statements again: the whole filter
        await pilot.pause()
        assert field.value == ""
        assert len(_first_lines(screen)) == 3


async def test_tab_after_w_comes_back_to_a_pane_goes_to_the_other_pane(store_path: Path) -> None:
    """``W`` comes back to the statements, as the view was left; ``tab`` goes to the
    speakers and back, ``shift+tab`` too, and ``j`` then moves in the list: nothing is typed
    into the filter."""
    async with _statements_view(store_path, june=True) as (app, pilot, screen):
        await type_text(pilot, "le hoai")
        await pilot.press("enter", "escape")
        await pilot.pause()
        await pilot.press("W")
        await pilot.pause()
        listing = screen.query_one("#statements-list", OptionList)
        speakers = screen.query_one("#statements-speakers", OptionList)
        assert app.screen is screen and screen.focused is listing
        assert _keys(screen).startswith("type to filter")
        for key in ("tab", "shift+tab"):
            await pilot.press(key)
            assert screen.focused is speakers
            await pilot.press(key)
            assert screen.focused is listing
        await pilot.press("j")
        await pilot.pause()
        assert screen.query_one(Input).value == "le hoai"
        assert _highlighted_row(screen) == COUNCIL_ROW
        await pilot.press("k")
        await pilot.pause()
        assert _highlighted_row(screen) == MEKONG_ROW


async def test_the_filter_is_left_by_tab_and_reached_by_slash(store_path: Path) -> None:
    """From the filter ``tab`` goes to the speakers and ``shift+tab`` to the statements; ``/``
    in a pane goes back to the filter with nothing typed, where the key line says so."""
    async with _statements_view(store_path) as (_app, pilot, screen):
        field = screen.query_one(Input)
        assert screen.focused is field
        assert _keys(screen) == "typing filters · enter: to the results · tab: pane · esc: close"
        await type_text(pilot, "maris")
        await pilot.press("tab")
        assert screen.focused is screen.query_one("#statements-speakers", OptionList)
        await pilot.press("slash")
        assert screen.focused is field
        await pilot.press("shift+tab")
        assert screen.focused is screen.query_one("#statements-list", OptionList)
        assert _keys(screen).startswith("type to filter · enter: open")
        await pilot.press("slash", "j")  # in the filter on purpose: a letter typed
        await pilot.pause()
        assert field.value == "marisj"
