"""``q`` closes the quote history, the timeline and the Statements view, as it closes the help.

Newcomer 40, a newsboat user, pressed ``q`` to leave the quote history (``Q``): nothing
happened, and nothing said why; in the timeline (``L``) the same; in the Statements view
(``W``) it quit the whole app. The help closes on ``q``; so do these now, back where they were
opened, and ``q`` on the main screen still quits.
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

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
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen) and app.is_running
        await pilot.press("S", "L")  # the last statement's speaker: Ngo Le Van
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, TimelineScreen), [str(n.message) for n in app._notifications]
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
    async with app.run_test(size=(120, 40)) as pilot:
        await open_statements_view(app, pilot)
        await type_text(pilot, "q")  # in the filter, a letter
        await pilot.pause()
        assert isinstance(app.screen, StatementsScreen)
        assert app.screen.query_one(Input).value == "q"
        await pilot.press("backspace", "enter")  # to the results
        await pilot.pause()
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen) and app.is_running
    store.close()
