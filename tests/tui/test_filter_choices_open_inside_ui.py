"""The filter dialog's lists of choices open inside it, under their field, as the export
dialog's do: they opened upward, over the dialog's own date fields (and the state's list over
"annotated or not" too), hiding what the user had just typed there."""

from __future__ import annotations

import pytest
from textual.widgets import Select

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.filter import FilterScreen

from .helpers import settle


@pytest.mark.parametrize(
    ("field", "tabs", "above"),
    [("annotated", 5, "#filter-until"), ("state", 7, "#filter-annotated")],
)
async def test_an_open_list_of_choices_covers_no_field_above_it(
    seeded_store: Store, field: str, tabs: int, above: str
) -> None:
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("f")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, FilterScreen)
        await pilot.press(*["tab"] * tabs, "space")
        await pilot.pause()
        choice = dialog.query_one(f"#filter-{field}", Select)
        assert choice.expanded
        choices = choice.query_one("SelectOverlay").region
        shown_above = dialog.query_one(above).region
        assert choices.y > shown_above.bottom - 1, (choices, shown_above)
        assert dialog.query_one(".dialog").region.contains_region(choices)
