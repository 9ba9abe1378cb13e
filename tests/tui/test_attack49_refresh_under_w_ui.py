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
from typing import Any

import pytest

from diplotui.feeds import add_feed, refresh
from diplotui.store import Store
from tests.feeds.server import FeedServer, running_server

from .helpers import (
    notices_said,
    open_statements_view,
    opened_from_the_view_over,
    settle,
    type_text,
    until_bound,
)

ADDED = b"<p>Earlier, the Ambassador of Japan said the vote had been delayed twice.</p>\n"


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with running_server() as started:
        yield started


class _Wire:
    """A feed whose Security Council story the library holds, due again: ``gate`` holds
    its next fetch at the server, ``update()`` adds a paragraph on top of the story."""

    def __init__(self, store_path: Path, server: FeedServer) -> None:
        from tests.feeds.conftest import FAST

        self.version = {"text": server.body("rss2.xml")}
        self.gate = threading.Event()
        self.gate.set()
        server.serve_bytes("/live.xml", self._feed, "application/rss+xml")
        self.store = Store.open(store_path)
        add_feed(self.store, server.url("/live.xml"), name="Ministry")
        refresh(self.store, policy=FAST, force=True)
        council = next(a for a in self.store.articles() if a.title.startswith("Security"))
        self.council, self.old_text = council.id, council.text_hash
        for feed in self.store.feeds():  # due again, as an hour later
            self.store.save_feed(replace(feed, last_fetched="", etag="", last_modified=""))

    def _feed(self) -> bytes:
        assert self.gate.wait(30)
        return self.version["text"]

    def update(self) -> None:
        self.version["text"] = self.version["text"].replace(
            b"<p>The Security Council", ADDED + b"<p>The Security Council"
        )

    def updated(self, store: Store) -> bool:
        return store.article(self.council).text_hash != self.old_text


async def test_a_refresh_under_the_statements_view_moves_its_rows_with_the_text(
    store_path: Path, server: FeedServer
) -> None:
    from diplotui.tui.app import DiplotuiApp

    wire = await asyncio.to_thread(_Wire, store_path, server)
    app = DiplotuiApp(wire.store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        wire.update()
        wire.gate.clear()
        # R: the fetch waits at the server while W opens
        opened, start, end = await opened_from_the_view_over(
            app, pilot, "R", "permanent", wire.gate, lambda: wire.updated(app.store)
        )
        assert opened == wire.council
        text = app.store.article_text(wire.council)
        assert "Permanent Representative of France said" in text[start:end], text[start:end]
    wire.store.close()


async def test_enter_on_a_row_whose_text_changed_waits_for_the_rows_read_again(
    store_path: Path, server: FeedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Between the refresh and the view's index built again (a second or more at 10,000
    articles), ``enter`` on a row of the old text opened it at the old offsets: it says
    the list is being read again instead, and opens the statement once it is."""
    from diplotui.library import statements
    from diplotui.tui.app import DiplotuiApp
    from diplotui.tui.dialogs.statements import MOVED, StatementsScreen
    from diplotui.tui.widgets.reader import Reader

    wire = await asyncio.to_thread(_Wire, store_path, server)
    app = DiplotuiApp(wire.store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_statements_view(app, pilot)
        await type_text(pilot, "permanent")
        held, build = threading.Event(), statements.StatementIndex.build

        def build_when_let(*args: Any) -> statements.StatementIndex:
            assert held.wait(30)
            return build(*args)

        monkeypatch.setattr(statements.StatementIndex, "build", build_when_let)
        wire.update()
        await pilot.press("escape", "R", "W")
        for _ in until_bound():
            await pilot.pause(0.05)
            if wire.updated(app.store):
                break
        await pilot.press("enter", "enter")  # to the rows, then the old text's row
        await pilot.pause()
        assert isinstance(app.screen, StatementsScreen)
        assert MOVED in notices_said(app)
        held.set()
        await app.workers.wait_for_complete()
        await settle(app, pilot)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await settle(app, pilot)
        reader = app.screen.query_one(Reader)
        start, end = reader.cursor_span
        text = app.store.article_text(wire.council)
        assert "Permanent Representative of France said" in text[start:end], text[start:end]
    wire.store.close()
