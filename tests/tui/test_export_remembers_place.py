"""``x`` offers the folder and format of the last export, in the same session and the next:
a new user exporting a CSV brief to a folder of their own had to type the folder and pick
the format again at every export, the dialog offering ``./diplotui-export.md`` each time."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, Label, Select

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.export import ExportScreen

from .helpers import settle
from .test_reader_support import add_article


async def _offered(app: DiplotuiApp, pilot) -> tuple[str, str, str]:
    """What ``x`` offers: the format, the file and the line under them."""
    await pilot.press("x")
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, ExportScreen)
    fmt = str(screen.query_one("#export-format", Select).value)
    path = screen.query_one("#export-path", Input).value
    line = str(screen.query_one("#export-error", Label).render())
    return fmt, path, line


async def _export_as_csv_to(app: DiplotuiApp, pilot, path: Path) -> None:
    """``x``, the format picked as CSV and the file typed, with the keys a user presses."""
    await pilot.press("x")
    await pilot.pause()
    await pilot.press("tab", "space", "j", "j", "j", "enter")  # the format's choices: csv
    await pilot.press("tab", "end", "ctrl+u", *str(path), "enter")
    await app.workers.wait_for_complete()
    await pilot.pause()
    assert not isinstance(app.screen, ExportScreen)


async def test_the_next_export_is_offered_the_last_ones_folder_and_format(
    store_path: Path, tmp_path: Path
) -> None:
    briefs = tmp_path / "briefs"
    briefs.mkdir()
    with Store.open(store_path) as store:
        add_article(store, "Code of conduct talks", "Lazaro spoke.")
        app = DiplotuiApp(store)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(app, pilot)
            assert (await _offered(app, pilot))[:2] == (
                "markdown",
                f"{Path.cwd()}/diplotui-export.md",
            )
            await pilot.press("escape")
            await _export_as_csv_to(app, pilot, briefs / "monday.csv")
            assert (briefs / "monday.csv").is_file()
            offered = await _offered(app, pilot)
            assert offered == ("csv", f"{briefs}/diplotui-export.csv", "")
    with Store.open(store_path) as store:  # the next session
        app = DiplotuiApp(store)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(app, pilot)
            assert await _offered(app, pilot) == ("csv", f"{briefs}/diplotui-export.csv", "")


async def test_a_last_folder_gone_or_a_setting_unread_is_said_and_the_default_offered(
    store_path: Path, tmp_path: Path
) -> None:
    with Store.open(store_path) as store:
        store.set_setting("last_export", {"folder": str(tmp_path / "gone"), "format": "json"})
        app = DiplotuiApp(store)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(app, pilot)
            fmt, path, line = await _offered(app, pilot)
            assert (fmt, path) == ("json", f"{Path.cwd()}/diplotui-export.json")
            gone = tmp_path / "gone"
            assert line == f"The last export's folder {gone} is gone: the current folder offered."
        store.set_setting("last_export", "~/briefs as csv")  # edited by hand
        app = DiplotuiApp(store)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(app, pilot)
            fmt, path, line = await _offered(app, pilot)
            assert (fmt, path) == ("markdown", f"{Path.cwd()}/diplotui-export.md")
            assert line == "The last export's folder and format could not be read: not offered."
