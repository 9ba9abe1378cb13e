"""The app reading an article a local feed brought, whose next answer a test changes: for
the tests of ``R`` changing the open article under the reader or under a dialog."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from textual.pilot import Pilot

from diplotui.feeds import add_feed, refresh
from diplotui.model import Article, Statement
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.screens.main import MainScreen
from tests.feeds.conftest import FAST
from tests.feeds.server import running_server

from .helpers import settle_start_up, until_bound


@dataclass
class HeldFeed:
    """The feed's next answer: ``change(old, new)`` replaces words of the article's item in
    it and holds it; ``land`` releases it and waits until the refresh has applied it."""

    change: Callable[[bytes, bytes], None]
    land: Callable[[], Awaitable[None]]


@asynccontextmanager
async def council_open(
    store_path: Path, size: tuple[int, int] = (120, 40), notifications: bool = False
) -> AsyncIterator[tuple[DiplotuiApp, Pilot[object], Store, Article, HeldFeed]]:
    """The app reading a feed's article (the feed checked whenever asked), in a terminal of
    ``size``, its notices drawn if ``notifications``."""
    gate = threading.Event()
    gate.set()
    with running_server() as server:
        version = {"text": server.body("rss2.xml")}

        def answer() -> bytes:
            gate.wait(timeout=20)
            return version["text"]

        server.serve_bytes("/live.xml", answer, "application/rss+xml")
        store = Store.open(store_path)
        add_feed(store, server.url("/live.xml"), name="Ministry", min_interval=0)
        await asyncio.to_thread(refresh, store, policy=FAST, force=True)
        council = next(a for a in store.articles() if a.title.startswith("Security Council"))
        app = DiplotuiApp(store)
        async with app.run_test(size=size, notifications=notifications) as pilot:
            await settle_start_up(app, pilot)
            main = app.screen
            main.library.select_id(council.id)
            await pilot.press("enter")
            await settle_start_up(app, pilot)

            def change(old: bytes, new: bytes) -> None:
                version["text"] = version["text"].replace(old, new)
                gate.clear()

            async def land() -> None:
                gate.set()
                for _ in until_bound():
                    await pilot.pause()
                    if not main.reading_actions.refreshing:
                        return
                raise AssertionError("the refresh never ended")

            yield app, pilot, store, council, HeldFeed(change, land)
        store.close()


LEAD = b"<p>The Security"  # the article's first paragraph: a new one goes before it
SAID = "the text reflected a careful balance"  # the council article's one statement, France's


def _main(app: DiplotuiApp) -> MainScreen:
    """The main screen, whatever dialog is over it."""
    [main] = [screen for screen in app.screen_stack if isinstance(screen, MainScreen)]
    return main


async def statements_found(app: DiplotuiApp, pilot: Pilot[object]) -> None:
    """Until the finder has found the statements of the reader's text as it is now."""
    main = _main(app)
    reader = main.reader
    for _ in until_bound():
        if main.entity_actions.found_in == (reader.article_id, reader.text):
            return
        await pilot.pause(0.05)
    raise AssertionError("the statements were never found")


async def on_the_statement(app: DiplotuiApp, pilot: Pilot[object], words: str) -> Statement:
    """The reader's cursor on the statement holding ``words``, once statements are found."""
    reader = _main(app).reader
    await statements_found(app, pilot)
    await pilot.press("g")
    for _ in range(len(reader.statements) + 1):
        statement = reader.statement_at(*reader.cursor_span)
        if statement is not None and words in statement.text:
            return statement
        await pilot.press("s")
    raise AssertionError(f"no statement holding {words!r}")
