"""``ctrl+c`` in a dialog (session 51's new user, in the import dialog ``I``): the app's own
convention, on its panes, is Textual's, a notice saying how to quit (``ctrl+c`` copies a
selection in a field); in a dialog the key did nothing and said nothing, the dialog's field
taking it to copy nothing. It now says how to leave: ``esc`` the dialog, ``ctrl+q`` the app,
and during an import that the import goes on to its end."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs import import_files
from diplotui.tui.dialogs.import_files import ImportScreen

from .helpers import notices_said, settle_start_up, type_text

LEAVE = "Press esc to close the dialog, ctrl+q to quit the app"


async def _import_dialog(app: DiplotuiApp, pilot: Pilot[None]) -> None:
    await settle_start_up(app, pilot)
    await pilot.press("I")
    await pilot.pause()
    assert isinstance(app.screen, ImportScreen)


async def test_ctrl_c_in_the_import_dialog_says_how_to_leave(seeded_store: Store) -> None:
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await _import_dialog(app, pilot)
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert notices_said(app)[-1:] == [LEAVE]
        assert isinstance(app.screen, ImportScreen)  # it quits nothing, closes nothing
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ImportScreen)


async def test_ctrl_c_on_a_selection_still_copies_it(seeded_store: Store) -> None:
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await _import_dialog(app, pilot)
        await type_text(pilot, "/tmp/x")
        await pilot.press("shift+home", "ctrl+c")
        await pilot.pause()
        assert app.clipboard == "/tmp/x"
        assert LEAVE not in notices_said(app)


@pytest.mark.parametrize("key", ["ctrl+c", "escape"])
async def test_ctrl_c_or_escape_during_an_import_says_it_goes_on(
    seeded_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, key: str
) -> None:
    """Escape, which waits for the import to end, said nothing either (left51's note)."""
    (tmp_path / "talks.txt").write_text("Talks resume\n\nMinister Alpha said so.\n")
    going_on = threading.Event()
    real = import_files.import_paths

    def held(*args: Any, **kwargs: Any) -> Any:  # the import under way until the key is said
        going_on.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(import_files, "import_paths", held)
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await _import_dialog(app, pilot)
        await type_text(pilot, str(tmp_path / "talks.txt"))
        await pilot.press("enter", key)
        await pilot.pause()
        said = notices_said(app)[-1]
        assert isinstance(app.screen, ImportScreen)
        going_on.set()
        assert said == (
            "The import goes on to its end: press ctrl+q to quit once it is done, esc to "
            "close the dialog then"
        )
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Talks resume" in {article.title for article in seeded_store.articles()}
