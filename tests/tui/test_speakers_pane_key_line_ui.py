"""The Statements view's key line says the keys of the pane that has the focus.

Seen at 80x24 (session 56): with the speakers' pane focused (``tab`` from the statements),
the line said "enter: open · y: copy", the statements' keys; there ``enter`` lists the
speaker's statements and ``y`` copies nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.statements import StatementsScreen

from .helpers import open_statements_view, screen_cells
from .statements_ui_support import add_article, statements_store
from .test_labelled_statement_bar_ui import TWO_SPEAKERS


def _rows(app: DiplotuiApp) -> list[str]:
    return ["".join(char for char, _ in row) for row in screen_cells(app)]


@pytest.mark.parametrize(
    ("size", "speakers_line"),
    [
        ((120, 40), "type to filter · enter: only theirs · L: timeline · tab: pane · esc/q: close"),
        ((80, 24), "enter: only theirs · L: timeline · tab: pane · esc/q: close"),
        ((40, 12), "enter: only theirs · esc/q: close"),
    ],
)
async def test_the_speakers_pane_says_its_own_keys(
    store_path: Path, size: tuple[int, int], speakers_line: str
) -> None:
    store = statements_store(store_path)
    add_article(store, TWO_SPEAKERS, "A conference on people-to-people diplomacy", "2025-12-30")
    app = DiplotuiApp(store)
    async with app.run_test(size=size) as pilot:
        await open_statements_view(app, pilot)
        await pilot.press("enter", "tab")  # to the statements, then to the speakers
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StatementsScreen)
        assert screen.focused is not None and screen.focused.id == "statements-speakers"
        assert any(speakers_line in row for row in _rows(app)), _rows(app)[-3:]
        assert not any("y: copy" in row for row in _rows(app))
        await pilot.press("tab")  # back to the statements: their keys again
        await pilot.pause()
        assert any("enter: open · y: copy" in row for row in _rows(app))
    store.close()
