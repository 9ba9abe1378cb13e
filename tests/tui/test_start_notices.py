"""A start-up notice that tells of data set aside stays until a frame has shown it: under a
heavy load the first frame came after the notice's time had run out, and a record set aside
was never said."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import textual.notifications
from textual.events import Mount
from textual.notifications import Notification
from textual.widgets._toast import Toast

from diplotui.tui import app as app_module
from diplotui.tui.launch import open_for_app
from tests.reliability.test_hostile_records import hand_edit
from tests.reliability.test_quarantine import two_articles

from .helpers import until_bound


def _notices(app: app_module.DiplotuiApp) -> list[str]:
    return [str(notification.message) for notification in app._notifications]


async def test_a_record_set_aside_is_said_however_late_the_first_frame(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
):
    first, _, _ = two_articles(store_path)
    hand_edit(store_path, lambda data: data["articles"][first].update(date=12))
    store, notices = open_for_app(store_path, read_only=False)
    assert any(first in notice for notice in notices)
    raised: list[float] = []

    def clock() -> float:  # the machine too loaded to draw for a minute after the raise
        now = time.time()
        if not raised:
            raised.append(now)
            return now
        return now + 60

    monkeypatch.setattr(textual.notifications, "time", clock)
    # Textual's own clock for notifications, which the tests' conftest stops
    monkeypatch.setattr(
        Notification, "time_left", property(lambda n: n.raised_at + n.timeout - clock())
    )
    monkeypatch.setattr(app_module, "NOTICE_SECONDS", 1.0, raising=False)
    shown: list[str] = []  # each toast as it is mounted, for the next frame
    mounting = Toast._on_mount

    def mounted(toast: Toast, event: Mount) -> None:
        shown.append(str(toast.render()))
        mounting(toast, event)

    # seen as it is mounted: a loaded machine's frames can outlast the notice's second, and a
    # look at the screen after them found it gone
    monkeypatch.setattr(Toast, "_on_mount", mounted)
    app = app_module.DiplotuiApp(store, notices)
    try:
        async with app.run_test(size=(120, 40), notifications=True) as pilot:
            for _ in until_bound():  # the frame that shows it (seconds under load)
                if shown:
                    break
                await pilot.pause(0.02)
            assert any(first in toast for toast in shown), "said, a minute late"
            for _ in until_bound():  # its second runs from the frame that showed it
                if not any(first in notice for notice in _notices(app)):
                    break
                await pilot.pause(0.05)
            assert not any(first in notice for notice in _notices(app)), "never went"
    finally:
        store.close()
