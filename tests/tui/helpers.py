"""Driving the app with real keys from tests."""

from __future__ import annotations

import asyncio
import contextlib
import time
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from threading import Event
from typing import TYPE_CHECKING, Any, TypeVar

from textual import events
from textual._compositor import CompositorUpdate
from textual.app import App
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input

if TYPE_CHECKING:
    from diplotui.library.statements import StatementIndex
    from diplotui.tui.dialogs.timeline import TimelineScreen
    from diplotui.tui.screens.main import MainScreen

ScreenT = TypeVar("ScreenT", bound=Screen[Any])
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


def recorded_updates(app: App[object]) -> list[str]:
    """The kinds of update the app sends the terminal from now on, in order (a whole screen,
    or some of its lines): what a test reads to tell a full repaint from a partial one."""
    updates: list[str] = []
    display = app._display

    def recording(screen: object, renderable: object) -> None:
        if renderable is not None:
            updates.append(type(renderable).__name__)
        display(screen, renderable)  # type: ignore[arg-type]

    app._display = recording  # type: ignore[method-assign]
    return updates


def keep_every_notice(monkeypatch: Any) -> None:
    """Keep each notice a ``DiplotuiApp`` raises, in order, until it clears its notices (as a
    dialog opening does): one notice shows at a time, so a newer one can take its place
    before a test looks (a refresh's result replaced "Subscribed to …" under load, for 60 s).
    Every UI test keeps them (tests/tui/conftest.py); :func:`notices_said` reads them."""
    from diplotui.tui.app import DiplotuiApp

    on_notify, clear = DiplotuiApp._on_notify, DiplotuiApp.clear_notifications

    def keeping(app: DiplotuiApp, event: Any) -> None:
        vars(app).setdefault(_SAID, []).append(event.notification)
        on_notify(app, event)

    def clearing(app: DiplotuiApp) -> None:
        vars(app)[_SAID] = []
        clear(app)

    monkeypatch.setattr(DiplotuiApp, "_on_notify", keeping)
    monkeypatch.setattr(DiplotuiApp, "clear_notifications", clearing)


_SAID = "_notices_said"


def notices_said(app: App[Any]) -> list[str]:
    """Every notice the app raised since it last cleared them, in order: the one shown now
    and those a newer one replaced."""
    return [str(notice.message) for notice in vars(app).get(_SAID, [])]


def recorded_frames(app: App[object]) -> list[str]:
    """The text of every frame the app draws from now on, in order: what a test reads to
    see each step a change took on screen, not only where it ended."""
    frames: list[str] = []
    display = app._display

    def recording(screen: object, renderable: object) -> None:
        display(screen, renderable)  # type: ignore[arg-type]
        if renderable is not None:
            frames.append(screen_text(app))

    app._display = recording  # type: ignore[method-assign]
    return frames


def terminal_writes(app: App[Any]) -> list[Exception]:
    """Every update turned into what a real terminal would be sent (a headless app sends
    none): the errors doing so raised."""
    failures: list[Exception] = []
    display = app._display

    def written(screen: Any, renderable: Any) -> None:
        if isinstance(renderable, CompositorUpdate):
            try:
                renderable.render_segments(app.console)
            except Exception as error:
                failures.append(error)
        display(screen, renderable)

    app._display = written  # type: ignore[method-assign]
    return failures


async def type_text(pilot: Pilot, text: str) -> None:
    """Press one key per character, as a person typing would."""
    await pilot.press(*(_KEY_NAMES.get(char, char) for char in text))


async def type_as_a_terminal(app: App[Any], pilot: Pilot[Any], text: str) -> None:
    """One key per code point, a combining mark too, as a terminal sends decomposed text (a
    Vietnamese input method's "combining" mode types "Hà" as H, a and a combining grave), and
    a joiner or a no-break space as a Persian or French keyboard types it: Pilot's press finds
    no character for such a key's name and drops it, so it is posted as the driver would
    post it."""
    for char in text:
        if unicodedata.combining(char) or not char.isprintable():
            name = unicodedata.name(char).lower().replace("-", "_").replace(" ", "_")
            app.post_message(events.Key(name, char))
            await pilot.pause()
        else:
            await type_text(pilot, char)


