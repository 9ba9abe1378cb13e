"""A lone surrogate in an article's text never stops the app: the reader shows it as a
stand-in, ``y`` copies the statement holding it, the Statements view lists it, and its
caches (filled by the helper process too) keep it. Invented article, real TinyDB files."""

from __future__ import annotations

from pathlib import Path

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.statements import StatementsScreen
from tests.hand_edits import store_with_a_surrogate_text
from tests.reliability.test_surrogate_text import TEXT

from .helpers import open_statements_view, screen_text, terminal_writes
from .statements_ui_support import open_first as _open_first
from .test_statements_ui import _rows_listed


async def test_a_surrogate_in_a_text_is_read_copied_and_listed(
    store_path: Path, clipboard: list[str]
) -> None:
    store_with_a_surrogate_text(store_path, TEXT)
    store = Store.open(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        failures = terminal_writes(app)
        reader = await _open_first(app, pilot)
        assert "We will defend \ufffd our" in screen_text(app)
        while "defend" not in reader.text[slice(*reader.cursor_span)]:
            await pilot.press("s")
        await pilot.press("y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert clipboard and clipboard[-1].startswith("“We will defend our borders”")
        await open_statements_view(app, pilot)
        assert isinstance(app.screen, StatementsScreen)
        rows = _rows_listed(app.screen)
        assert any("We will defend \ufffd our borders" in row for row in rows), rows
        assert app.is_running and not failures
    store.close()
