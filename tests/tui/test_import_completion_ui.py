"""The import dialog's ``tab`` completed the first name a prefix starts: "ar" beside the
folders "arts" and "arts2" became "arts/", and ``enter`` imported the folder not meant
(newuser43). Several names complete their common start first, as a shell does."""

from __future__ import annotations

from pathlib import Path

from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.import_files import ImportScreen

from .helpers import type_text
from .library_fixtures import make_library
from .test_library_ui import _import_dialog


async def test_tab_completes_the_common_start_of_several_names(store_path: Path, tmp_path: Path):
    for name in ("arts", "arts2"):
        (tmp_path / name).mkdir()
    store = make_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        field = await _import_dialog(app, pilot)
        assert isinstance(app.screen, ImportScreen)
        field.value = f"{tmp_path}/"  # long temp path: not typed
        await type_text(pilot, "ar")
        await pilot.press("tab")
        assert field.value == f"{tmp_path}/arts"  # either folder still
        await pilot.press("tab")  # "arts" whole: the first name
        assert field.value == f"{tmp_path}/arts/"
        field.value = f"{tmp_path}/"
        await type_text(pilot, "arts2")
        await pilot.press("tab")  # one name: whole, a folder
        assert field.value == f"{tmp_path}/arts2/"
    store.close()
