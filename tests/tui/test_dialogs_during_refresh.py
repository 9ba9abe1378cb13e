"""A dialog open while ``R`` changes the open article's text: what is typed is saved on what
the user chose, in the text the store now holds, not on the text the dialog was opened over."""

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

from .helpers import settle_start_up, type_text, until_bound


@dataclass
class HeldFeed:
    """The feed's next answer: ``change`` makes it start the article with a new paragraph
    and holds it; ``land`` releases it and waits until the refresh has applied it."""

    change: Callable[[bytes], None]
    land: Callable[[], Awaitable[None]]


@asynccontextmanager
async def _council_open(
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

            def change(lead: bytes) -> None:
                version["text"] = version["text"].replace(
                    b"<p>The Security", lead + b"<p>The Security"
                )
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


async def test_a_note_typed_while_R_moves_the_text_is_saved_on_the_chosen_words(
    store_path: Path,
):
    """The note dialog kept the highlight (and the selection) as they were when it opened: a
    refresh moving the text meanwhile had ``ctrl+s`` write the highlight back at its old
    offsets, over other words, and a selection's note highlight other words altogether."""
    async with _council_open(store_path) as (app, pilot, store, council, held):
        main = app.screen
        await pilot.press("G", "h")  # the last sentence, highlighted
        await pilot.pause()
        [marked] = store.highlights(council.id)
        held.change(b"<p>Late on Monday, after hours of talks, the vote was held.</p>")
        await pilot.press("R", "n")
        await type_text(pilot, "ask about the vote")
        await held.land()
        await pilot.press("ctrl+s")
        await pilot.pause()
        text = store.article_text(council.id)
        [noted] = store.highlights(council.id)
        assert noted.note == "ask about the vote"
        assert text[noted.start : noted.end] == noted.quote == marked.quote

        held.change(b"<p>A second lead paragraph came in overnight.</p>")
        await pilot.press("R", "g", "v", "n")
        chosen = main.reader.text[main.reader.cursor_span[0] : main.reader.cursor_span[1]]
        await type_text(pilot, "first")
        await held.land()
        await pilot.press("ctrl+s")
        await pilot.pause()
        text = store.article_text(council.id)
        [made] = [h for h in store.highlights(council.id) if h.note == "first"]
        assert made.quote == chosen.strip() and text[made.start : made.end] == made.quote
