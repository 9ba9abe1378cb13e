"""The quote history and the timeline open clear of the notices said before them: those are
about what was done before, and sat over the top of the list the user opened to read.

Found by a new user (session 40): after five copies, ``Q`` showed the last copies' notices
stacked over the first rows of the quote history, the quotes the user opened it for.
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets._toast import Toast

from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.quote_history import QuoteHistoryScreen

from .library_fixtures import make_library
from .test_quotes_ui import _open


async def test_the_quote_history_opens_clear_of_earlier_notices(
    store_path: Path, clipboard: list[str]
) -> None:
    store = make_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await _open(app, pilot, "Beta summit")
        for keys in ("y", "j", "y", "j", "y", "j", "y", "j", "y"):
            await pilot.press(keys)
            await app.workers.wait_for_complete()
            await pilot.pause()
        assert len(clipboard) == 5
        await pilot.press("Q")
        while not isinstance(app.screen, QuoteHistoryScreen):
            await pilot.pause()
        await pilot.pause()
        await pilot.pause()
        listed = app.screen.query_one("#quote-history").region
        covering = [t for t in app.screen.query(Toast) if t.region.overlaps(listed)]
        assert covering == [] and len(app.screen.query(Toast)) == 0
        app.notify("said while the history is open")
        await pilot.pause()
        assert len(app.screen.query(Toast)) == 1  # a notice said now shows
    store.close()
