"""A quotation coordinated with a reported clause, as the W view and the reader give it: two
statements, each copied with ``y`` alike in both, no lone mark (newuser28's finding 1)."""

from __future__ import annotations

from pathlib import Path

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.statements import StatementsScreen

from .helpers import open_statements_view
from .statements_ui_support import add_article as _add
from .statements_ui_support import open_first as _open_first
from .test_reported_quotes_ui import _copied
from .test_statements_ui import _rows_listed

TEXT = (
    "Lund talks open\n"
    "The talks began in Lund on Monday. Foreign Minister Dana Orlik said that cooperation was"
    ' essential, and "we must act together," she added.\n'
)
CITED = "— Dana Orlik (Foreign Minister), quoted in “Lund talks open”, Test Wire, March 2, 2025"


def _balanced(copies: list[str]) -> bool:
    return all(sum(copy.count(mark) for mark in '"“”') % 2 == 0 for copy in copies)


async def test_the_w_view_and_the_reader_give_and_copy_both_statements_alike(
    store_path: Path, clipboard
):
    store = Store.open(store_path)
    _add(store, TEXT, "Lund talks open", "2025-03-02")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await _open_first(app, pilot)
        from_reader = []
        for _ in reader.statements:
            await pilot.press("s")
            await _copied(app, pilot, "y")
            from_reader.append(clipboard[-1])
        assert from_reader == [
            f"Dana Orlik (Foreign Minister) said that cooperation was essential…\n{CITED}",
            f"“we must act together”\n{CITED}",
        ]
        await pilot.press("escape")
        await open_statements_view(app, pilot)
        screen = app.screen
        assert isinstance(screen, StatementsScreen)
        rows = _rows_listed(screen)
        assert [row.partition("\n")[0] for row in rows] == [
            "Dana Orlik (Foreign Minister) said that cooperation was essential",
            "Dana Orlik (Foreign Minister) added: “we must act together”",
        ]
        await pilot.press("enter")  # from the filter to the list
        from_view = []
        for _ in rows:
            await _copied(app, pilot, "y")
            from_view.append(clipboard[-1])
            await pilot.press("down")
        assert from_view == from_reader
        assert _balanced(rows + from_view)
    store.close()
