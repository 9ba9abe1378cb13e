"""attack49: ``R`` fetches in a worker, so the Statements view (``W``) can be open when a
refresh updates an article's text (a paragraph added on top, as wires do). The view went on
listing what it had found in the old text, and ``enter`` on a statement put the reading
cursor on whatever now stood at its old offsets: another sentence, another speaker. A
refresh that updated texts now has the view shown build its index again, as a read-only
app's view does when another process writes."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from diplotui.feeds import add_feed, refresh
from diplotui.store import Store
from tests.feeds.server import FeedServer, running_server

from .helpers import opened_from_the_view_over, settle

ADDED = b"<p>Earlier, the Ambassador of Japan said the vote had been delayed twice.</p>\n"


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with running_server() as started:
        yield started


async def test_a_refresh_under_the_statements_view_moves_its_rows_with_the_text(
    store_path: Path, server: FeedServer
) -> None:
    from diplotui.tui.app import DiplotuiApp
    from tests.feeds.conftest import FAST

    version = {"text": server.body("rss2.xml")}
    gate = threading.Event()
    gate.set()

    def feed() -> bytes:
        assert gate.wait(30)
        return version["text"]

    server.serve_bytes("/live.xml", feed, "application/rss+xml")
    store = Store.open(store_path)
    add_feed(store, server.url("/live.xml"), name="Ministry")
    await asyncio.to_thread(refresh, store, policy=FAST, force=True)
    council = next(a for a in store.articles() if a.title.startswith("Security Council"))
    old_text = council.text_hash
    for feed in store.feeds():  # due again, as an hour later
        store.save_feed(replace(feed, last_fetched="", etag="", last_modified=""))
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        version["text"] = version["text"].replace(
            b"<p>The Security Council", ADDED + b"<p>The Security Council"
        )
        gate.clear()
        text_now = lambda: app.store.article(council.id).text_hash != old_text  # noqa: E731
        # R: the fetch waits at the server while W opens
        opened, start, end = await opened_from_the_view_over(
            app, pilot, "R", "permanent", gate, text_now
        )
        assert opened == council.id
        text = app.store.article_text(council.id)
        assert "Permanent Representative of France said" in text[start:end], text[start:end]
    store.close()
