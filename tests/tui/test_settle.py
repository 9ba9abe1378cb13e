"""The pilot's settled waits (tests/settle.py) end on the app's state, not on their bound;
a notification lasts the test (tests/conftest.py), however loaded the machine."""

from __future__ import annotations

import time

import textual.notifications
from textual.app import App, ComposeResult
from textual.widgets import ProgressBar

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp, StartNotice
from tests import settle

from .test_reader_support import open_first


async def test_waits_after_the_app_quit_end_without_their_bound(seeded_store: Store):
    """The main screen's update timer went on ticking after a quit, due every frame, and held
    each wait after it to its one-second bound: a test that quit paid a second per wait."""
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        await pilot.press("n", "x", "ctrl+q")  # a note typed: the quit asks first
        await pilot.press("s")  # saved, and the quit goes ahead
        bounded = settle.OUTCOMES["max_sleep"]
        await pilot.pause()
        await pilot.pause()
        assert not app.is_running
        assert settle.OUTCOMES["max_sleep"] == bounded, "a wait after the quit ran to its bound"


class PulsingApp(App[None]):
    def compose(self) -> ComposeResult:
        yield ProgressBar(total=None)  # no total: it pulses for as long as it is shown


async def test_waits_while_a_progress_bar_pulses_end_without_their_bound():
    """An indeterminate progress bar redraws itself every 67 ms for ever: each wait while one
    was shown (an import, a refresh) ran to its one-second bound."""
    app = PulsingApp()
    async with app.run_test() as pilot:
        bounded = settle.OUTCOMES["max_sleep"]
        await pilot.pause()
        await pilot.press("x")
        assert settle.OUTCOMES["max_sleep"] == bounded, "a wait ran to its bound"


class NoticeApp(App[None]):
    def on_mount(self) -> None:
        self.notify("said as it mounted", timeout=8)


async def test_a_notification_is_there_for_the_test_after_its_timeout_passed(monkeypatch):
    """A loaded machine took over 8 s from an app's mount to a test's first look at its
    notifications: the one the app raised as it mounted had expired, and the test failed."""
    app = NoticeApp()
    async with app.run_test() as pilot:
        await pilot.pause()
        later = time.time() + 9
        monkeypatch.setattr(textual.notifications, "time", lambda: later)
        assert [str(n.message) for n in app._notifications] == ["said as it mounted"]


async def test_a_start_up_notice_is_there_for_the_test_after_its_time_passed(seeded_store: Store):
    """A start-up notice (a record set aside, a backup taken, read-only) runs its own clock
    from its toast (``StartNotice``), which the notifications' patch did not reach: under
    load a test's look more than 8 s after the toast found it gone."""
    app = DiplotuiApp(seeded_store, ["said at start-up"])
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        [notice] = list(app._notifications)
        assert isinstance(notice, StartNotice) and notice.shown_at is not None, "a toast shows it"
        notice.shown_at -= 9 * 3600  # nine hours since its toast
        assert [str(n.message) for n in app._notifications] == ["said at start-up"]