START_UP_SECONDS = 60.0
"""A bound, not a wait: each pause returns once the app is settled, whatever the machine's
load. In seconds, not pauses: a settled pause can return within a millisecond
(``tests/settle.py``), so a count of pauses would bound nothing on a fast machine."""


def until_bound() -> Iterator[None]:
    """Turns of a polling loop, for at most ``START_UP_SECONDS``."""
    deadline = time.monotonic() + START_UP_SECONDS
    while time.monotonic() < deadline:
        yield


async def until_statements_view_built(app: App[object], pilot: Pilot[object]) -> None:
    """Until the Statements view the app builds ahead, once start-up is idle, is mounted."""
    state = app.screen.statement_actions.state  # type: ignore[attr-defined]
    for _ in until_bound():
        await pilot.pause(0.02)
        if state.view is not None and state.view.is_mounted:
            return


async def settle(app: App[object], pilot: Pilot[object]) -> None:
    """Until no worker runs and what the last one handed the UI is handled: after a key whose
    work runs in a worker (an import, a sync, a refresh, a search)."""
    for _ in until_bound():
        await pilot.pause()
        if not app.workers:
            return
        await app.workers.wait_for_complete()
    raise AssertionError("the app's workers never finished")


async def open_statements_view(app: App[object], pilot: Pilot[object]) -> None:
    """Press ``W`` once start-up's workers are done, then wait until the view shows every
    article's statements: the view starts its finding worker after its first frame, so the
    workers running just after the key could be none yet."""
    await settle(app, pilot)
    await pilot.press("W")
    main = shown_main_screen(app)
    assert main is not None
    state = main.statement_actions.state
    for _ in until_bound():
        await settle(app, pilot)
        if state.index is not None and not state.filling and not state.pending:
            return
    raise AssertionError("the statements view never finished finding statements")


async def timeline_from_the_view(
    app: App[object], pilot: Pilot[object], typed: str, *moves: str
) -> TimelineScreen:
    """``W`` with ``typed`` in its filter, then ``L`` on its statements' first row (or the row
    ``moves`` go to): the timeline, once its entries are shown."""
    from diplotui.tui.dialogs.timeline import TimelineScreen as Shown

    await open_statements_view(app, pilot)
    await type_text(pilot, typed)
    await pilot.press("shift+tab", *moves, "L")
    await settle(app, pilot)
    timeline = app.screen
    assert isinstance(timeline, Shown)
    return timeline


async def opened_from_the_view_over(
    app: App[object],
    pilot: Pilot[object],
    key: str,
    typed: str,
    gate: Event,
    done: Callable[[], bool],
) -> tuple[str, int, int]:
    """``key`` starts a worker the test holds at ``gate`` (a refresh, a sync); ``W`` is
    opened meanwhile (its statements found without waiting for that worker) and ``typed``
    into its filter; then the worker is let go, and once ``done()`` and every worker is,
    ``enter`` twice in the view still shown (to its rows, then the first opened): the
    article the reader opened and its cursor's span."""
    from diplotui.tui.dialogs.statements import StatementsScreen
    from diplotui.tui.widgets.reader import Reader

    main = shown_main_screen(app)
    assert main is not None
    state = main.statement_actions.state
    await pilot.press(key, "W")
    for _ in until_bound():
        await pilot.pause(0.05)
        if state.index is not None and not state.filling and not state.pending:
            break
    assert isinstance(app.screen, StatementsScreen)
    await type_text(pilot, typed)
    gate.set()
    for _ in until_bound():
        await pilot.pause(0.05)
        if done():
            break
    await app.workers.wait_for_complete()
    await settle(app, pilot)
    assert isinstance(app.screen, StatementsScreen)
    await pilot.press("enter", "enter")
    await app.workers.wait_for_complete()
    await settle(app, pilot)
    reader = app.screen.query_one(Reader)
    return (reader.article_id or "", *reader.cursor_span)


