"""The Statements view's filter says the keys that close the view from it, read from the
view's closing binding as its panes' line and the other views' lines are: it said "esc:
close" as words of its own, so a closing key added to the binding went unsaid there. ``q``,
which closes from the panes, is a letter typed in the filter and is never named there."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.binding import Binding
from textual.widgets import Input, Label

from diplotui.tui.dialogs import statements
from diplotui.tui.dialogs.statements import StatementsScreen

from .test_statements_typed_in_panes_ui import _statements_view


class _ClosedByCtrlG(StatementsScreen):
    """The view with one closing key more, as a later binding may add one."""

    CLOSE = Binding("escape,q,ctrl+g", "close", "Close")
    BINDINGS = [CLOSE, *StatementsScreen.BINDINGS[1:]]


def _keys(screen: StatementsScreen) -> str:
    return str(screen.query_one("#statements-keys", Label).render())


async def test_the_filters_key_line_names_its_closing_keys_but_q(store_path: Path) -> None:
    async with _statements_view(store_path) as (app, pilot, screen):
        assert screen.focused is screen.query_one(Input)
        assert _keys(screen).endswith("tab: pane · esc: close")
        await pilot.press("q")
        await pilot.pause()
        assert app.screen is screen and screen.query_one(Input).value == "q"


async def test_a_closing_key_added_to_the_binding_is_said_in_the_filter(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(statements, "StatementsScreen", _ClosedByCtrlG)
    async with _statements_view(store_path) as (app, pilot, screen):
        assert isinstance(screen, _ClosedByCtrlG)
        assert _keys(screen).endswith("tab: pane · esc/^g: close")
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert app.screen is not screen
