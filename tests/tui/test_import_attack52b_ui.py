"""The app's import (``I``) given a file whose byte order mark lies and whose name holds an
escape sequence and markup, then an empty folder: each said in the report as written, the
article's title as its text gives it, and the library's other records untouched."""

from __future__ import annotations

import codecs
from pathlib import Path

from textual.pilot import Pilot

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .helpers import import_in_app, settle, settle_start_up
from .library_fixtures import make_library

TEXT = "Café diplomatique\n\nLe ministre a déclaré à Genève que les négociations continuent.\n"


def _records(store: Store) -> list[tuple[str, str, str]]:
    return sorted((a.id, a.title, store.article_text(a.id)) for a in store.articles())


async def _import(app: DiplotuiApp, pilot: Pilot[object], path: Path) -> str:
    """Import ``path`` from the app's dialog; the report it shows, the dialog closed after."""
    assert await import_in_app(app, pilot, path) == "done"
    report = str(app.screen.query_one("#import-report").render())
    await pilot.press("escape")
    await settle(app, pilot)
    return report


async def test_a_lying_mark_and_an_empty_folder_are_said_in_the_apps_report(
    store_path: Path, tmp_path: Path
):
    store = make_library(store_path)
    before = _records(store)
    named = tmp_path / "\x1b]52;c;aGk=\x07[bold red]cafe.txt"
    named.write_bytes(codecs.BOM_UTF16_LE + TEXT.encode("latin-1"))
    empty = tmp_path / "inbox.txt"
    empty.mkdir()

    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        imported = await _import(app, pilot, named)
        failed = await _import(app, pilot, empty)

    shown_name = str(named).replace("\x1b", "␛").replace("\x07", "␇")
    assert "1 imported" in imported
    assert (
        f"imported: {shown_name}: read as windows-1252 (detected); a UTF-16 byte order mark on "
        "text that is not UTF-16, set aside"
    ) in imported
    assert f"failed: {empty}: a folder holding no file (hidden ones aside)" in failed
    after = _records(store)
    [(_, title, text)] = [row for row in after if row not in before]
    assert (title, text) == ("Café diplomatique", TEXT)
    assert set(before) <= set(after)
    store.close()