def statements_index(app: App[object]) -> StatementIndex:
    """The index the Statements view lists, as the main screen holds it (after
    :func:`open_statements_view`)."""
    main = shown_main_screen(app)
    assert main is not None
    index = main.statement_actions.state.index
    assert index is not None
    return index


async def settle_start_up(app: App[object], pilot: Pilot[object]) -> None:
    """Until the work a start-up sets going is done and what it hands the UI is handled: the
    facets worker (started after the first frame), then the search index and entity cache
    workers the facets start (they read every article's text into memory). A test that
    then changes the store behind the app's back (its folder removed) finds the same app
    however loaded the machine: one pause is not always enough for these workers to begin
    (``settle`` alone can return before they have)."""
    for _ in until_bound():
        await settle(app, pilot)
        # A start from the list snapshot shows the main screen, and opens the store, after
        # its first frame.
        main = shown_main_screen(app)
        opened = main is not None and getattr(app, "store", None) is not None
        if opened and main is not None and main.library_actions.state.indexing:
            return
    raise AssertionError("the start-up's background work never finished")


async def until_screen(app: App[object], pilot: Pilot[object], kind: type[ScreenT]) -> ScreenT:
    """The top screen once it is a ``kind`` (a dialog opened by a key, or unasked)."""
    for _ in until_bound():
        screen = app.screen
        if isinstance(screen, kind):
            await pilot.pause()
            return screen
        await pilot.pause(0.02)
    raise AssertionError(f"no {kind.__name__}: {app.screen!r}")


def shown_main_screen(app: App[object]) -> MainScreen | None:
    from diplotui.tui.screens.main import MainScreen

    return next((s for s in app.screen_stack if isinstance(s, MainScreen)), None)


async def until_main_screen(app: App[object], pilot: Pilot[object]) -> MainScreen:
    """The main screen, once it has taken the place of the first frame drawn from the list
    snapshot (a start with the store given shows it first) and holds its panes (under load
    it was once in the stack with its reader not yet mounted)."""
    for _ in until_bound():
        main = shown_main_screen(app)
        if main is not None and main.query("Reader"):
            return main
        await pilot.pause()
    raise AssertionError("the main screen never took the first frame's place")


async def until_store_open(app: App[object], pilot: Pilot[object]) -> MainScreen:
    """The main screen, once the store the first frame was drawn without is open and the
    keys typed meanwhile have been handed to it."""
    main = await until_main_screen(app, pilot)
    for _ in until_bound():
        if getattr(app, "store", None) is not None and getattr(app, "_held_input", 0) is None:
            await pilot.pause()  # the keys released are handled
            return main
        await pilot.pause()
    raise AssertionError("the store never opened after the first frame")


def screen_cells(app: App[object]) -> list[list[tuple[str, object]]]:
    """What the top screen shows now, one (character, style) per cell, line by line, drawn
    from the lines each widget keeps between frames (a widget that redraws only the lines it
    changed keeps the rest)."""
    return [
        [(char, segment.style) for segment in strip for char in segment.text]
        for strip in app.screen._compositor.render_strips()
    ]


def pane_lines(app: App[object], pane: Widget) -> list[str]:
    """The rows ``pane`` shows inside its border now, each without its trailing blanks."""
    region = pane.content_region
    return [
        "".join(char for char, _ in row[region.x : region.right]).rstrip()
        for row in screen_cells(app)[region.y : region.bottom]
    ]


def pane_words(app: App[object], pane: Widget) -> str:
    """The words ``pane`` shows inside its border now, its rows joined by single spaces: a
    message wrapped over rows read as one line."""
    return " ".join(" ".join(pane_lines(app, pane)).split())


def screen_text(app: App[object]) -> str:
    """What the top screen shows now, as text, line by line."""
    return "\n".join("".join(char for char, _ in line) for line in screen_cells(app))


