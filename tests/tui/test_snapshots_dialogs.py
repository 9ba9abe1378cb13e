"""The dialogs as the screen shows them, compared with committed SVG snapshots (the rest of
the screens are in test_snapshots.py; both share tests/tui/snapshot_support.py)."""

from __future__ import annotations

import pytest
from textual.app import App

from tests.tui.snapshot_support import OPEN, SIZES, driving, seeded_app

__all__ = ["seeded_app"]  # the fixture, used by name

STATES: dict[str, tuple[str, ...]] = {
    "dialog_tags": ("t",),
    "dialog_untag": ("t", "a", "s", "e", "a", "n", "enter", "T"),
    "dialog_details": ("i",),
    "dialog_export": ("x",),
    "dialog_import": ("I",),
    "dialog_quote_history": ("Q",),
    "dialog_filter": ("f",),
    "dialog_note": (*OPEN, "n"),
    "dialog_note_edited_escape": (*OPEN, "n", "a", "escape"),  # save, keep as a draft...
    "dialog_highlight_tag": (*OPEN, "1", "number_sign"),
    "dialog_entity_correction": (*OPEN, "greater_than_sign", "E"),
    "dialog_confirm": ("home", "d"),  # delete the saved filter folder (seeded_app makes it)
}


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("state", STATES)
def test_screen(state: str, size: str, seeded_app: App[None], snap_compare) -> None:
    assert snap_compare(seeded_app, terminal_size=SIZES[size], run_before=driving(STATES[state]))


SMALL = (40, 12)
"""A small terminal: each dialog sheds its margins, its fields take a line each, its key
line stays in view and what does not fit scrolls (tests/tui/test_small_dialogs.py drives
them all; these show a few as drawn)."""
SMALL_STATES: dict[str, tuple[str, ...]] = {
    "dialog_filter": STATES["dialog_filter"],
    "dialog_filter_last_field": (*STATES["dialog_filter"], *("tab",) * 7),
    "dialog_details": STATES["dialog_details"],
    "dialog_note": STATES["dialog_note"],
    "dialog_confirm": STATES["dialog_confirm"],
    "dialog_feed_add": ("A",),
}


def test_small_help_after_a_notice(seeded_app: App[None], snap_compare) -> None:
    """The help opened just after a notice: the notice above it, the help moved down under
    it with its key line in sight (at the foot, the notice covered it)."""
    keys = driving((*OPEN, "j"), noticed=("c", "question_mark"))  # "Citation style: …"
    assert snap_compare(seeded_app, terminal_size=SMALL, run_before=keys)


@pytest.mark.parametrize("state", SMALL_STATES)
def test_small_screen(state: str, seeded_app: App[None], snap_compare) -> None:
    assert snap_compare(seeded_app, terminal_size=SMALL, run_before=driving(SMALL_STATES[state]))
