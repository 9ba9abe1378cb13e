"""A notice over a dialog that stays open takes two rows at most, as everywhere else.

The timeline ``L`` stays open when ``y`` copies one of its statements: its notice was fitted
to 77 letters a row, as every notice is (``notice_columns``), but a dialog's toast was
Textual's 60 columns wide, so the session's first copy in tmux, its advice about tmux's
``set-clipboard`` whole, took three rows at 80x24 over the timeline (leftovers49).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.timeline import TimelineScreen

from .helpers import notices_said, settle
from .statements_ui_support import add_article
from .statements_ui_support import statements_store as _store
from .test_copy_advice_once_ui import ADVICE
from .test_labelled_statement_bar_ui import TWO_SPEAKERS
from .test_notices_two_rows_ui import in_tmux_without_clipboard, toast_rows
from .test_reader_support import open_first


@pytest.mark.parametrize("size", [(120, 40), (80, 24), (60, 20)])
async def test_the_first_copy_in_tmux_takes_two_rows_over_the_timeline(
    store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    in_tmux_without_clipboard(tmp_path, monkeypatch)
    store = _store(store_path)
    add_article(store, TWO_SPEAKERS, "A conference on people-to-people diplomacy", "2025-12-30")
    app = DiplotuiApp(store)
    async with app.run_test(size=size, notifications=True) as pilot:
        monkeypatch.setattr(app, "copy_to_clipboard", lambda _text: None)
        await settle(app, pilot)
        await open_first(app, pilot)
        await pilot.press("S", "L")  # the last statement's speaker's timeline
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, TimelineScreen)
        app.clear_notifications()
        await pilot.press("y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, TimelineScreen)  # it stays open
        [said] = notices_said(app)
        assert "sent to the terminal (OSC 52)" in said and ADVICE in said, said
        assert toast_rows(app) and max(toast_rows(app)) <= 2, (toast_rows(app), said)
    store.close()
