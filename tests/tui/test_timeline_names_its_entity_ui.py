"""An entity's timeline shows each entry's words as far as the entity's name.

The rows cut a statement at 220 characters: the seed article's statement names the 13th
National Party Congress past them, and its timeline's one row read "in the documents of
the 13th National…", the event it follows cut from the row.
"""

from __future__ import annotations

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.timeline import TimelineScreen
from diplotui.tui.widgets.choices import ChoiceList

from .helpers import screen_text
from .test_reader_support import open_first

EVENT = "13th National Party Congress"


async def test_the_timeline_of_an_event_named_late_in_a_statement_names_it(
    seeded_store: Store,
):
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        await pilot.press("tab", "G", "L")  # the sidebar's last entity: the event
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, TimelineScreen)
        assert f"Timeline of {EVENT} · 1 entry" in screen_text(app)
        listing = app.screen.query_one(ChoiceList)
        row = " ".join(listing.render_line(y).text.strip() for y in range(listing.size.height))
        assert f"documents of the {EVENT}…" in row, row
