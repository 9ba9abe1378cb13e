"""What the snapshot tests share: the screen sizes, the seeded app and the key driver.

The snapshots are split over two test files so that test workers (one file each) can take
them in parallel; the pictures of each live under ``__snapshots__/<file name>/``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from diplotui.library import LibraryQuery
from diplotui.model import SavedFilter
from diplotui.tui.launch import build_app, open_for_app

SIZES = {"80x24": (80, 24), "120x40": (120, 40)}
OPEN = ("enter",)  # open the first article; the reader has the focus


@pytest.fixture
def seeded_app(store_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[App[None]]:
    """The app as ``diplotui`` starts it, on a store its first run seeded (so no first-run
    notice) plus one saved filter folder, in the default theme with colours on."""
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.chdir("/")  # the export dialog offers a file in the working folder
    # Text cursors do not blink: the blink timers' callbacks (Textual's) do nothing.
    monkeypatch.setattr(Input, "_toggle_cursor", lambda self: None)
    monkeypatch.setattr(TextArea, "_toggle_cursor_blink_visible", lambda self: None)
    store, _ = open_for_app(store_path, read_only=False)
    store.save_filter(SavedFilter(name="annotated", query=LibraryQuery(annotated=True).to_dict()))
    store.close()
    app = build_app(store_path, read_only=False)
    yield app
    if app.store is not None:
        app.store.close()


def driving(keys: tuple[str, ...], noticed: tuple[str, ...] = ()) -> Callable[[Pilot], object]:
    """Press ``keys`` one at a time, letting workers (recognition, imports) finish after
    each; notifications (they expire) are cleared. Then ``noticed``, whose notices stay: in
    the test process a notice lasts the test (tests/conftest.py)."""

    async def run_before(pilot: Pilot) -> None:
        app = pilot.app
        for key in keys:
            await pilot.press(key)
            await app.workers.wait_for_complete()
            await pilot.pause()
            # A toast stays on the screen it was shown on until its timer ends, even under a
            # dialog opened next, so each is cleared while its screen is the current one.
            app.clear_notifications()
            await pilot.pause()
        for key in noticed:
            await pilot.press(key)
            await app.workers.wait_for_complete()
            await pilot.pause()

    return run_before
