"""Every button of the question about something typed (save, draft, discard, keep editing)
is on screen whole at 40x12: the row of four ran past the dialog's edge and "Keep editing
(k)" was not drawn at all, only its key still worked (ui49c). Where they fit side by side
(60x20) they stay one row."""

from __future__ import annotations

import pytest
from textual.widgets import Button

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.dialog import UnsavedEditScreen

from .helpers import pane_words, settle_start_up, type_text


@pytest.mark.parametrize(("size", "rows"), [((40, 12), 2), ((60, 20), 1)])
@pytest.mark.parametrize("key", ["n", "t"])  # the note's and the tags' questions (drafts)
async def test_every_buttons_label_is_on_screen(
    seeded_store: Store, size: tuple[int, int], rows: int, key: str
) -> None:
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=size) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("enter", key)  # the first article, then its note or tag dialog
        await pilot.pause()
        await type_text(pilot, "east sea")
        await pilot.press("escape")
        await pilot.pause()
        question = app.screen
        assert isinstance(question, UnsavedEditScreen)
        shown = question.query_one(".dialog").content_region
        buttons = list(question.query(Button))
        assert [pane_words(app, button) for button in buttons] == [
            str(button.label) for button in buttons
        ]
        for button in buttons:
            assert shown.contains_region(button.region), (button.id, button.region, shown)
        assert len({button.region.y for button in buttons}) == rows
        await pilot.press("k")  # back to the typing, still there
        await pilot.pause()
        assert not isinstance(app.screen, UnsavedEditScreen)
