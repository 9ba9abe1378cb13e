"""A date typed in its form on a day the calendar has not ("2025-02-30") is refused as no such
day: the details dialog (``i``) and ``meta --date`` answered "use 2025-07-14, 2025-07 or
2025" (``use YYYY, YYYY-MM or YYYY-MM-DD``) to a user who had typed just that form."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Label

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.metadata import MetadataScreen
from tests.cli_runner import run_main

from .helpers import type_text
from .library_fixtures import make_library, titled
from .test_quotes_ui import _open


async def test_the_details_dialog_says_the_calendar_has_no_such_day(store_path: Path) -> None:
    store = make_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open(app, pilot, "Beta summit")
        await pilot.press("i", "tab", "tab", "end", "ctrl+u")
        await type_text(pilot, "2025-02-30")
        await pilot.press("enter")
        assert isinstance(app.screen, MetadataScreen), "refused: the dialog stays"
        said = str(app.screen.query_one("#metadata-error", Label).render())
        assert said == "'2025-02-30' is not a date: the calendar has no such day.", said
    store.close()


def test_meta_says_the_calendar_has_no_such_day(store_path: Path) -> None:
    store = make_library(store_path)
    beta = titled(store, "Beta summit")
    store.close()
    refused = run_main("--db", str(store_path), "meta", beta.id, "--date", "2025-02-30")
    assert refused.returncode == 2
    assert refused.stderr == "diplotui: invalid date '2025-02-30': the calendar has no such day\n"
    with Store.open(store_path) as store:
        assert store.article(beta.id).date != "2025-02-30"
