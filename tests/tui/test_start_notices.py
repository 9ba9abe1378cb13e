"""A start-up notice that tells of data set aside stays until a frame has shown it: under a
heavy load the first frame came after the notice's time had run out, and a record set aside
was never said."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import textual.notifications
from textual.notifications import Notification

from diplotui.tui import app as app_module
from diplotui.tui.launch import open_for_app
from tests.reliability.test_hostile_records import hand_edit
from tests.reliability.test_quarantine import two_articles


def _notices(app: app_module.DiplotuiApp) -> list[str]:
    return [str(notification.message) for notification in app._notifications]


def _toasts(app: app_module.DiplotuiApp) -> list[str]:
    """What the toasts on the screen say (found by their documented type name)."""
    return [str(toast.render()) for toast in app.screen.query("Toast")]


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
    app = app_module.DiplotuiApp(store, notices)
    try:
        async with app.run_test(size=(120, 40), notifications=True) as pilot:
            for _ in range(50):  # the frame that shows it (a few under load)
                await pilot.pause(0.02)
                if any(first in toast for toast in _toasts(app)):
                    break
            assert any(first in notice for notice in _notices(app)), "said, a minute late"
            assert any(first in toast for toast in _toasts(app)), "on the screen"
            await pilot.pause(1.2)  # its time runs from the frame that showed it
            assert not any(first in notice for notice in _notices(app))
    finally:
        store.close()
