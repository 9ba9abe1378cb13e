"""The quote history, the timeline and the Statements view say every key that closes them.

Their key lines said "esc: close" alone, though ``q`` closes each as it closes the help, the
history's own ``Q`` closes it too and the timeline's ``L``; a newcomer read the line, not the
code. Now each line names its closing keys from its bindings, as the help's does, and the
Statements view's filter, where ``q`` is a letter typed, still says ``esc`` alone.
"""

from __future__ import annotations

from pathlib import Path

from textual.screen import Screen
from textual.widgets import Label

from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.quote_history import QuoteHistoryScreen
from diplotui.tui.dialogs.timeline import TimelineScreen

from .helpers import open_statements_view, settle
from .statements_ui_support import add_article as _add
from .statements_ui_support import statements_store as _store
from .test_labelled_statement_bar_ui import TWO_SPEAKERS
from .test_reader_support import open_first


def _key_lines(screen: Screen[object]) -> list[str]:
    return [str(label.render()) for label in screen.query(".dialog-help").results(Label)]


async def test_the_history_and_the_timeline_name_every_key_that_closes_them(store_path: Path):
    store = _store(store_path)
    _add(store, TWO_SPEAKERS, "A conference on people-to-people diplomacy", "2025-12-30")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await open_first(app, pilot)
        await pilot.press("Q")
        await pilot.pause()
        assert isinstance(app.screen, QuoteHistoryScreen)
        assert _key_lines(app.screen) == ["enter/y: copy again · esc/q/Q: close"]
        await pilot.press("q", "S", "L")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, TimelineScreen)
        assert _key_lines(app.screen) == [
            "enter: open the article there · y: copy · esc/q/L: close",
            "y: copy · esc/q/L: close",
        ]
    store.close()


async def test_the_statements_views_panes_name_q_and_its_filter_does_not(store_path: Path):
    store = _store(store_path)
    _add(store, TWO_SPEAKERS, "A conference on people-to-people diplomacy", "2025-12-30")
    app = DiplotuiApp(store)
    async with app.run_test(size=(90, 30)) as pilot:
        await open_statements_view(app, pilot)
        assert all(line.endswith(" esc: close") for line in _key_lines(app.screen))
        await pilot.press("enter")  # to the results
        await pilot.pause()
        assert _key_lines(app.screen) == [
            "type to filter · enter: open (on a speaker: only theirs) · y: copy · L: timeline "
            "· tab: pane · esc/q: close",
            "enter: open · y: copy · L: timeline · tab: pane · esc/q: close",
        ]
    store.close()
