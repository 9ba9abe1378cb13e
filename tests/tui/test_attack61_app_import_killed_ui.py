"""The app's ``I`` import killed outright (``kill -9``, its terminal closed) is said at the
next start, as the CLI's import is by the next command (attack61): the app's import left no
note of its work, and the app read none at its start, so a folder half imported from the app
was never said to be, and one half imported by ``diplotui import`` killed was said by every
command but the app."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input

from diplotui.store.under_way import note_path
from diplotui.tui import app as app_module
from diplotui.tui.dialogs import import_files
from diplotui.tui.dialogs.import_files import ImportScreen
from diplotui.tui.launch import open_for_app

from .helpers import settle, settle_start_up
from .library_fixtures import make_library


async def test_the_apps_import_is_noted_while_it_runs(
    store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    talks = tmp_path / "talks.txt"
    talks.write_text("Talks resume\n\nThe ministers met in Doha and agreed to meet again.\n")
    importing, release = threading.Event(), threading.Event()
    real_import = import_files.import_paths

    def held(*args: Any, **options: Any) -> Any:
        importing.set()
        release.wait(timeout=20)  # a net only: the test releases it
        return real_import(*args, **options)

    monkeypatch.setattr(import_files, "import_paths", held)
    store = make_library(store_path)
    app = app_module.DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("I")
        assert isinstance(app.screen, ImportScreen)
        app.screen.query_one("#import-path", Input).value = str(talks)
        await pilot.press("enter")
        assert await asyncio.to_thread(importing.wait, 20)
        note = json.loads(note_path(store_path).read_text(encoding="utf-8"))
        release.set()
        await settle(app, pilot)
        done = str(app.screen.query_one("#import-status").render())
    store.close()
    assert note["pid"] == os.getpid()
    assert note["again"] == f"diplotui --db {store_path} import {talks}"
    assert done == "done"
    assert not note_path(store_path).exists()  # the import ended: nothing left to say


@pytest.mark.parametrize("read_only", [False, True])
async def test_an_import_killed_is_said_at_the_apps_start(
    store_path: Path, tmp_path: Path, read_only: bool
) -> None:
    make_library(store_path).close()
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    pid = int(gone.stdout)
    again = f"diplotui --db {store_path} import {tmp_path / 'in'}"
    note = {"pid": pid, "started": "2026-12-07 16:00 UTC", "again": again}
    note_path(store_path).parent.mkdir(exist_ok=True)
    note_path(store_path).write_text(json.dumps(note), encoding="utf-8")
    brief = tmp_path / "brief.md"  # an export killed too, its part written left beside it
    part = tmp_path / f".brief.md.tmp-{pid}-0a1b2c3d"
    part.write_text("# Brief\n", encoding="utf-8")
    exported = {"pid": pid, "started": "2026-12-07 16:00 UTC", "target": str(brief)}
    exporting = note_path(store_path).with_name(f"exporting-{pid}.json")
    exporting.write_text(json.dumps(exported), encoding="utf-8")
    store, notices = open_for_app(store_path, read_only=read_only)
    said = (
        f"`{again}` (process {pid}, started 2026-12-07 16:00 UTC) was killed before it "
        "finished: the store is whole, with what it stored; run it again for the rest."
    )
    said_of_export = (
        f"An export to {brief} (process {pid}, started 2026-12-07 16:00 UTC) was killed before"
        f" it finished: {brief} is as it was before it (its part written, {part.name}, "
        "removed); export it again."
    )
    app = app_module.DiplotuiApp(store, notices)
    try:
        async with app.run_test(size=(120, 40), notifications=True) as pilot:
            await settle_start_up(app, pilot)
            shown = [str(notice.message) for notice in app._notifications]
    finally:
        store.close()
    assert said in notices and said_of_export in notices
    # one notice at a time: the newest shown, "(1 more to come)"
    assert any(said in notice or said_of_export in notice for notice in shown), shown
    assert not part.exists() and not exporting.exists()
