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
from diplotui.model import Article
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
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
    store_path: Path,
) -> AsyncIterator[tuple[DiplotuiApp, Pilot[object], Store, Article, HeldFeed]]:
    """The app reading a feed's article (the feed checked whenever asked)."""
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
        async with app.run_test(size=(120, 40)) as pilot:
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
