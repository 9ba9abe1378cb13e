"""Every way out of the export dialog says what became of the export. On a slow disk a
second ``enter`` started a second writing: the first one's end closed the dialog unasked and
the second's left "Overwrite it?" over the list with no dialog behind it; ``esc`` closed it
without a word, and a writing that then failed said nothing at all."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import Input, Label
from textual.worker import WorkerState

import diplotui.tui.dialogs.export as export_dialog
from diplotui.export import write_export
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.export import ExportScreen
from diplotui.tui.screens.main import MainScreen

from .helpers import settle
from .test_quotes_ui import _record_notices
from .test_reader_support import add_article


@pytest.fixture
def slow_disk(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """The export's file is written once the returned event is set: a disk that takes its
    time, at the boundary where the dialog hands the writing over."""
    written = threading.Event()

    def slowly(*args, **kwargs) -> Path:
        written.wait(10)
        return write_export(*args, **kwargs)

    monkeypatch.setattr(export_dialog, "write_export", slowly)
    return written


async def _export(
    store_path: Path,
    target: Path,
    monkeypatch: pytest.MonkeyPatch,
    during: Callable[[DiplotuiApp], object],
    *keys: str,
    disk: threading.Event | None = None,
) -> tuple[list[str], list[type]]:
    """``x``, ``target`` typed, ``enter``, then ``keys`` while the disk is slow; ``during``
    looks at the app before the disk catches up. The notices said, the screens left."""
    store = Store.open(store_path)
    add_article(store, "Code of conduct talks", "Lazaro spoke.")
    app = DiplotuiApp(store)
    notices = _record_notices(app, monkeypatch)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("x")
        await pilot.pause()
        app.screen.query_one("#export-path", Input).value = str(target)
        await pilot.press("enter", *keys)
        await pilot.pause()
        during(app)
        if disk is not None:
            disk.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        left = [type(screen) for screen in app.screen_stack]
    store.close()
    return notices, left


def _status(app: DiplotuiApp) -> str:
    return str(app.screen.query_one("#export-error", Label).content)


async def test_enter_again_while_written_waits_for_the_first_writing(
    store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, slow_disk: threading.Event
) -> None:
    target = tmp_path / "brief.md"

    def still_there(app: DiplotuiApp) -> None:
        assert isinstance(app.screen, ExportScreen)
        assert _status(app) == "Still exporting: the dialog closes once the file is written."

    notices, left = await _export(
        store_path, target, monkeypatch, still_there, "enter", "enter", disk=slow_disk
    )
    assert left == [MainScreen], "no Overwrite question left over the list"
    assert notices == [f"Exported a brief of 1 article, 0 highlights to {target}."]
    assert target.read_text(encoding="utf-8").startswith("# ")


async def test_esc_while_written_says_the_export_goes_on_then_that_it_is_done(
    store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, slow_disk: threading.Event
) -> None:
    target = tmp_path / "brief.md"

    def closed(app: DiplotuiApp) -> None:
        assert isinstance(app.screen, MainScreen)

    notices, left = await _export(store_path, target, monkeypatch, closed, "escape", disk=slow_disk)
    assert notices == [
        f"Still exporting to {target}: a notice will say when it is done.",
        f"Exported a brief of 1 article, 0 highlights to {target}.",
    ]
    assert left == [MainScreen]


async def test_a_writing_that_fails_after_esc_says_why_in_a_notice(
    store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, slow_disk: threading.Event
) -> None:
    target = tmp_path / "brief.md"
    target.write_text("the user's own brief", encoding="utf-8")
    notices, left = await _export(
        store_path, target, monkeypatch, lambda app: None, "escape", disk=slow_disk
    )
    assert notices[-1] == f"Nothing exported: {target} already exists."
    assert left == [MainScreen], "no question asked with no dialog behind it"
    assert target.read_text(encoding="utf-8") == "the user's own brief"


async def test_written_under_the_palette_closes_the_dialog_not_the_palette(
    store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, slow_disk: threading.Event
) -> None:
    """Textual's dismiss pops whatever is on top: the palette went, the dialog stayed."""
    target = tmp_path / "brief.md"
    store = Store.open(store_path)
    add_article(store, "Code of conduct talks", "Lazaro spoke.")
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("x")
        await pilot.pause()
        app.screen.query_one("#export-path", Input).value = str(target)
        await pilot.press("enter", "ctrl+p")
        await pilot.pause()
        palette = app.screen
        assert not isinstance(palette, ExportScreen)
        slow_disk.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is palette, "the palette stays until it is closed"
        await pilot.press("escape")
        await pilot.pause()
        assert [type(screen) for screen in app.screen_stack] == [MainScreen]
    store.close()
    assert target.exists()


@pytest.mark.parametrize("size", [(80, 24), (40, 12)])
async def test_a_missing_folder_keeps_the_dialog_and_esc_says_nothing_was_written(
    store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    target = tmp_path / "gone" / "brief.md"
    store = Store.open(store_path)
    add_article(store, "Code of conduct talks", "Lazaro spoke.")
    app = DiplotuiApp(store)
    notices = _record_notices(app, monkeypatch)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        await pilot.press("x", "tab", "tab", "ctrl+u", *str(target), "enter", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        status = app.screen.query_one("#export-error", Label)
        assert str(status.content) == f"{target.parent}: no such directory"
        assert status.region and app.screen.region.contains_region(status.region)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
    store.close()
    assert notices == ["Export cancelled: nothing written."]


async def test_the_writing_outlives_the_dialog_its_end_closes(
    store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The dialog closed by the writing's end took the writing's worker with it, cancelled
    while its thread was still returning (on a loaded machine): the writing is the app's."""
    target = tmp_path / "brief.md"
    store = Store.open(store_path)
    add_article(store, "Code of conduct talks", "Lazaro spoke.")
    app = DiplotuiApp(store)
    said = app.call_from_thread

    def slow_to_return(callback, *args, **kwargs):
        result = said(callback, *args, **kwargs)
        time.sleep(0.3)  # the dialog unmounts meanwhile
        return result

    monkeypatch.setattr(app, "call_from_thread", slow_to_return)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("x")
        await pilot.pause()
        app.screen.query_one("#export-path", Input).value = str(target)
        await pilot.press("enter")
        writing = [worker for worker in app.workers if worker.name == "export"]
        await app.workers.wait_for_complete()
        assert [worker.state for worker in writing] == [WorkerState.SUCCESS]
        assert isinstance(app.screen, MainScreen)
    store.close()
    assert target.read_text(encoding="utf-8").startswith("# ")
