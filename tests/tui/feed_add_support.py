"""The local feed server and the steps the ``A`` dialog's tests share (in two files, so
--dist loadfile spreads them)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from textual.pilot import Pilot
from textual.widgets import Label

from diplotui.tui.app import DiplotuiApp
from tests.feeds.server import FeedServer, running_server

from .helpers import settle_start_up, type_text, until_bound


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with running_server() as live:
        for name in ("rss2.xml", "article-summit.html", "article-council.html"):
            live.serve_file("/" + name, name)
        live.status("/missing.xml", 404)
        live.slow("/slow.xml", 1.0, live.body("rss2.xml"))
        live.trickle("/trickle.xml", 60.0)
        yield live


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
