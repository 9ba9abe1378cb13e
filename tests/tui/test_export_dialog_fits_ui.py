"""The export dialog (``x``) shows everything it holds while a list of choices is open: at 80x24
the four formats, opened over the file field and the key line, covered both and hung out of the
dialog; and the key line then said ``enter`` exports, where it chooses."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Select

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.export import ExportScreen

from .helpers import screen_text, settle, settle_start_up, until_screen

OPEN_KEYS = "j/k: move · enter: choose · esc: close the list"


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_open_formats_leave_the_file_field_and_the_keys_in_view(
    seeded_store: Store, size: tuple[int, int]
) -> None:
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        await pilot.press("x")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportScreen)
        await pilot.press("tab", "space")
        await pilot.pause()
        assert dialog.query_one("#export-format", Select).expanded
        shown = screen_text(app)
        for fmt in ("markdown", "json", "w3c", "csv"):
            assert f"  {fmt} " in shown, shown
        assert dialog.query_one("#export-path", Input).value in shown, shown
        assert OPEN_KEYS in shown, shown
        box = dialog.query_one(".dialog").region
        choices = dialog.query_one("#export-format SelectOverlay").region
        assert box.contains_region(choices), (box, choices)

        await pilot.press("j", "enter")  # json chosen: the list closes, the keys are the field's
        await pilot.pause()
        shown = screen_text(app)
        assert dialog.query_one("#export-path", Input).value.endswith(".json")
        assert "space: choices · enter/ctrl+s: export · esc: cancel" in shown, shown
        assert OPEN_KEYS not in shown


async def test_the_export_dialog_says_what_each_format_is(store_path: Path) -> None:
    """``x``, ``tab``, ``space``: the formats were listed as "markdown", "json", "w3c",
    "csv", a new user left to guess which is the brief and which a spreadsheet opens."""
    store = Store.open(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("x")
        dialog = await until_screen(app, pilot, ExportScreen)
        formats = dialog.query_one("#export-format", Select)
        labels = [str(prompt) for prompt, _ in formats._options]
        assert labels == [
            "markdown · the brief to read and send on",
            "json · the records, which import reads back",
            "w3c · the records as W3C Web Annotations",
            "csv · a row per highlight, for a spreadsheet",
            "bibtex · citations for LaTeX and reference managers",
            "ris · citations for Zotero, EndNote, Mendeley",
        ], labels
    store.close()
