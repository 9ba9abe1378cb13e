"""What the screen shows, compared with committed SVG snapshots (pytest-textual-snapshot).

The app is built by the command line's own factory on the bundled seeds in a temporary store,
at 80x24 (the narrow layout) and 120x40. Everything that depends on time is pinned before the
picture is taken: entity recognition has finished, text cursors do not blink, notifications
(which expire) are cleared. See tests/README.md for how to look at and update the snapshots.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.app import App

from diplotui.library import LibraryQuery
from diplotui.tui.launch import build_app, open_for_app
from tests.tui.snapshot_support import OPEN, SIZES, driving, seeded_app

__all__ = ["seeded_app"]  # the fixture, used by name

STATES: dict[str, tuple[str, ...]] = {
    "list": (),
    "reader_cursor": (*OPEN, "j", "j"),
    "selection": (*OPEN, "j", "v", "j", "w", "w"),
    "highlight_colours": (*OPEN, *(k for digit in "12345" for k in ("j", digit)), "j"),
    "find_bar": (*OPEN, "slash", "t", "h", "e"),
    "find_matches": (*OPEN, "slash", "t", "h", "e", "enter", "n"),
    "sidebar_focused": (*OPEN, "1", "right_square_bracket", "tab", "j"),
    "help": ("question_mark",),
    # the palette's Keys: the reader's keys that act, in the words of ? (no sideways scrolls)
    "keys_panel": (*OPEN, "ctrl+p", "k", "e", "y", "s", "enter"),
    "statements_view": ("W",),
    "statements_filtered": ("W", "t", "r", "u", "n", "g"),
}


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


SMALL = (40, 12)
"""A small terminal, where the Statements view sheds its lists' margins (its dialogs are in
test_snapshots_dialogs.py; tests/tui/test_small_dialogs.py drives them all)."""
SMALL_STATES = {"statements_view": STATES["statements_view"]}


@pytest.mark.parametrize("state", SMALL_STATES)
def test_small_screen(state: str, seeded_app: App[None], snap_compare) -> None:
    assert snap_compare(seeded_app, terminal_size=SMALL, run_before=driving(SMALL_STATES[state]))


@pytest.mark.parametrize("size", [*SIZES, "40x12"])
def test_statements_view_with_a_notice(size: str, seeded_app: App[None], snap_compare) -> None:
    """``y`` in the speakers says how to copy a statement: the notice takes a line of its
    own above the view, whose title, count, filter and key line stay in sight."""
    terminal = SIZES.get(size, SMALL)
    keys = driving(("W", "tab"), noticed=("y",))
    assert snap_compare(seeded_app, terminal_size=terminal, run_before=keys)
