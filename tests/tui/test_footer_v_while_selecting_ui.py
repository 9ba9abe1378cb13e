"""While a selection grows from the cursor, the footer's ``v`` says what it does then: "Unselect".

Seen at 80x24 (session 56): after ``v`` the footer still said "v Select"; ``v`` then clears
the selection.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .helpers import bottom_row
from .test_reader_support import add_article, open_first


@pytest.mark.parametrize("closing", ["v", "escape"])
async def test_v_says_unselect_while_selecting(store_path: Path, closing: str) -> None:
    store = Store.open(store_path)
    add_article(store, "Talks", "The minister met the envoy. They talked for hours in Hanoi.")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        assert " v Select " in bottom_row(app)
        await pilot.press("v", "l")
        await pilot.pause()
        assert app.screen.reader.selection is not None
        assert " v Unselect " in bottom_row(app) and "v Select " not in bottom_row(app)
        await pilot.press(closing)
        await pilot.pause()
        assert app.screen.reader.selection is None
        assert " v Select " in bottom_row(app), bottom_row(app)
    store.close()
