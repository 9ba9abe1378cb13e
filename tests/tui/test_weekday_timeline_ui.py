"""``L`` on a statement "said on Tuesday" in an article of Thursday 2026-11-26: its timeline
showed the quotation twice (once as the statement, once as the event its second sentence
opens with a date) and dated the statement "(article date)"; one row, on the Tuesday."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Label, OptionList

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.timeline import TimelineScreen

from .statements_ui_support import add_article as _add
from .statements_ui_support import open_first as _open_first

BODY = (
    "Berg on the talks\n"
    '"We are ready. On November 20 the venue was chosen," Foreign Minister Anna Berg said on '
    "Tuesday.\n"
)


async def test_the_timeline_shows_the_statement_once_on_its_weekday(store_path: Path) -> None:
    store = Store.open(store_path)
    _add(store, BODY, "Berg on the talks", "2026-11-26")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open_first(app, pilot)
        await pilot.press("s", "L")  # to the statement, then its speaker's timeline
        await app.workers.wait_for_complete()
        await pilot.pause()
        timeline = app.screen
        assert isinstance(timeline, TimelineScreen)
        title = str(timeline.query_one("#timeline-title", Label).render())
        assert title == "Timeline of Anna Berg · 1 entry · oldest first"
        listing = timeline.query_one(OptionList)
        (row,) = [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]
        assert row.startswith("2026-11-24 Anna Berg (Foreign Minister) said: “We are ready.")
        assert "(article date)" not in row
    store.close()
