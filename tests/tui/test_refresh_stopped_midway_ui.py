"""``R`` stopped by a failed write (a full disk) after the first batches of a feed were stored:
the app said only the failed write's line ("nothing was saved") and listed none of them,
while its feeds section counted them unread. The write fails for real: ``RLIMIT_FSIZE``
(Python ignores SIGXFSZ) refuses the second batch's texts with EFBIG, as a full disk would."""

from __future__ import annotations

import resource
from pathlib import Path

from diplotui.feeds import add_feed
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.article_list import ArticleList
from tests.feeds.server import FeedServer, running_server
from tests.feeds.test_refresh_stopped_midway import FILE_LIMIT, SMALL, items_feed

from .helpers import notices_said, settle_start_up
from .library_fixtures import make_library


async def test_R_stopped_by_a_failed_write_lists_and_names_what_it_stored(store_path: Path):
    with running_server() as server:
        await _refresh_on_a_full_disk(store_path, server)


async def _refresh_on_a_full_disk(store_path: Path, server: FeedServer) -> None:
    server.serve_bytes("/wire.xml", items_feed(), "application/rss+xml")
    store = make_library(store_path)
    before = set(store.article_ids())
    add_feed(store, server.url("/wire.xml"))
    app = DiplotuiApp(store)
    usual = resource.getrlimit(resource.RLIMIT_FSIZE)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle_start_up(app, pilot)
        resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_LIMIT, usual[1]))
        try:
            await pilot.press("R")
            await settle_start_up(app, pilot)
            await app.workers.wait_for_complete()
        finally:
            resource.setrlimit(resource.RLIMIT_FSIZE, usual)
        await settle_start_up(app, pilot)
        await app.workers.wait_for_complete()
        await pilot.pause(0.1)
        stored = set(store.article_ids()) - before
        assert len(stored) == SMALL
        assert stored <= set(app.screen.query_one(ArticleList).row_ids)
        said = [m for m in notices_said(app) if "stopped" in m]
        assert len(said) == 1
        assert said[0].startswith(f"Refresh stopped: {SMALL} new articles stored, then: ")
    store.close()