async def turn_wheel(
    pilot: Pilot[Any], widget: Widget, notches: int = 1, *, down: bool = True
) -> None:
    """Turn the mouse wheel over ``widget``, a frame drawn after each notch."""
    for _ in range(notches):
        if down:
            widget.post_message(events.MouseScrollDown(widget, 5, 5, 0, 1, 1, False, False, False))
        else:
            widget.post_message(events.MouseScrollUp(widget, 5, 5, 0, -1, 1, False, False, False))
        await pilot.pause()


def bottom_line(app: App[object]) -> str:
    """The text of the top screen's last line (the footer of keys on the main screen)."""
    return "".join(char for char, _ in screen_cells(app)[-1])


async def redrawn_whole(app: App[object], pilot: Pilot[object]) -> list[list[tuple[str, object]]]:
    """The top screen's cells after every widget on it is drawn again from scratch: equal to
    :func:`screen_cells` when a partial redraw left no stale line."""
    for widget in app.screen.walk_children():
        widget.refresh()
    await pilot.pause()
    return screen_cells(app)


async def import_in_app(app: App[object], pilot: Pilot[object], folder: Path) -> str:
    """Import ``folder`` from the app's dialog (``I``); the dialog's status line afterwards."""
    from diplotui.tui.dialogs.import_files import ImportScreen

    await pilot.press("I")
    assert isinstance(app.screen, ImportScreen)
    app.screen.query_one("#import-path", Input).value = str(folder)
    await pilot.press("enter")
    await settle_start_up(app, pilot)
    return str(app.screen.query_one("#import-status").render())


HELD = 10.0
"""Seconds a held call waits at most (``held_off_the_ui_thread``, ``held_on_the_event_loop``):
made on the UI thread, as what it tests replaced, it would hold the keys that long, then fail
the test's assertion on the thread rather than hang."""


def held_off_the_ui_thread(monkeypatch: Any, owner: object, name: str) -> tuple[Event, list[bool]]:
    """Hold ``owner.name``'s calls until the event returned is set; the list returned says,
    call by call, whether it ran off the UI thread (a thread the app started)."""
    import threading

    release = Event()
    calls: list[bool] = []
    call = getattr(owner, name)

    def held(*args: Any) -> Any:
        calls.append(threading.current_thread() is not threading.main_thread())
        release.wait(HELD)
        return call(*args)

    monkeypatch.setattr(owner, name, held)
    return release, calls


def held_on_the_event_loop(
    monkeypatch: Any, owner: object, name: str
) -> tuple[asyncio.Event, list[bool]]:
    """Hold ``owner.name``'s calls (a coroutine function's) at an ``await`` until the event
    returned is set, the event loop answering keys meanwhile; the list returned says, call by
    call, whether it ran on the UI thread."""
    import threading

    release = asyncio.Event()
    calls: list[bool] = []
    call = getattr(owner, name)

    async def held(*args: Any) -> Any:
        calls.append(threading.current_thread() is threading.main_thread())
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(release.wait(), HELD)
        return await call(*args)

    monkeypatch.setattr(owner, name, held)
    return release, calls


def bottom_row(app: App[object]) -> str:
    """The letters of the screen's last row: the main screen's footer of keys."""
    return "".join(char for char, _ in screen_cells(app)[-1])


async def open_filter_field(app: App[Any], pilot: Pilot[None], field_id: str) -> Any:
    """The library's filter dialog opened by `f` from the list once the app has settled, its
    field ``field_id`` (an ``EditField``) focused for typing."""
    from diplotui.tui.dialogs.filter import FilterScreen
    from diplotui.tui.widgets.article_list import ArticleList
    from diplotui.tui.widgets.fields import EditField

    await app.workers.wait_for_complete()
    await pilot.pause()
    app.screen.query_one(ArticleList).focus()
    await pilot.press("f")
    await pilot.pause()
    assert isinstance(app.screen, FilterScreen)
    field = app.screen.query_one(f"#{field_id}", EditField)
    field.focus()
    return field
