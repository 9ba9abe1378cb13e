"""The Textual application: owns the store for the session and shows the main screen."""

from __future__ import annotations

import asyncio
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import partial
from typing import TYPE_CHECKING, cast

from rich.console import RenderableType
from textual import events, work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.dom import NoScreen
from textual.message import Message
from textual.notifications import Notification, Notify
from textual.screen import Screen
from textual.worker import WorkerFailed

from diplotui.errors import os_error_line
from diplotui.library.priority import KeyWatch
from diplotui.paths import bundled_dir
from diplotui.store import StoreCorrupt, StoreError, store_stamp
from diplotui.store.collection import resume_after_start_up
from diplotui.tui.dialogs import DIALOG_STYLES
from diplotui.tui.keys import acts
from diplotui.tui.layouts import counted_in_place, sized_in_place, sized_once
from diplotui.tui.providers import KeyProvider, LibraryProvider, QuestionProvider, as_written
from diplotui.tui.store_writes import REFRESH_GROUP, WriteHandOver, WritesHanded
from diplotui.tui.strips import made_on_first_use

made_on_first_use()  # a strip's caches (src/diplotui/tui/strips.py)
sized_in_place()  # a field's text width lays nothing out (src/diplotui/tui/layouts.py)
sized_once()  # nor a layout's own size updates (the same)
counted_in_place()  # nor a fixed-size option list's new line count (the same)

if TYPE_CHECKING:  # imported after the first frame, which a kept list snapshot draws alone
    from textual.dom import DOMNode
    from textual.message_pump import MessagePump
    from textual.timer import Timer
    from textual.widget import Widget

    from diplotui.library.kept_list import ListSnapshot
    from diplotui.library.snapshot import CaughtUp
    from diplotui.store import Store

StoreOpener = Callable[[], "tuple[Store, list[str]]"]
"""Opens the store, returning it with notices for the user (raises StoreError)."""
SNAPSHOT_GROUP = "snapshot"
KEY_PASS_LIMIT = 0.5
"""Seconds a key waits at most for the one before it (whose widget may have gone meanwhile,
its :class:`KeyPassed` with it) or for a new screen's first frame."""
NOTICE_SECONDS = 8.0
"""How long a start-up notice (a record set aside, a backup taken) stays once a frame showed it."""


@dataclass
class StartNotice(Notification):
    """A start-up notice, whose time runs from its toast, not from when it was raised: a
    notification's toast lasts the time the notification has left when the toast is made
    (``time_left``), and under a heavy load the first frame came after a notice's 8 s, so a
    record set aside was never said. Until its toast is made (for the frame that shows it)
    it never expires; from then on its ``timeout`` runs, and the toast's timer ends it."""

    shown_at: float | None = field(default=None, repr=False)

    @property
    def time_left(self) -> float:
        """The whole timeout, asked first as its toast is made; then what is left of it."""
        if self.shown_at is None:
            self.shown_at = time.monotonic()
        return self.shown_at + self.timeout - time.monotonic()

    @property
    def has_expired(self) -> bool:
        return self.shown_at is not None and self.time_left <= 0


def _same_notice(one: Notification, other: Notification) -> bool:
    """Whether ``other`` says again what ``one`` says."""
    return (one.message, one.title, one.severity) == (other.message, other.title, other.severity)


def _waits_its_turn(notice: Notification) -> bool:
    """Whether ``notice``, displaced by a newer one, is shown again after it: warnings,
    errors and the start's notices (data set aside, a backup) must be read; information
    (what a key did, what a refresh brought) is out of date once something newer is said."""
    return notice.severity != "information" or isinstance(notice, StartNotice)


def _more_to_come(notice: Notification, waiting: int) -> Notification:
    """``notice`` as shown while ``waiting`` others wait their turn: it says how many."""
    if not waiting:
        return notice
    return replace(notice, message=f"{notice.message} ({waiting} more to come)")


def _afresh(notice: Notification) -> Notification:
    """``notice`` brought back after waiting, its time on screen whole again."""
    if isinstance(notice, StartNotice):
        return replace(notice, shown_at=None)
    return replace(notice, raised_at=time.time())


QUIT_SAYS = "Quit the app and return to the command prompt."
"""The palette's one Quit entry's words after its name, Textual's ctrl+q's."""


