"""A lone surrogate hand-edited into a title never stops the app.

The store keeps such a title (JSON allows "\\ud800"; exports and ``list`` give it as U+FFFD),
but the search index built at start-up wrote it to SQLite as it was: the worker's
``UnicodeEncodeError`` stopped the app two seconds after it opened ("the app stopped on an
error"), before ``W`` could list a statement. Invented article, real TinyDB files."""

from __future__ import annotations

from pathlib import Path

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.statements import StatementsScreen
from tests.hand_edits import store_with_a_surrogate_title

from .helpers import open_statements_view, type_text
from .test_statements_ui import _rows_listed

TEXT = "Talks in Hanoi\n\nForeign Minister Bui Thanh Son said that the talks were useful.\n"


async def test_a_surrogate_in_a_title_never_stops_the_app(store_path: Path) -> None:
    store_with_a_surrogate_title(store_path, TEXT)
    store = Store.open(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_statements_view(app, pilot)
        screen = app.screen
        assert isinstance(screen, StatementsScreen)
        await type_text(pilot, "bui")
        await pilot.pause()
        rows = _rows_listed(screen)
        assert len(rows) == 1 and "talks were useful" in rows[0], rows
        assert "Talks \ufffd in Hanoi" in rows[0]
        assert app.is_running
    store.close()
