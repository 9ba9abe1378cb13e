"""What the screen shows, compared with committed SVG snapshots (pytest-textual-snapshot).

The app is built by the command line's own factory on the bundled seeds in a temporary store,
at 80x24 (the narrow layout) and 120x40. Everything that depends on time is pinned before the
picture is taken: entity recognition has finished, text cursors do not blink, notifications
(which expire) are cleared. See tests/README.md for how to look at and update the snapshots.
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

STATES: dict[str, tuple[str, ...]] = {
    "list": (),
    "reader_cursor": (*OPEN, "j", "j"),
    "selection": (*OPEN, "j", "v", "j", "w", "w"),
    "highlight_colours": (*OPEN, *(k for digit in "12345" for k in ("j", digit)), "j"),
    "find_bar": (*OPEN, "slash", "t", "h", "e"),
    "find_matches": (*OPEN, "slash", "t", "h", "e", "enter", "n"),
    "sidebar_focused": (*OPEN, "1", "right_square_bracket", "tab", "j"),
    "help": ("question_mark",),
    "dialog_tags": ("t",),
    "dialog_untag": ("t", "a", "s", "e", "a", "n", "enter", "T"),
    "dialog_details": ("i",),
    "dialog_export": ("x",),
    "dialog_import": ("I",),
    "dialog_quote_history": ("Q",),
    "dialog_filter": ("f",),
    "dialog_note": (*OPEN, "n"),
    "dialog_highlight_tag": (*OPEN, "1", "number_sign"),
    "dialog_entity_correction": (*OPEN, "greater_than_sign", "E"),
    "dialog_confirm": ("home", "d"),  # delete the saved filter folder (made below)
    "statements_view": ("W",),
    "statements_filtered": ("W", "t", "r", "u", "n", "g"),
}


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


def driving(keys: tuple[str, ...]) -> Callable[[Pilot], object]:
    """Press ``keys`` one at a time, letting workers (recognition, imports) finish after
    each; notifications (they expire) are cleared."""

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

    return run_before


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("state", STATES)
def test_screen(state: str, size: str, seeded_app: App[None], snap_compare) -> None:
    assert snap_compare(seeded_app, terminal_size=SIZES[size], run_before=driving(STATES[state]))


READING_STATES = {
    "unread_and_feeds": ("home",),  # the feeds section and the unread dots
    "one_feed": ("home", "j", "enter"),  # the articles of the first feed
}


@pytest.fixture
def reading_app(store_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[App[None]]:
    """The seeded app with two feeds; the newest article came from one of them, unread."""
    from diplotui.model import Feed

    monkeypatch.delenv("NO_COLOR", raising=False)
    store, _ = open_for_app(store_path, read_only=False)
    store.save_feed(Feed(id="aaaa", url="http://127.0.0.1:9/un.xml", name="UN News"))
    store.save_feed(Feed(id="bbbb", url="http://127.0.0.1:9/mofa.xml", name="Foreign Ministry"))
    newest = LibraryQuery().apply(store)[0]  # the other seed stays read
    store.with_updates(newest, feed_id="aaaa", state="unread")
    store.close()
    app = build_app(store_path, read_only=False)
    yield app
    if app.store is not None:
        app.store.close()


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("state", READING_STATES)
def test_reading_screen(state: str, size: str, reading_app: App[None], snap_compare) -> None:
    keys = READING_STATES[state]
    assert snap_compare(reading_app, terminal_size=SIZES[size], run_before=driving(keys))
