"""A notification's last line is above the footer of keys: the toasts' rack measured them at
its full width, then laid them out a scrollbar's column narrower, where a message of about
a toast's width wrapped once more and its last row fell under the footer ("Saved the note
on “Việt Nam has sufficient legal" and nothing after, at 120x40)."""

from __future__ import annotations

import pytest
from textual.widgets._toast import Toast

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .helpers import settle_start_up

MESSAGES = [
    "Saved the note on “Việt Nam has sufficient legal basis…”.",
    "Archived: “Viet Nam demands respect for its sovereignty in…”. ctrl+z brings it back; "
    "a search (/) still finds it.",
]


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_a_toast_ends_above_the_footer(seeded_store: Store, size: tuple[int, int]):
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=size, notifications=True) as pilot:
        await settle_start_up(app, pilot)
        (footer,) = app.screen.query("KeyFooter")
        for message in MESSAGES:
            app.clear_notifications()
            app.notify(message, markup=False)
            await pilot.pause()
            await pilot.pause()
            (toast,) = app.screen.query(Toast)
            assert toast.region.bottom <= footer.region.y, message
