"""``W``, then the question as an analyst asks it: "What has Ngo Le Van said since July?",
typed ``ngo since July 2025``. "since July 2025" were read as a name's words: "No
speaker's name has the words "ngo since July 2025"", the answer there but the dates lost."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Label, OptionList

from diplotui.tui.app import DiplotuiApp

from .helpers import type_text
from .statements_ui_support import statements_store as _store
from .test_statements_ui import _shown_view


async def test_since_typed_bare_before_a_date_filters_by_it(store_path: Path) -> None:
    store = _store(store_path)  # Ngo Le Van's statements, in an article of 2025-07-18
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        view = await _shown_view(app, pilot)
        await type_text(pilot, "ngo since July 2025")
        await pilot.pause()
        title = str(view.query_one("#statements-title", Label).render())
        assert title.startswith("Statements · 2 of 2") and "since 2025-07-01" in title, title
        listing = view.query_one("#statements-list", OptionList)
        assert not listing.get_option_at_index(0).disabled  # statements, not a reason

        await type_text(pilot, " until last week")  # both bounds read
        await pilot.pause()
        title = str(view.query_one("#statements-title", Label).render())
        assert title.startswith("Statements · 2 of 2") and "since 2025-07-01, until " in title
        await pilot.press(*["backspace"] * len("2025 until last week"))
        await type_text(pilot, "2026")  # since July 2026: none, and said why
        await pilot.pause()
        shown = str(listing.get_option_at_index(0).prompt)
        assert shown.startswith("No statement matches these dates"), shown
    store.close()
