"""The local feed server and the steps the ``A`` dialog's tests share (in two files, so
--dist loadfile spreads them)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from textual.notifications import Notification, Notifications
from textual.pilot import Pilot
from textual.widgets import Label

from diplotui.tui.app import DiplotuiApp
from tests.feeds.server import FeedServer, running_server

from .helpers import settle_start_up, type_text, until_bound


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[FeedServer]:
    keep_every_notice(monkeypatch)
    with running_server() as live:
        for name in ("rss2.xml", "article-summit.html", "article-council.html"):
            live.serve_file("/" + name, name)
        live.status("/missing.xml", 404)
        live.slow("/slow.xml", 1.0, live.body("rss2.xml"))
        live.trickle("/trickle.xml", 60.0)
        yield live


def keep_every_notice(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep each notice an app raises beside the ones it shows: one notice shows at a time,
    and a refresh's result replaces "Subscribed to …" as soon as it comes, which under load
    was before the test's next look (a run at load 4 missed it for 60 s)."""
    show = Notifications.add

    def show_and_keep(notifications: Notifications, notification: Notification) -> Notifications:
        vars(notifications).setdefault("raised", []).append(notification)
        return show(notifications, notification)

    monkeypatch.setattr(Notifications, "add", show_and_keep)


def messages(app: DiplotuiApp) -> list[str]:
    """Every notice the app raised, in order, shown now or replaced since."""
    return [str(n.message) for n in vars(app._notifications).get("raised", [])]


def status(app: DiplotuiApp) -> str:
    return str(app.screen.query_one("#feed-status", Label).render())


async def until(pilot, done) -> None:  # type: ignore[no-untyped-def]
    """Pause until ``done()`` (a lookup, a fetch and a parsing child's start: seconds under
    load: 10 s of sleeps left little room)."""
    for _ in until_bound():
        if done():
            return
        await pilot.pause(0.05)
    assert done()


async def address_typed(app: DiplotuiApp, pilot: Pilot[None], url: str) -> None:
    """The app started, ``A`` pressed and ``url`` typed into the dialog's address field."""
    await settle_start_up(app, pilot)
    await pilot.press("A")
    await type_text(pilot, url)