class Welcome(str):
    """The start-up line of a first run (the bundled articles imported, and where): the
    empty reader says it above its hint, where it stays until an article is opened. As a
    toast it covered the panes' bottom edges for its 8 s (two rows at 60 columns, the
    reader's label and the list's count under them), and went before it was read."""


def _keeps_letters(widget: Widget | None) -> bool:
    """Whether ``widget`` is a text field, which keeps the printable keys it is given."""
    from textual.widgets import Input

    text_area = sys.modules.get("textual.widgets._text_area")  # imported by the note dialog
    return isinstance(widget, Input) or (
        text_area is not None and isinstance(widget, text_area.TextArea)
    )


class HeldInputReleased(Message):
    """The main screen is complete: the keys held until now are handled, then all later."""


class KeyPassed(Message):
    """Sent right after a key to the widget given it, it bubbles up to the app as the key
    does: when it arrives, every widget on the key's way has handled it (or kept it, as a
    text field keeps letters) and the app has run the bindings it reached. Then, but for
    letters, it follows ``again`` through the widget, after the messages the key's handlers
    posted to it meanwhile (``enter`` in a field: the Submitted that closes the dialog)."""

    def __init__(
        self, key: events.Key, serial: int, widget: MessagePump, again: bool = False
    ) -> None:
        super().__init__()
        self.key = key
        self.serial = serial  # the key's number, in the order keys were given
        self.widget = widget
        self.again = again


THEMES = ("textual-dark", "textual-light", "dracula")
"""The themes the palette offers ("Theme"): those every letter reads at 4.5:1 or more in
(tests/tui/test_contrast.py checks each). Textual's others each had text under it: the
Statements view's filter hint (nord 3.7:1, solarized-light 2.4:1), the footer's keys, a
question's buttons (gruvbox 4.2:1), a focused list's chosen row (rose-pine 4.3:1 in 256
colours) or the reader's words."""

COPY_SELECTED = "screen.copy_text"
"""Textual's copy of the text selected with the mouse (ctrl+c): offered by the palette only
while there is some. Chosen with none, "Copy selected text" did nothing and said nothing
(the reader's own selection, v, is copied with y)."""

ON_ARTICLE = frozenset({"add_tags", "remove_tag", "edit_metadata", "delete_article"})
"""The main screen's actions on one article (``MainScreen.target_article``): their palette
entries name it, so an entry chosen with the list focused says it acts on the selected row,
not on the article being read."""


