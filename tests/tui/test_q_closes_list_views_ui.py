"""``q`` closes the quote history, the timeline and the Statements view, as it closes the help.

Newcomer 40, a newsboat user, pressed ``q`` to leave the quote history (``Q``): nothing
happened, and nothing said why; in the timeline (``L``) the same; in the Statements view
(``W``) it quit the whole app. The help closes on ``q``; so do these now, back where they were
opened, and ``q`` on the main screen still quits. Their key lines said "esc: close" alone:
each names every key that closes it now, from its bindings as the help's line does (the
Statements view's filter, where ``q`` is a letter typed, still says ``esc``).
"""

from __future__ import annotations

from pathlib import Path

from textual.screen import Screen
from textual.widgets import Input, Label

from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.quote_history import QuoteHistoryScreen
from diplotui.tui.dialogs.statements import StatementsScreen
from diplotui.tui.dialogs.timeline import TimelineScreen
from diplotui.tui.screens.main import MainScreen

from .helpers import open_statements_view, settle, type_text
from .statements_ui_support import add_article as _add
from .statements_ui_support import statements_store as _store
from .test_labelled_statement_bar_ui import TWO_SPEAKERS
from .test_reader_support import open_first


def _key_lines(screen: Screen[object]) -> list[str]:
    return [str(label.render()) for label in screen.query(".dialog-help").results(Label)]


async def test_q_closes_the_quote_history_and_the_timeline(store_path: Path):
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
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen) and app.is_running
        await pilot.press("S", "L")  # the last statement's speaker: Ngo Le Van
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, TimelineScreen), [str(n.message) for n in app._notifications]
        assert _key_lines(app.screen) == [
            "enter: open the article there · y: copy · esc/q/L: close",
            "y: copy · esc/q/L: close",  # the one under 80 columns
        ]
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen) and app.is_running
    store.close()


async def test_q_in_the_statements_views_panes_closes_it_and_is_typed_in_its_filter(
    store_path: Path,
):
    store = _store(store_path)
    _add(store, TWO_SPEAKERS, "A conference on people-to-people diplomacy", "2025-12-30")
    app = DiplotuiApp(store)
    async with app.run_test(size=(90, 30)) as pilot:
        await open_statements_view(app, pilot)
        assert all(line.endswith(" esc: close") for line in _key_lines(app.screen))
        await type_text(pilot, "q")  # in the filter, a letter
        await pilot.pause()
        assert isinstance(app.screen, StatementsScreen)
        assert app.screen.query_one(Input).value == "q"
        await pilot.press("backspace", "enter")  # to the results
        await pilot.pause()
        assert _key_lines(app.screen) == [
            "type to filter · enter: open · y: copy · L: timeline · tab: pane · esc/q: close",
            "enter: open · y: copy · L: timeline · tab: pane · esc/q: close",
        ]
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen) and app.is_running
    store.close()
