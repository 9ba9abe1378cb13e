"""The first copy in tmux takes two rows at most in the Statements view too (newuser48).

The notice, its advice about tmux's ``set-clipboard`` whole, was fitted to the main screen's
toast (77 letters a row), and the view's toast was Textual's 60 columns wide, so ``y``
there said "“If the rebels do not put…” (plain) sent to the terminal (OSC 52); inside tmux
this needs ..." in three rows, though the README promises two; at 60 columns, whatever the
screen, fitted for 77 letters it took three too. A reported statement's label ("Mohamed
Hamdan Dagalo (RSF leader) confirmed…") is the longest a label gets cut from.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.statements import StatementsScreen

from .helpers import notices_said, open_statements_view, type_text
from .statements_ui_support import statements_store
from .test_copy_advice_once_ui import ADVICE
from .test_notices_two_rows_ui import in_tmux_without_clipboard, toast_rows


@pytest.mark.parametrize("size", [(120, 40), (80, 24), (60, 20)])
async def test_the_first_copy_in_tmux_takes_two_rows_in_the_statements_view(
    store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    in_tmux_without_clipboard(tmp_path, monkeypatch)
    store: Store = statements_store(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=size, notifications=True) as pilot:
        monkeypatch.setattr(app, "copy_to_clipboard", lambda _text: None)
        await open_statements_view(app, pilot)
        await type_text(pilot, "ngo")
        await pilot.press("enter")  # to the results
        app.clear_notifications()
        await pilot.press("y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, StatementsScreen)
        [said] = notices_said(app)
        assert "sent to the terminal (OSC 52)" in said and ADVICE in said, said
        assert toast_rows(app) and max(toast_rows(app)) <= 2, (toast_rows(app), said)
    store.close()
