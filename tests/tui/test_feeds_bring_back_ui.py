"""``refresh --bring-back FEED`` had no way in the app: ``b`` on a feed's row in the list's
feeds section fetches it whole and stores again the articles deleted from it (``b`` on the
Feeds heading, every feed's), said in the key line on that row and in ``?``."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from textual.pilot import Pilot

from diplotui.feeds import add_feed, refresh
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.article_list import ArticleList
from tests.feeds.conftest import FAST
from tests.feeds.server import running_server
from tests.feeds.test_team_deleted_items import _feed

from .helpers import notices_said, settle_start_up


def _desk_with_a_story_deleted(path: Path, url: str) -> Store:
    store = Store.open(path)
    add_feed(store, url, name="Desk Wire")
    assert refresh(store, policy=FAST, force=True).new == 2
    [talks] = [a for a in store.articles() if a.title == "On the talks"]
    store.delete_article(talks.id)
    return store


@asynccontextmanager
async def _list_of_a_desk(store_path: Path) -> AsyncIterator[tuple[Store, DiplotuiApp, Pilot]]:
    """The app at 80x24 on a library whose feed's story was deleted, the list focused."""
    with running_server() as server:
        server.serve_bytes("/desk.xml", _feed(server.base, {}), "application/rss+xml")
        store = await asyncio.to_thread(
            _desk_with_a_story_deleted, store_path, server.url("/desk.xml")
        )
        app = DiplotuiApp(store)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle_start_up(app, pilot)
            app.screen.query_one(ArticleList).focus()
            yield store, app, pilot
        store.close()


async def test_b_on_a_feeds_row_brings_back_what_was_deleted(store_path: Path) -> None:
    async with _list_of_a_desk(store_path) as (store, app, pilot):
        listing = app.screen.query_one(ArticleList)
        await pilot.press("home", "j")  # the Feeds heading, then Desk Wire
        await pilot.pause()
        assert listing.folders[listing.cursor].name == "Desk Wire"
        bindings = app.screen.active_bindings.values()
        offered = [active.binding.description for active in bindings if active.enabled]
        assert "Bring back deleted" in offered, offered  # the key line's, and ?'s
        await pilot.press("b")
        await settle_start_up(app, pilot)
        await app.workers.wait_for_complete()
        await pilot.pause()
        titles = sorted(a.title for a in store.articles())
        said = notices_said(app)
    assert titles == ["On the border", "On the talks"]
    assert any(line.startswith("1 new in 1 feed") for line in said), said


async def test_b_elsewhere_says_where_it_acts(store_path: Path) -> None:
    async with _list_of_a_desk(store_path) as (_, app, pilot):
        await pilot.press("end", "b")  # an article's row
        await pilot.pause()
        said = notices_said(app)
    assert said[-1] == "b brings back a feed's deleted articles: on a feed's row (or Feeds, all)."
