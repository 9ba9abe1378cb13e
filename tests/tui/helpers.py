"""Driving the app with real keys from tests."""

from __future__ import annotations

from textual.app import App
from textual.pilot import Pilot

_KEY_NAMES = {
    " ": "space",
    ",": "comma",
    ".": "full_stop",
    "-": "minus",
    "#": "number_sign",
    "/": "slash",
    ":": "colon",
    "'": "apostrophe",
    '"': "quotation_mark",
    "?": "question_mark",
    "\n": "enter",
}


async def type_text(pilot: Pilot, text: str) -> None:
    """Press one key per character, as a person typing would."""
    await pilot.press(*(_KEY_NAMES.get(char, char) for char in text))


START_UP_PAUSES = 1000
"""A bound, not a wait: each pause returns once the app is idle, whatever the machine's load."""


async def settle(app: App[object], pilot: Pilot[object]) -> None:
    """Until no worker runs and what the last one handed the UI is handled: after a key whose
    work runs in a worker (an import, a sync, a refresh, a search)."""
    for _ in range(START_UP_PAUSES):
        await pilot.pause()
        if not app.workers:
            return
        await app.workers.wait_for_complete()
    raise AssertionError("the app's workers never finished")


async def settle_start_up(app: App[object], pilot: Pilot[object]) -> None:
    """Until the work a start-up sets going is done and what it hands the UI is handled: the
    facets worker (started after the first frame), then the search index and entity cache
    workers the facets start (they read every article's text into memory). A test that
    then changes the store behind the app's back (its folder removed) finds the same app
    however loaded the machine: one pause is not always enough for these workers to begin
    (``settle`` alone can return before they have)."""
    from diplotui.tui.screens.main import MainScreen

    [main] = [screen for screen in app.screen_stack if isinstance(screen, MainScreen)]
    for _ in range(START_UP_PAUSES):
        await settle(app, pilot)
        # A start from the list snapshot opens the store after its first frame.
        if getattr(app, "store", None) is not None and main.library_actions.state.indexing:
            return
    raise AssertionError("the start-up's background work never finished")


def screen_cells(app: App[object]) -> list[list[tuple[str, object]]]:
    """What the top screen shows now, one (character, style) per cell, line by line, drawn
    from the lines each widget keeps between frames (a widget that redraws only the lines it
    changed keeps the rest)."""
    return [
        [(char, segment.style) for segment in strip for char in segment.text]
        for strip in app.screen._compositor.render_strips()
    ]


async def redrawn_whole(app: App[object], pilot: Pilot[object]) -> list[list[tuple[str, object]]]:
    """The top screen's cells after every widget on it is drawn again from scratch: equal to
    :func:`screen_cells` when a partial redraw left no stale line."""
    for widget in app.screen.walk_children():
        widget.refresh()
    await pilot.pause()
    return screen_cells(app)
