"""What is typed or pasted in the Statements view's panes goes to its filter (issue 17).

The view's key line says "type to filter", and ``W`` pressed again comes back with the focus
in the statements' pane, where the user left it. There, "since:2025-07" typed to narrow
what Lê Hoài Trung said went nowhere (the filter unchanged, nothing said), and the "y" of
"role:deputy" clipboard whichever statement was highlighted. A terminal delivers a paste as
one event, not as keys: pasted, it went nowhere too; it goes in as the field takes a paste
(its first line, an escape shown as its stand-in). A page pasted is named short in the
answer, as ``statements --speaker`` cuts a name: the pane repeated 100,000 pasted characters
over 1,300 rows. Invented articles."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from textual import events
from textual.pilot import Pilot
from textual.widgets import Input, Label, OptionList

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.statements import StatementsScreen

from .helpers import open_statements_view, type_text
from .statements_ui_support import add_article as _add
from .test_statements_ui import _rows_listed

JUNE = (
    "Trung in Geneva\n"
    "Deputy Foreign Minister Lê Hoài Trung said that Vietnam would stand for the council.\n"
)
JULY = (
    "Trung in Vientiane\n"
    "Deputy Foreign Minister Lê Hoài Trung said that the Mekong needed one river authority.\n"
    "Thai Foreign Minister Maris Sangiampongsa said that Bangkok agreed.\n"
)
MEKONG_ROW = (
    "Lê Hoài Trung (Deputy Foreign Minister) said that the Mekong needed one river authority"
)


@asynccontextmanager
async def _statements_view(
    store_path: Path, *, june: bool = False
) -> AsyncIterator[tuple[DiplotuiApp, Pilot[None], StatementsScreen]]:
    """The app over the July article (and June's), its Statements view open."""
    store = Store.open(store_path)
    if june:
        _add(store, JUNE, "Trung in Geneva", "2025-06-20")
    _add(store, JULY, "Trung in Vientiane", "2025-07-22")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_statements_view(app, pilot)
        screen = app.screen
        assert isinstance(screen, StatementsScreen)
        yield app, pilot, screen
    store.close()


async def _to_what_le_hoai_said(pilot: Pilot[None], screen: StatementsScreen) -> None:
    await type_text(pilot, "le hoai")
    await pilot.press("enter")  # to the statements, as the user reads them
    await pilot.pause()
    assert screen.focused is screen.query_one("#statements-list", OptionList)


def _first_lines(screen: StatementsScreen) -> list[str]:
    return [row.splitlines()[0] for row in _rows_listed(screen)]


def _answer(screen: StatementsScreen) -> str:
    return str(screen.query_one("#statements-list", OptionList).get_option_at_index(0).prompt)


async def test_a_term_typed_in_the_statements_pane_narrows_the_filter(
    store_path: Path, clipboard: list[str]
) -> None:
    async with _statements_view(store_path, june=True) as (_app, pilot, screen):
        await _to_what_le_hoai_said(pilot, screen)
        await type_text(pilot, "since:2025-07 role:deputy")
        await pilot.pause()
        assert screen.query_one(Input).value == "le hoai since:2025-07 role:deputy"
        assert _first_lines(screen) == [MEKONG_ROW]
        assert clipboard == []  # the "y" of "deputy" was a letter, no copy


async def test_the_panes_keys_still_act_there(store_path: Path, clipboard: list[str]) -> None:
    """``j``, ``k`` and ``y`` keep their work in the statements' pane: only letters no key
    of the pane takes go to the filter."""
    async with _statements_view(store_path) as (_app, pilot, screen):
        await pilot.press("enter")
        listing = screen.query_one("#statements-list", OptionList)
        await pilot.press("j", "y")
        await pilot.pause()
        assert listing.highlighted == 1
        assert screen.focused is listing
        assert screen.query_one(Input).value == ""
        assert len(clipboard) == 1 and "Maris Sangiampongsa" in clipboard[0]


async def test_a_quoted_name_no_speaker_has_whole_names_whom_it_starts(store_path: Path) -> None:
    """'"Le Hoai"' is the whole name Le Hoai only: the pane said "No speaker's name has the
    words ""Le Hoai"": words may be cut short." (which in quotes they may not), and not
    that Lê Hoài Trung was one step away."""
    async with _statements_view(store_path) as (_app, pilot, screen):
        await type_text(pilot, '"Le Hoai"')
        await pilot.pause()
        assert _answer(screen).startswith(
            'No speaker is named "Le Hoai" in full (in double quotes a name is whole; '
            "without them it finds Lê Hoài Trung)."
        ), _answer(screen)


async def test_a_term_pasted_in_the_statements_pane_narrows_the_filter(store_path: Path) -> None:
    async with _statements_view(store_path, june=True) as (app, pilot, screen):
        await _to_what_le_hoai_said(pilot, screen)
        app.post_message(events.Paste("since:2025-07\x1b[2J\nuntil:2025-06"))  # as a terminal
        await pilot.pause()
        field = screen.query_one(Input)
        assert field.value == "le hoai since:2025-07␛[2J"
        assert screen.focused is field
        await pilot.press("backspace", "backspace", "backspace", "backspace")
        await pilot.pause()
        assert _first_lines(screen) == [MEKONG_ROW]


async def test_a_paste_in_the_speakers_pane_goes_to_the_filter(store_path: Path) -> None:
    async with _statements_view(store_path) as (app, pilot, screen):
        screen.query_one("#statements-speakers", OptionList).focus()
        await pilot.pause()
        app.post_message(events.Paste("maris"))
        await pilot.pause()
        assert screen.query_one(Input).value == "maris"
        assert _first_lines(screen) == [
            "Maris Sangiampongsa (Thai Foreign Minister) said that Bangkok agreed"
        ]


@pytest.mark.parametrize(
    "pasted",
    ["ab " * 33_000, "x" * 100_000, '"' + "ab " * 33_000 + '"', "tag:" + "x" * 100_000],
    ids=["words", "one-word", "quoted", "tag"],
)
async def test_a_pasted_page_is_refused_in_a_short_notice(store_path: Path, pasted: str) -> None:
    """A page pasted over the statements is more than a one-line field holds: refused and
    said, the filter as it was (pasted, every key after it measured the whole line: attack64)."""
    async with _statements_view(store_path) as (app, pilot, screen):
        app.post_message(events.Paste(pasted))
        await pilot.pause()
        assert screen.query_one(Input).value == ""
        [said] = [str(toast.message) for toast in app._notifications]
        assert said.startswith("Not pasted: ") and len(said) < 200, said


async def test_a_pasted_date_is_named_short_in_the_title_and_the_pane(store_path: Path) -> None:
    async with _statements_view(store_path) as (app, pilot, screen):
        app.post_message(events.Paste("since:" + "9" * 100_000))
        await pilot.pause()
        title = str(screen.query_one("#statements-title", Label).render())
        why = _answer(screen)
        assert len(title) < 200 and len(why) < 200, (len(title), len(why))
