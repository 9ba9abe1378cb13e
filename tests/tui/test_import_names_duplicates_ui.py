"""The import dialog's report names the files it found in the library already, and which
article each is: "1 duplicate" alone left an analyst importing a folder asking which."""

from __future__ import annotations

from pathlib import Path

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.import_files import ImportScreen

from .helpers import settle_start_up

TEXT = "Viet Nam rejects fishing ban\n\nThe spokesperson said Viet Nam opposes the ban.\n"


async def _import(app: DiplotuiApp, pilot, path: Path) -> str:
    await pilot.press("I")
    assert isinstance(app.screen, ImportScreen)
    app.screen.query_one("#import-path").value = str(path)  # long temp path: not typed
    await pilot.press("enter")
    await settle_start_up(app, pilot)
    summary = str(app.screen.query_one("#import-report").render())
    await pilot.press("escape")
    await settle_start_up(app, pilot)
    return summary


async def test_a_duplicate_is_named_with_the_article_it_is(store_path: Path, tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(5):
        (folder / f"brief{n}.txt").write_text(TEXT.replace("ban", f"ban {n}"))
    store = Store.open(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        assert "1 imported" in await _import(app, pilot, folder / "brief0.txt")
        again = await _import(app, pilot, folder / "brief0.txt")
        await _import(app, pilot, folder)
        every = await _import(app, pilot, folder)  # the folder again: five duplicates
    store.close()
    assert again.startswith("1 duplicate")
    assert (
        f"\nduplicate: {folder / 'brief0.txt'}: the same text, already in the library as"
        " “Viet Nam rejects fishing ban 0”" in again
    )
    assert every.count("\nduplicate: ") == 3  # the first three named, the rest counted
    assert "\n… and 2 other duplicates (diplotui import names each)" in every
