"""The main screen's footer says its keys only while it is on top.

Seen at 80x24 (session 56): with the command palette open over the main screen, the footer
under it still said "q Quit  ? Help  ⏎ Open  / Search…", keys that went to the palette as
letters typed in its search.
"""

from __future__ import annotations

from textual.command import CommandPalette

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .helpers import bottom_row, settle_start_up


async def test_the_footer_is_blank_under_the_palette_and_back_after(seeded_store: Store) -> None:
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle_start_up(app, pilot)
        assert "q Quit" in bottom_row(app)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        assert "Quit" not in bottom_row(app), bottom_row(app)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.pause()
        assert not isinstance(app.screen, CommandPalette)
        assert "q Quit" in bottom_row(app)
