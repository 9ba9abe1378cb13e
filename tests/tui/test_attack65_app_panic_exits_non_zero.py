"""Textual's driver ends the app by ``panic`` when its input thread dies (the traceback shown
as the app ends), and the process exited 0, as if all had gone well: a script or a shell's
``&&`` went on after a crash (attack64's rest, attack65). A panic is now the app's failure."""

from __future__ import annotations

from rich.traceback import Traceback

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp


def _boom() -> Traceback:
    try:
        raise RuntimeError("the input thread died")
    except RuntimeError:
        return Traceback()


async def test_the_input_threads_death_ends_the_app_as_a_failure(store_path):
    store = Store.open(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.call_later(app.panic, _boom())  # what Textual's POSIX driver does
    store.close()
    assert app.return_code == 1


async def test_a_quit_still_ends_the_app_well(store_path):
    store = Store.open(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("q")
        await pilot.pause()
    store.close()
    assert app.return_code == 0