class DiplotuiApp(App[None]):
    """diplotui: read, annotate and quote diplomacy news from the keyboard.

    Given a ``snapshot`` and an ``open_store`` instead of a store, the first frame shows the
    snapshot's list (drawn by a screen that needs neither the store nor the model), the main
    screen takes its place and opens the store right after it (a stale snapshot is then
    caught up). Until the main screen is complete (:meth:`release_input`), keys are kept,
    then handled in order.
    """

    TITLE = "diplotui"
    SNAPSHOT_SECONDS = 5.0
    """How often the list snapshot is brought up to date while the app runs."""
    COMMANDS = {
        KeyProvider,
        LibraryProvider,
        QuestionProvider,
    }  # KeyProvider: Textual's system commands' own
    CSS_PATH = [
        str(path)
        for path in sorted(bundled_dir("styles").glob("*.tcss"))
        if path.name != DIALOG_STYLES  # loaded by the first dialog, not before the first frame
    ]
    BINDINGS = [
        Binding("q", "quit", "Quit"),
        Binding("question_mark", "help", "Help", key_display="?"),
    ]

    def __init__(
        self,
        store: Store | None,
        notices: Iterable[str] = (),
        *,
        snapshot: ListSnapshot | None = None,
        open_store: StoreOpener | None = None,
    ) -> None:
        super().__init__()
        for theme in set(self.available_themes) - set(THEMES):
            self.unregister_theme(theme)
        if (store is None) == (open_store is None):
            raise ValueError("give either a store or a way to open one")
        self.store = store
        self._notices: list[str] = []
        self.welcome = ""
        """A first run's line (:class:`Welcome`), said by the empty reader, not a toast."""
        self._take_notices(notices)
        self._snapshot = snapshot
        self._open_store = open_store
        self._held_input: list[events.InputEvent] | None = []
        self._waiting_keys: deque[events.Key] = deque()  # behind a key being handled
        self._in_flight: dict[int, MessagePump] = {}  # keys given, whose KeyPassed is not back
        self._typing_into: Widget | None = None  # the text field every key in flight went to
        self._drawn_screen: Screen[object] | None = None  # the screen the last frame showed
        self._keys_given = 0
        self._waiting: list[Notification] = []  # notices displaced, to be shown again
        self._shown_from: Notification | None = None  # the notice shown, as it was said
        self._unstick: Timer | None = None  # gives keys on if the one before never comes back
        self.start_error: str | None = None
        self._kept_stamp = snapshot.store_stamp if snapshot and snapshot.current else None
        self.keys = KeyWatch()
        """Whether a key is being handled: background work waits for its frame."""
        self.writes = WriteHandOver()
        """The store writes workers hand to the UI thread (``diplotui.tui.store_writes``)."""

    async def action_quit(self) -> None:
        """Quit, unless a dialog on top holds typed work (a note) and asks about it first."""
        from diplotui.tui.dialogs.dialog import Dialog  # a dialog on top has imported it

        screen = self.screen
        if isinstance(screen, Dialog) and screen.stop_quit():
            return
        await super().action_quit()

    def _handle_exception(self, error: Exception) -> None:
        """A store found unreadable while the app reads it (a record changed in place under
        its trust note) ends the app with that one line, not a traceback: the next start
        reads the store anew and sets the damaged record aside."""
        cause = error.error if isinstance(error, WorkerFailed) else error  # a thread's read
        if isinstance(cause, StoreCorrupt):
            self.start_error = str(cause)
            self.exit(return_code=1)
            return
        super()._handle_exception(error)

    def panic(self, *renderables: RenderableType) -> None:
        """End the app showing ``renderables``, as a failure: Textual's driver ends the app so
        when its input thread dies (a traceback shown), and the process exited 0, as if
        all had gone well (a script or a shell's ``&&`` went on)."""
        if not self.return_code:
            self._return_code = 1
        super().panic(*renderables)

    def update_styles(self, node: DOMNode, animate: bool = True) -> None:
        """Styles are not worked out once the app is closing, when nothing is drawn again:
        Textual, pruning each screen, moves the focus off the focused widget and restyles it
        (the list's, with its many component classes, was a twentieth of a start in tests)."""
        if self.is_running:
            super().update_styles(node, animate)

    def get_default_screen(self) -> Screen[None]:
        """The screen at the bottom of the stack, which paints the app's first frame: the
        main screen, or with a list snapshot and the store still to open, the first-frame
        screen (:meth:`show_main_screen` then replaces it)."""
        snapshot, self._snapshot = self._snapshot, None  # the screen holds it until used
        if snapshot is not None and self.store is None:
            from diplotui.tui.screens.panes import FirstFrameScreen

            return FirstFrameScreen(snapshot)
        from diplotui.tui.screens.main import MainScreen

        return MainScreen(self.store, snapshot)

    def show_main_screen(self, snapshot: ListSnapshot) -> None:
        """Put the main screen in the first frame's place: it draws the same ``snapshot``,
        then opens the store (the keys typed meanwhile wait for it)."""
        from diplotui.tui.screens.main import MainScreen

        # Switching pops the replaced screen's result callback, which only a pushed screen
        # has: the first-frame screen, at the bottom of the stack, is given the one it lacks.
        self.screen._push_result_callback(self, None)
        self.switch_screen(MainScreen(None, snapshot))

    def on_mount(self) -> None:
        if self.store is not None:
            self._store_ready(self.store)

    def on_writes_handed(self, _: WritesHanded) -> None:
        self.writes.make_queued()

    def _on_notify(self, event: Notify) -> None:
        """One notice at a time: the newest takes the place of the one shown. Stacked, two
        notices reached the first rows of the list and the reader at 80x24, a dialog's key
        line at 40x12, the Statements view's title and count. A warning, an error or a
        start notice it displaces waits its turn and comes back after it
        (:meth:`_unnotify`); the notice shown says how many wait. The same words said again
        are shown once, their time starting afresh (``o`` pressed three times stacked three
        toasts of the same words)."""
        event.prevent_default()  # Textual's handler would show it as said, beside the others
        said = event.notification
        self._waiting = [notice for notice in self._waiting if not _same_notice(notice, said)]
        for shown in list(self._notifications):
            original = self._shown_from if self._shown_from is not None else shown
            if _waits_its_turn(original) and not _same_notice(original, said):
                self._waiting.append(original)
            del self._notifications[shown]
        self._show(said)

    def _show(self, notice: Notification) -> None:
        """Put ``notice`` on screen, saying how many notices wait after it."""
        self._shown_from = notice
        shown = _more_to_come(notice, len(self._waiting))
        self._notifications.add(shown)
        self._place_notice(shown)
        self._notices_afresh()

    def _unnotify(self, notification: Notification, refresh: bool = True) -> None:
        """The notice shown has had its time (or was clicked away): the last one to wait, if
        any, comes back, its time whole again. Its toast is taken down here, not left to
        remove itself (``refresh`` False), so the panes take its rows back in the frame it
        goes (see :meth:`_notices_afresh`)."""
        super()._unnotify(notification, refresh=False)
        if not self._notifications and self._waiting:
            self._show(_afresh(self._waiting.pop()))
            return
        if not self._notifications:
            self._place_notice(None)
        self._notices_afresh()

    def clear_notifications(self) -> None:
        self._waiting.clear()
        self._notifications.clear()
        self._place_notice(None)
        self._notices_afresh()

    @property
    def shown_notice(self) -> Notification | None:
        """The notice on screen, if any (one at a time: see ``_on_notify``)."""
        return next(iter(self._notifications), None)

    def _place_notice(self, notice: Notification | None) -> None:
        """Tell the main screen and the dialogs open the notice shown, which each places for
        the rows it takes (``MainScreen.place_notice``, ``Dialog.place_notice``)."""
        from diplotui.tui.screens.main import MainScreen

        dialogs = sys.modules.get("diplotui.tui.dialogs.dialog")  # loaded by the first dialog
        placing = (MainScreen,) if dialogs is None else (MainScreen, dialogs.Dialog)
        for screen in self.screen_stack:
            if isinstance(screen, placing):
                screen.place_notice(notice)

    def _refresh_notifications(self) -> None:
        """Take down the toasts of notifications gone before their time (cleared, or replaced
        above) with the holders they stand in: Textual removes such a toast but leaves its
        holder, a row tall, which put the next toast a row lower, at the top of the screen
        over the first row of the list and the reader."""
        for toast in self._stale_toasts():
            toast.remove()
        super()._refresh_notifications()

    def _stale_toasts(self) -> list[Widget]:
        """The top screen's toasts of notifications gone, each with the holder it stands in."""
        from textual.widgets._toast import Toast, ToastHolder

        return [
            holder if isinstance(holder := toast.parent, ToastHolder) else toast
            for screen in self.screen_stack[-1:]
            for toast in screen.query(Toast)
            if toast._notification not in self._notifications
        ]

    def _notices_afresh(self) -> None:
        """The notice shown changed: no frame is drawn until its toast is up and the old one
        down. A notice in a line of its own moves the panes, and Textual mounts and removes
        toasts after the screen's place for them changed, so a frame showed the panes moved
        for the old notice before the new one came, or back up under a notice going
        (:meth:`_draw_once_placed`)."""
        from textual.widgets._toast import ToastRack

        stale = self._stale_toasts()
        self._refresh_notifications()
        racks = [
            rack for screen in self.screen_stack[-1:] for rack in screen.query_children(ToastRack)
        ]
        if racks:
            self._begin_batch()
            self.call_later(self._draw_once_placed, racks[0], stale)

    async def _draw_once_placed(self, rack: Widget, stale: list[Widget]) -> None:
        """Draw again when the toasts ``rack`` shows (Textual's ``ToastRack.show``, called
        before this) are mounted and the ``stale`` ones removed: the screen's move for the
        notice, its toast and the old toast's going make one frame. A toast that takes longer
        than a key may wait (``KEY_PASS_LIMIT``) is drawn late rather than hold the screen."""
        from textual.await_remove import AwaitRemove
        from textual.widget import AwaitMount

        async def placed() -> None:
            await AwaitRemove([task for widget in stale if (task := widget._task) is not None])
            await AwaitMount(rack, [child for child in rack.children if not child.is_mounted])

        try:
            await asyncio.wait_for(placed(), KEY_PASS_LIMIT)
        except asyncio.TimeoutError:
            pass
        finally:
            self._end_batch()
            if not self._batch_count and self.screen_stack:
                self.screen.check_idle()  # it draws what waited on its next idle, not before

    async def on_unmount(self) -> None:
        """The app ends: every write a worker handed over is made before the store closes."""
        await self.writes.end()

    def _take_notices(self, notices: Iterable[str]) -> None:
        """Keep the start-up ``notices`` to say once the store is ready, the welcome apart."""
        for notice in notices:
            if isinstance(notice, Welcome):
                self.welcome = notice
            else:
                self._notices.append(notice)

    def open_deferred_store(self) -> Store | None:
        """Open the store the first frame was drawn without; if it fails, end the app."""
        assert self._open_store is not None and self.store is None
        try:
            store, notices = self._open_store()
        except (StoreError, OSError) as error:
            self.start_error = str(error) if isinstance(error, StoreError) else os_error_line(error)
            self.exit(return_code=1)
            return None
        self.store = store
        self._take_notices(notices)
        self._store_ready(store)
        return store

    def snapshot_as_now(self, snapshot: ListSnapshot) -> ListSnapshot | None:
        """The list ``snapshot`` (drawn first) as the opened store now is: itself when it is
        current, caught up from the journal when another process appended since (kept by a
        worker, so writing it does not delay the first key), else None (read the store)."""
        from diplotui.library.snapshot import caught_up_snapshot

        store = self.store
        if snapshot.current or store is None:
            return snapshot if store is not None else None
        caught = caught_up_snapshot(store, snapshot)
        if caught is None:
            return None
        self._keep_caught_up(caught)
        return caught.snapshot

    @work(thread=True, group=SNAPSHOT_GROUP, exit_on_error=False)
    def _keep_caught_up(self, caught: CaughtUp) -> None:
        if caught.keep():
            self._kept_stamp = caught.snapshot.store_stamp

    def release_input(self) -> None:
        """Handle the keys typed while the main screen was being completed, and all later.

        Keys go on being held until the app reaches this release in its queue: posting the
        held ones again would put them after keys that had arrived but were still queued
        (``j k j enter`` typed at start were answered as ``k j enter j``)."""
        self.post_message(HeldInputReleased())

    async def on_held_input_released(self, _: HeldInputReleased) -> None:
        held, self._held_input = self._held_input or [], None
        for event in held:  # every key that arrived before the release, in order
            await self.on_event(_as_typed(event))

    async def on_event(self, event: events.Event) -> None:
        if (
            isinstance(event, events.InputEvent)
            and not event.is_forwarded
            and not isinstance(event, events.MouseMove)
        ):
            if self._held_input is not None:
                self._held_input.append(event)
                return
            if isinstance(event, events.Key):
                self._waiting_keys.append(event)
                await self._give_next_key()
                return
        await super().on_event(event)

    async def _give_next_key(self) -> None:
        """Hand the next key typed to the focused widget once the key before it has been
        handled and the screen it left is on the terminal: a key acts on what the screen
        shows when it is handled. Textual hands each key to the widget focused when it
        arrives, and runs bindings when it comes back up to the app: ``W a`` typed while the
        app was busy gave ``a`` to the list, where it came back after ``W`` had opened the
        Statements view (the view's filter stayed empty; ``/ u`` marked an article unread
        instead of searching). Letters typed into a text field go at once, as they come:
        the field keeps them, they move no focus (a pasted burst is not slowed down)."""
        waiting = self._waiting_keys
        while waiting:
            key, target = waiting[0], self.focused
            typing = key.is_printable and target is not None and target is self._typing_into
            if (not typing and self._keys_flying()) or self.screen is not self._drawn_screen:
                if self._unstick is None:
                    stuck = partial(self._pass_stuck_key, self._keys_given)
                    self._unstick = self.set_timer(KEY_PASS_LIMIT, stuck)
                return
            waiting.popleft()
            self._keys_given += 1
            self._typing_into = target if key.is_printable and _keeps_letters(target) else None
            self.keys.arrived()
            given: MessagePump = target or self.screen
            await super().on_event(key)  # a priority binding, else given to ``given``
            given = given if key.is_forwarded else self
            self._in_flight[self._keys_given] = given
            given.post_message(KeyPassed(key, self._keys_given, given))

    def _keys_flying(self) -> bool:
        """Whether a key given is not handled yet; one given to a screen since closed (a
        dialog the key dismissed) is: its KeyPassed went with the screen's widgets."""
        stack = self.screen_stack
        for serial, widget in list(self._in_flight.items()):
            try:
                gone = widget is not self and cast("Widget", widget).screen not in stack
            except NoScreen:
                gone = True
            if gone:
                del self._in_flight[serial]
                if not self._in_flight:
                    self.keys.dispatched()
        return bool(self._in_flight)

    def on_key_passed(self, passed: KeyPassed) -> None:
        """A key has been handled: its handlers' next frame shows it; the next key goes
        after what they set going (a field they focused)."""
        passed.stop()
        widget, serial = passed.widget, passed.serial
        follow = widget is not self and not passed.again and not passed.key.is_printable
        if (
            follow
            and widget.message_queue_size  # posted to it meanwhile
            and widget.post_message(KeyPassed(passed.key, serial, widget, again=True))
        ):
            return
        self._in_flight.pop(serial, None)
        if not self._in_flight:
            self._typing_into = None
            self.keys.dispatched()
            self.call_later(self._give_next_key)

    async def _pass_stuck_key(self, given: int) -> None:
        """No key was given for ``KEY_PASS_LIMIT``: the last one's KeyPassed never came back
        (its widget went), or a screen never drew."""
        self._unstick = None
        if given == self._keys_given:
            self._in_flight.clear()
            self._typing_into = None
            self._drawn_screen = self.screen
        await self._give_next_key()

    def _display(self, screen: Screen[object], renderable: RenderableType | None) -> None:
        """Each frame drawn (Textual's one path to the terminal) tells the key watch."""
        super()._display(screen, renderable)
        if renderable is not None:
            self.keys.drawn()
            if screen is not self._drawn_screen:  # a new screen: keys waited for it
                self._drawn_screen = screen
                self.call_later(self._give_next_key)

    def watch_store_file(self, store: Store) -> None:
        """Say once if another program changes ``store``'s file under the app (the app goes
        on reading its backup, and never writes over it)."""
        store.on_file_changed(partial(self.notify, severity="warning", markup=False, timeout=20))

    def _store_ready(self, store: Store) -> None:
        self.watch_store_file(store)
        if store.read_only:
            self.sub_title = "read-only"
        for notice in self._notices:  # each on screen for NOTICE_SECONDS, however late
            self.post_message(Notify(StartNotice(notice, timeout=NOTICE_SECONDS, markup=False)))
        self.call_after_refresh(self._warm_up_store)
        self.call_after_refresh(resume_after_start_up)  # frozen: start-up's objects live on
        if not store.read_only:
            self.set_interval(self.SNAPSHOT_SECONDS, self._keep_snapshot)

    def _keep_snapshot(self) -> None:
        """Bring the list snapshot up to date after writes; quitting does too, but closing the
        terminal window ends the process without that. Only the store file's stamp is read
        here: reading the store (~50 ms of CPU at 100,000 articles, 1.2 s the first time),
        sorting and writing happen in a worker, so a key pressed meanwhile is not kept
        waiting. Not while ``R`` runs: its writes made each round's snapshot stale at once,
        and the worker took the interpreter lock and held the store's writes off beside
        the keys then (the next round after ``R`` keeps it)."""
        store = self.store
        if store is None or store.read_only or store_stamp(store.path) == self._kept_stamp:
            return
        running = {worker.group for worker in self.workers if worker.is_running}
        if SNAPSHOT_GROUP not in running and REFRESH_GROUP not in running:
            self._write_snapshot(store)

    @work(thread=True, group=SNAPSHOT_GROUP, exit_on_error=False)
    def _write_snapshot(self, store: Store) -> None:
        """Reading the store from this thread is safe: ``view_of`` holds its writes off while
        it reads, and gives up (until the next round) while another thread is inside one."""
        from diplotui.library.snapshot import view_of, write_snapshot

        view = view_of(store)
        if view is not None:
            self._kept_stamp = write_snapshot(view)

    @work(thread=True, exit_on_error=False)
    def _warm_up_store(self) -> None:
        """After the first paint, do the work opening deferred, so the first write is fast."""
        if self.store is not None:
            self.store.warm_up()

    def action_help(self) -> None:
        from diplotui.tui.dialogs.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def action_show_help_panel(self) -> None:
        """Textual's Keys panel, listing the keys that act in the words of ``?``
        (:mod:`diplotui.tui.widgets.keys_panel`)."""
        from diplotui.tui.widgets.keys_panel import KeysPanel

        if not self.screen.query(KeysPanel):
            self.screen.mount(KeysPanel())

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Every described binding that applies now is also a palette command, found by its
        tooltip's words too ("who said" finds Statements, as the README calls them). The
        list's and the reader's keys are offered from every pane, acting on what is seen
        there (:meth:`_keys_of_other_panes`). Quit is offered once, with the key the help
        and the footer give it (Textual's own entry and its ctrl+q made two, neither saying
        q); sideways scrolls only in a pane that scrolls sideways (none does: "Scroll Left"
        did nothing)."""
        yield from (c for c in super().get_system_commands(screen) if c.title != "Quit")
        yield SystemCommand(f"Quit: {QUIT_SAYS}", "key: q", self.action_quit)
        seen = {"quit"}
        offered: list[tuple[Binding, DOMNode, str, Widget | None]] = []
        on_target = self._target_article_label(screen)
        selected = screen.get_selected_text() is not None
        for active in screen.active_bindings.values():
            node, action = active.node, active.binding.action
            if not acts(node, action):
                continue
            if active.enabled and (selected or action != COPY_SELECTED):
                on = on_target if action in ON_ARTICLE else ""
                offered.append((active.binding, node, on, None))
        offered.extend(self._keys_of_other_panes(screen))
        for binding, node, where, focus in offered:
            if not binding.description or binding.action in seen:
                continue
            seen.add(binding.action)

            def run(
                action: str = binding.action, target: DOMNode = node, to: Widget | None = focus
            ) -> None:
                self.call_later(self._run_command, action, target, to)

            title = binding.description
            if binding.tooltip:
                title = f"{title}: {binding.tooltip}"
            key = binding.key_display or binding.key
            yield SystemCommand(title, f"key: {key}{where}", run)

    def _keys_of_other_panes(
        self, screen: Screen[object]
    ) -> Iterator[tuple[Binding, DOMNode, str, Widget | None]]:
        """The list's and the reader's keys where the focus is elsewhere: the list's own
        (sort, filter, search) act on the list; its rows' (u, a) on the open article, the one
        being read, which the entry names; the reader's on its cursor's sentence, the focus
        going there to show it. From the reader, "archive" found nothing and "read" no
        Read/unread; from the list, "highlight" and "note" nothing."""
        from textual.actions import parse

        from diplotui.tui.widgets.article_list import ArticleList
        from diplotui.tui.widgets.reader import Reader

        for listing in screen.query(ArticleList):
            on_open = "" if listing.has_focus else self._article_label(listing.open_id)
            for binding in listing.BINDINGS:
                if not isinstance(binding, Binding):
                    continue
                if binding.action.startswith("screen."):
                    yield binding, listing, " in the list", None
                elif on_open and binding.action.startswith("toggle_state("):
                    action = binding.action.replace("toggle_state", "screen.toggle_open")
                    on_the_open = replace(binding, action=action)
                    yield on_the_open, listing, f" in the list; on {on_open}", None
        for reader in screen.query(Reader):
            if reader.has_focus or not reader.article_id or not reader.display:
                continue
            for binding in reader.BINDINGS:
                if isinstance(binding, Binding) and reader.check_action(*parse(binding.action)[1:]):
                    yield binding, reader, " in the reader", reader

    async def _run_command(self, action: str, target: DOMNode, focus: Widget | None) -> None:
        """Run a palette command's action on ``target``, the focus first moved to ``focus``
        (the pane it acts in) when given."""
        if focus is not None:
            focus.focus()
        await self.run_action(action, target)

    def _target_article_label(self, screen: Screen[object]) -> str:
        """Where the list's keys for one article act (the selected row with the list
        focused, else the open article), as a palette entry says it: "; on “Title…”"."""
        from diplotui.tui.screens.main import MainScreen

        if not isinstance(screen, MainScreen):
            return ""
        article = screen.target_article()
        return f"; on {self._article_label(article.id)}" if article else ""

    def _article_label(self, article_id: str | None) -> str:
        """An article's title as a notice names it, or "" when there is none; escaped, as
        the palette reads a command's help as markup (a title "[/link]" raised MarkupError)."""
        from diplotui.session import title_label

        if not article_id or self.store is None:
            return ""
        try:
            return as_written(title_label(self.store.article(article_id).title))
        except StoreError:
            return ""


def _as_typed(event: events.InputEvent) -> events.InputEvent:
    """A held ``ctrl+j`` is an ``enter`` typed before the app took the terminal: the
    terminal, still in its line mode, turned the CR into LF (``diplotui⏎ j ⏎`` typed at
    once moved the list, then opened nothing). No key of the app is ``ctrl+j``."""
    if isinstance(event, events.Key) and event.key == "ctrl+j":
        return events.Key("enter", "\r")
    return event
