"""Feeds in the app, against a real local HTTP server: ``R`` with its progress and summary
line, the feeds section with unread counts, and saved filters counting what is new."""

from __future__ import annotations

import asyncio
import gc
import os
import re
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from diplotui.feeds import add_feed, refresh
from diplotui.library.entity_cache import EntityCache
from diplotui.library.facets import LibraryFacets
from diplotui.library.watch import SEEN_SETTING
from diplotui.model import SavedFilter, now_iso
from diplotui.store import Store
from diplotui.tui import store_writes
from diplotui.tui.app import SNAPSHOT_GROUP, DiplotuiApp
from diplotui.tui.controllers import reading
from diplotui.tui.widgets.article_list import ArticleList
from diplotui.tui.widgets.title_bar import TitleBar
from tests import settle
from tests.feeds.server import FeedServer, running_server
from tests.reliability.terminal import Terminal, needs_tmux, terminal

from .helpers import notices_said, settle_start_up, until_bound
from .library_fixtures import make_library
from .test_reader_support import add_article

__all__ = ["terminal"]  # the fixture, used by name

PAGES = ("article-summit.html", "article-council.html", "article-climate.html")


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with running_server() as live:
        for name in ("rss2.xml", "feed.json", *PAGES, "article-spokesperson.html"):
            live.serve_file("/" + name, name)
        # Not found: a failure no retry can mend, reported at once (a 500 is retried after
        # 2 s and 4 s, which held each R of these tests 6 s; tests/feeds cover the retries).
        live.status("/gone.xml", 404)
        yield live


def _library(app: DiplotuiApp) -> ArticleList:
    return app.screen.query_one(ArticleList)


async def _refresh_said(app: DiplotuiApp, pilot) -> list[str]:  # type: ignore[no-untyped-def]
    """``R`` once the app has started, and the line it said once it ended."""
    await settle_start_up(app, pilot)
    await pilot.press("R")
    await settle_start_up(app, pilot)
    await app.workers.wait_for_complete()
    await pilot.pause()
    return [m for m in notices_said(app) if m.startswith("Nothing new")]


def _refreshing(app: DiplotuiApp) -> bool:
    return bool(app.screen.reading_actions.refreshing)


def _subscribed(store_path: Path, server: FeedServer) -> Store:
    store = make_library(store_path)
    add_feed(store, server.url("/rss2.xml"), name="Ministry")
    add_feed(store, server.url("/feed.json"), name="UN News")
    add_feed(store, server.url("/gone.xml"), name="Broken")
    store.save_filter(SavedFilter("Everything new", {"since": "1900"}))
    store.set_setting(SEEN_SETTING, {"Everything new": now_iso()})  # looked at: none new
    return store


def _held_json_feed(server: FeedServer) -> threading.Event:
    """Hold the JSON feed's answer until the event returned is set: R stays running."""
    release = threading.Event()
    late = server.body("feed.json")

    def slow(request) -> None:  # type: ignore[no-untyped-def]
        release.wait(30)
        request.answer(200, {"Content-Type": "application/feed+json"}, late)

    server.routes["/feed.json"] = slow
    return release


@pytest.mark.parametrize("listed_as_they_come", [False, True])
async def test_R_refreshes_with_progress_then_one_line_and_the_list_grows(
    store_path: Path, server: FeedServer, monkeypatch, listed_as_they_come: bool
):
    """``listed_as_they_come``: each feed's arrivals listed by its step, none left for the
    end of ``R``, as when the steps come over ``LIST_EVERY`` apart on a loaded machine: the
    end then counted the whole library again (this test failed at load 28)."""
    if listed_as_they_come:
        monkeypatch.setattr(reading, "LIST_EVERY", 0.0)
    store = _subscribed(store_path, server)
    seen_before = {a.id for a in store.articles()}
    usual_interval = sys.getswitchinterval()
    monkeypatch.setattr(reading, "FAVOURED_AFTER", 0.05)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        entities_in_use = app.screen.library_actions.state.entities
        loads: list[object] = []
        load = EntityCache.load.__func__  # type: ignore[attr-defined]
        monkeypatch.setattr(
            EntityCache, "load", classmethod(lambda cls, *a: loads.append(1) or load(cls, *a))
        )
        folders = [(f.kind, f.name, f.summary) for f in _library(app).folders]
        assert folders == [
            ("feeds", "Feeds", "3 feeds"),
            ("feed", "Ministry", "0 articles"),
            ("feed", "UN News", "0 articles"),
            ("feed", "Broken", "0 articles"),
            ("filter", "Everything new", "1900–…"),
        ]
        assert "Ministry  0 articles" in _library(app).render_line(1).text
        synced: list[tuple[bool, list[str] | None]] = []
        actions = app.screen.library_actions
        sync = actions._sync_search_index
        monkeypatch.setattr(
            actions,
            "_sync_search_index",
            lambda index, ids=None: synced.append((_refreshing(app), ids)) or sync(index, ids),
        )
        counted: list[tuple[bool, int]] = []
        count = reading.reading_counts
        monkeypatch.setattr(
            reading,
            "reading_counts",
            lambda articles, *before: (
                counted.append((_refreshing(app), len(articles))) or count(articles, *before)
            ),
        )
        frozen = gc.get_freeze_count()
        release = _held_json_feed(server)  # R still running when looked at, however fast
        await pilot.press("R")
        title_bar = app.screen.query_one(TitleBar)
        # the bar shows at once; a fast machine may have finished a feed before the key's wait ends
        assert _refreshing(app) and title_bar.progress is not None
        label, done = title_bar.progress
        assert (label, done) == ("refreshing feeds…", 0.0) or (
            re.match(r"feeds [123]/3\b", label) is not None and 0 < done <= 1
        )
        assert gc.get_freeze_count() > frozen, "the library is left out of full collections"
        assert sys.getswitchinterval() == reading.UI_SWITCH_INTERVAL < usual_interval
        release.set()
        await settle_start_up(app, pilot)
        assert not _refreshing(app) and title_bar.progress is None, "the progress goes when done"
        await app.workers.wait_for_complete()
        await pilot.pause(0.1)
        assert sys.getswitchinterval() == usual_interval, "the UI thread's favour ends after R"
        hooks = [getattr(hook, "__name__", "") for hook in gc.callbacks]
        assert "_freeze_survivors" not in hooks, "collections go back to normal after R"
        new = [a for a in store.articles() if a.id not in seen_before]
        assert new and {a.state for a in new} == {"unread"}
        # its arrivals are added to the counts, the library is not counted again (during R
        # or for the first key after it), and the counts are the library's
        assert all(size < len(seen_before) for _during, size in counted)
        assert actions.state.reading == count(store.articles())
        # the search index takes the arrivals once R is over, not beside each list update
        assert [ids for during, ids in synced if during] == []
        assert {a.id for a in new} <= {i for _during, ids in synced for i in ids or ()}
        assert set(actions.state.index.search("Vientiane")) & {a.id for a in new}
        entities = app.screen.library_actions.state.entities
        assert entities is entities_in_use and loads == [], "the cache in use is not read again"
        assert all(entities.has(a.text_hash) for a in new), "the new articles are recognised"
        line = next(m for m in notices_said(app) if "new in 2 feeds" in m)
        assert line.startswith(f"{len(new)} new in 2 feeds") and "1 failed: Broken: " in line
        listed = _library(app).row_ids
        assert {a.id for a in new} <= set(listed), "new articles are listed without reopening"
        assert all(
            row.unread for row in _library(app).rows if row.article_id in {a.id for a in new}
        )
        title = str(app.screen.query_one(TitleBar).render())
        assert f"{len(new)} unread" in title
        by_feed = {f.name: f.summary for f in _library(app).folders if f.kind == "feed"}
        ministry = sum(1 for a in new if a.feed_id == store.feeds()[0].id)
        assert by_feed["Ministry"].startswith(f"{ministry} unread · {ministry} article")
        assert f"Ministry  {by_feed['Ministry']}" in _library(app).render_line(1).text
        watch = next(f for f in _library(app).folders if f.name == "Everything new")
        assert watch.summary.startswith(f"{len(new)} new · ")
    store.close()


async def test_arrivals_counted_whole_by_a_cache_ready_first_are_not_counted_again(
    store_path: Path, server: FeedServer, monkeypatch
):
    """After ``R`` the entity cache recognises the arrivals while a worker puts them in the
    list's facets (slow on a large or loaded machine); the cache, ready first, counts the
    saved filters' new matches from the whole library, arrivals included: the facets' turn,
    adding its arrivals to those counts, then said "8 new" for 4 until the next recount."""
    store = _subscribed(store_path, server)
    seen_before = {a.id for a in store.articles()}
    grow = threading.Event()
    added = LibraryFacets.added
    app = DiplotuiApp(store)
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle_start_up(app, pilot)
            monkeypatch.setattr(
                LibraryFacets, "added", lambda *a, **k: grow.wait(30) and added(*a, **k)
            )
            state = app.screen.library_actions.state
            await pilot.press("R")
            for _ in until_bound():
                await pilot.pause(0.02)
                recognising = [w for w in app.workers if w.group == "entity-cache"]
                if not _refreshing(app) and not recognising and not state.entities_pending:
                    break
            new = [a for a in store.articles() if a.id not in seen_before]
            assert new and state.building, "the arrivals are still on their way to the list"
            grow.set()
            await settle_start_up(app, pilot)
            assert set(_library(app).row_ids) >= {a.id for a in new}
            watch = next(f for f in _library(app).folders if f.name == "Everything new")
            assert watch.summary.startswith(f"{len(new)} new · ")
            title = str(app.screen.query_one(TitleBar).render())
            assert f"{sum(a.state == 'unread' for a in store.articles())} unread" in title
    finally:
        grow.set()
        store.close()


async def test_articles_join_the_list_while_R_runs_without_the_facets_built_again(
    store_path: Path, server: FeedServer, monkeypatch
):
    """The first feed's articles are listed (and counted unread) while another feed still
    loads, put into the list's sorted facets one by one: the library is not sorted again."""
    store = _subscribed(store_path, server)
    release = _held_json_feed(server)
    builds: list[int] = []
    build = LibraryFacets.of.__func__  # type: ignore[attr-defined]
    usual_interval = sys.getswitchinterval()
    app = DiplotuiApp(store)
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle_start_up(app, pilot)
            monkeypatch.setattr(
                LibraryFacets,
                "of",
                classmethod(lambda cls, *args: builds.append(1) or build(cls, *args)),
            )
            grown_at: list[int] = []  # the niceness of the thread growing the facets
            grow = LibraryFacets.added

            def added(self, *args, **kwargs):  # type: ignore[no-untyped-def]
                grown_at.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))
                return grow(self, *args, **kwargs)

            monkeypatch.setattr(LibraryFacets, "added", added)
            described: list[int] = []  # a worker described by the repr of its facets argument
            monkeypatch.setattr(LibraryFacets, "__repr__", lambda self: described.append(1) or "")
            ministry = store.feeds()[0].id
            feeds_read: list[bool] = []  # whether R ran, at each reading of the feeds
            read_feeds = store.feeds
            monkeypatch.setattr(
                store, "feeds", lambda: feeds_read.append(_refreshing(app)) or read_feeds()
            )
            await pilot.press("R")
            for _ in until_bound():
                await pilot.pause(0.025)
                mine = {a.id for a in store.articles() if a.feed_id == ministry}
                if mine and mine <= set(_library(app).row_ids):
                    break
            assert mine and mine <= set(_library(app).row_ids)
            assert _refreshing(app), "the other feed is still loading"
            snapshots = [w for w in app.workers if w.group == SNAPSHOT_GROUP]
            app._keep_snapshot()  # its timer's round, the store changed: not while R writes
            assert [w for w in app.workers if w.group == SNAPSHOT_GROUP] == snapshots
            title = str(app.screen.query_one(TitleBar).render())
            assert f"{len(mine)} unread" in title
            progress = re.search(r"feeds ([12])/3 · (\d+) new · (Ministry|Broken) ", title)
            assert progress and progress[2] == str(len(mine)), "the progress, after the title"
            assert "━" * 5 in title and len(title) == 120, "a bar, within the title line"
            assert builds == []
            if sys.platform.startswith("linux"):  # behind the UI thread for the cores
                ui_niceness = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
                assert grown_at and set(grown_at) == {min(19, ui_niceness + 10)}
            assert feeds_read.count(True) == 1, "during R only the refresh itself reads them"
            release.set()
            await settle_start_up(app, pilot)
            assert not _refreshing(app)
            assert "━" not in str(app.screen.query_one(TitleBar).render())
            everything = {a.id for a in store.articles()}
            assert everything == set(_library(app).row_ids)
            assert builds == [], "the last articles join the list's facets as the others did"
            assert described == [], "no 10-20 ms repr of the facets on the UI thread"
            assert feeds_read[-1] is False, "the feeds section is brought up to date after R"
            reads = len(feeds_read)
            app.screen.reading_actions.count_reading([])  # more arrivals taken in after R
            assert len(feeds_read) == reads, "read once after R, not for each batch after it"
            unread = sum(a.state == "unread" for a in store.articles())
            assert f"{unread} unread" in str(app.screen.query_one(TitleBar).render())
            assert sys.getswitchinterval() == reading.UI_SWITCH_INTERVAL, "favoured a while"
        assert sys.getswitchinterval() == usual_interval, "and no longer once the app is closed"
    finally:
        release.set()
        store.close()


async def test_a_feed_folder_lists_its_articles_and_the_heading_folds(
    store_path: Path, server: FeedServer
):
    store = _subscribed(store_path, server)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("R")
        await settle_start_up(app, pilot)
        ministry = store.feeds()[0]
        expected = {a.id for a in store.articles() if a.feed_id == ministry.id}
        await pilot.press("g", "j", "enter")  # the heading, then Ministry
        await pilot.pause()
        assert set(_library(app).row_ids) == expected
        assert "feed: Ministry" in str(_library(app).border_subtitle)
        await pilot.press("enter")  # the first of its articles: opened, read
        await pilot.pause()
        assert len(expected) >= 2  # 2 or 3: a story both feeds carry is stored once
        summary = next(f.summary for f in _library(app).folders if f.name == "Ministry")
        assert summary == f"{len(expected) - 1} unread · {len(expected)} articles"
        await pilot.press("shift+tab", "escape", "g", "enter")  # fold the feeds section
        await pilot.pause()
        assert [f.kind for f in _library(app).folders] == ["feeds", "filter"]
        await pilot.press("enter")  # the cursor stayed on the heading: enter unfolds it
        await pilot.pause()
        assert "feed" in [f.kind for f in _library(app).folders]
        assert _library(app).current_folder == "Feeds"
        await pilot.press("enter")  # and folds it again
        await pilot.pause()
        assert [f.kind for f in _library(app).folders] == ["feeds", "filter"]
        await pilot.press("g", "j", "enter")  # the saved filter: looked at, nothing new
        await pilot.pause()
        watch = next(f for f in _library(app).folders if f.name == "Everything new")
        assert " new · " not in watch.summary
    store.close()


async def test_R_without_feeds_says_how_to_add_one(seeded_store: Store):
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("R")
        await pilot.pause()
        # the key that subscribes in the app: the command waits for the app's lock, then
        # fails ("already open in process ...; close it first")
        assert (
            "No feeds yet: A subscribes to one (a feed's address, or a page's that names its feed)."
        ) in notices_said(app)


async def test_R_with_every_feed_inside_its_interval_says_when_the_next_check_is(
    store_path: Path, server: FeedServer
):
    """Not a bare "nothing new": the line says, as ``diplotui refresh`` does, when the feeds
    were checked and when the next check is; as a sentence, as every notice (it was the one
    in lower case, with no full stop)."""
    store = make_library(store_path)
    add_feed(store, server.url("/rss2.xml"), name="Ministry")
    add_feed(store, server.url("/feed.json"), name="UN News")
    await asyncio.to_thread(refresh, store)  # just now: both feeds wait their minute
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("R")
        await settle_start_up(app, pilot)
        await app.workers.wait_for_complete()
        await pilot.pause()
        when = r"Nothing new, 2 feeds checked <1 min ago, next check in \d+ s\."
        assert [m for m in notices_said(app) if re.fullmatch(when, m)], notices_said(app)
    store.close()


async def test_an_article_whose_text_changed_upstream_says_when_and_what_it_did(
    store_path: Path, server: FeedServer
):
    """A feed item's text changed: the refresh updates the article, and opening it shows when
    (the reader's title, the sidebar) and what became of its highlights."""
    from diplotui.anchoring import new_highlight
    from diplotui.feeds import refresh
    from diplotui.ingest.update import changed_when
    from diplotui.model import Highlight, new_id
    from tests.feeds.conftest import FAST
    from tests.tui.test_reader_support import sidebar_rows

    version = {"text": server.body("rss2.xml")}
    server.serve_bytes("/live.xml", lambda: version["text"], "application/rss+xml")
    store = Store.open(store_path)
    add_feed(store, server.url("/live.xml"), name="Ministry")
    await asyncio.to_thread(refresh, store, policy=FAST, force=True)
    council = next(a for a in store.articles() if a.title.startswith("Security Council"))
    text = store.article_text(council.id)
    for quote in ("Several members", "on Monday adopted"):
        start = text.index(quote)
        store.save_highlight(
            Highlight(new_id(), council.id, start, start + len(quote), quote, prefix="", suffix="")
        )
    start = text.index("the text reflected a careful balance")  # with its context: drifts
    store.save_highlight(new_highlight(council.id, text, start, start + 36))
    version["text"] = version["text"].replace(b"on Monday adopted", b"on Monday passed")
    version["text"] = version["text"].replace(
        b"The Security Council", b"Today the Security Council"
    )
    version["text"] = version["text"].replace(b"a careful balance", b"a fair balance")
    assert (await asyncio.to_thread(refresh, store, policy=FAST, force=True)).updated == 1
    updated = store.article(council.id)
    when = changed_when(updated)
    assert when.startswith(updated.text_changed_at[:4])
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        _library(app).select_id(council.id)
        await pilot.press("enter")
        await settle_start_up(app, pilot)
        reader = app.screen.reader
        assert reader.article_id == council.id
        assert reader.border_title == f"Reader · updated {when}"
        rows = sidebar_rows(app)
        # newuser45: a highlight whose words read otherwise now was "re-anchored" like one
        # that only moved: its words changed unsaid
        assert f"Text updated {when}: 1 highlight re-anchored, 1 drifted, 1 orphan" in rows
        await pilot.press("shift+tab", "j", "enter")  # another article: a plain title again
        await settle_start_up(app, pilot)
        assert reader.article_id != council.id and reader.border_title == "Reader"
        assert not any(row.startswith("Text updated") for row in sidebar_rows(app))
    store.close()


async def test_a_start_from_the_list_snapshot_shows_unread_counts_and_the_feeds(
    store_path: Path, server: FeedServer
):
    """The second start draws the kept list snapshot first; once the articles are read, the
    title bar counts the unread ones and the feeds section is there (it once stayed empty
    until the next write)."""
    from diplotui.feeds import refresh
    from diplotui.library.snapshot import load_snapshot, view_of, write_snapshot
    from diplotui.tui.launch import open_for_app
    from tests.feeds.conftest import FAST

    store = Store.open(store_path)
    add_feed(store, server.url("/rss2.xml"), name="Ministry")
    await asyncio.to_thread(refresh, store, policy=FAST, force=True)
    unread = sum(a.state == "unread" for a in store.articles())
    store.close()  # closing compacts: the snapshot is taken of the store as it then is
    with Store.open(store_path, read_only=True) as reader:
        view = view_of(reader)
        assert view is not None and write_snapshot(view)
    snapshot = load_snapshot(store_path)
    assert snapshot is not None
    app = DiplotuiApp(
        None, snapshot=snapshot, open_store=lambda: open_for_app(store_path, read_only=False)
    )
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        assert f"{unread} unread" in str(app.screen.query_one(TitleBar).render())
        assert ("feed", "Ministry") in [(f.kind, f.name) for f in _library(app).folders]
        assert app.store is not None
        app.store.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice")
async def test_arrivals_are_indexed_behind_the_ui_thread_and_after_a_key_s_frame(
    store_path: Path, monkeypatch
):
    """A refresh's arrivals reach the search index from a lowered thread of its own (a key's
    UI thread gets a busy core first), a slice at a time, each waiting while a key is being
    handled until the frame showing it: a key is marked from its arrival to that frame."""
    store = make_library(store_path)
    app = DiplotuiApp(store)
    marks: list[str] = []
    synced: list[tuple[list[str], int]] = []  # each slice, and its thread's niceness
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle_start_up(app, pilot)
            keys = app.keys
            for mark in ("arrived", "dispatched", "shown"):
                real = getattr(keys, mark)
                monkeypatch.setattr(keys, mark, lambda m=mark, r=real: marks.append(m) or r())
            down = ArticleList.action_cursor_down

            def moved(self: ArticleList) -> None:
                marks.append(f"moved, handling: {keys.handling}")
                down(self)

            monkeypatch.setattr(ArticleList, "action_cursor_down", moved)
            await pilot.press("j")
            await pilot.pause()
            # the key's frame came after its action (a callback "after refresh" came before)
            assert marks == ["arrived", "moved, handling: True", "dispatched", "shown"]
            assert not keys.handling
            actions = app.screen.library_actions
            for _ in until_bound():
                if actions.state.index is not None:
                    break
                await pilot.pause(0.025)
            index = actions.state.index
            assert index is not None
            sync = index.sync

            def recorded(store: Store, **kwargs):  # type: ignore[no-untyped-def]
                niceness = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
                synced.append((list(kwargs["article_ids"]), niceness))
                return sync(store, **kwargs)

            monkeypatch.setattr(index, "sync", recorded)
            keys.LIMIT = keys.STALE = 60.0  # only the key's frame lets the sync go on
            keys.arrived()
            arrived = [a.id for a in store.articles()]
            actions.state.unindexed = list(arrived)
            actions.index_arrivals()
            for _ in range(4):
                await pilot.pause(0.025)
            assert synced == [], "a key is being handled: its frame first"
            keys.shown()
            await app.workers.wait_for_complete()
            ui_niceness = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
            assert [ids for ids, _ in synced] == [arrived]
            assert synced[0][1] == min(19, ui_niceness + 10)
            assert not app.workers._workers  # nothing left waiting
    finally:
        store.close()


async def test_R_s_store_turns_and_progress_wait_for_the_frame_of_a_key_being_handled(
    store_path: Path, server: FeedServer, monkeypatch
):
    """While a key is being handled the refresh hands the UI thread neither a store turn (a
    batch written: 2-20 ms) nor a progress step: the key's frame comes first."""
    store = _subscribed(store_path, server)
    app = DiplotuiApp(store)
    turns: list[bool] = []  # whether a key was being handled, at each store turn
    steps: list[bool] = []  # the same at each progress step
    frozen: list[bool] = []  # whether each turn left what it made out of young collections
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle_start_up(app, pilot)
            keys, actions = app.keys, app.screen.reading_actions
            write = store_writes.write_on_ui_thread

            def turn(ui, function):  # type: ignore[no-untyped-def]
                turns.append(keys.handling)

                def frozen_after():  # type: ignore[no-untyped-def]
                    before = gc.get_freeze_count()
                    try:
                        return function()
                    finally:
                        frozen.append(gc.get_freeze_count() > before)

                return write(ui, frozen_after)

            monkeypatch.setattr(store_writes, "write_on_ui_thread", turn)
            step = actions._refresh_progress
            monkeypatch.setattr(
                actions, "_refresh_progress", lambda s: steps.append(keys.handling) or step(s)
            )
            before = len(store.articles())
            keys.LIMIT = keys.STALE = 60.0  # only the key's frame lets the refresh go on
            keys.arrived()  # a key whose handlers have not run yet
            actions.refresh_feeds()
            for _ in range(4):
                await pilot.pause(0.025)
            assert turns == [] and steps == [], "the key's frame first"
            assert _refreshing(app)
            keys.shown()
            await settle_start_up(app, pilot)
            await app.workers.wait_for_complete()
            assert not _refreshing(app) and turns and steps
            assert not any(turns) and not any(steps)
            assert frozen and all(frozen), "the records each turn made are frozen"
            assert len(store.articles()) > before, "then the refresh brought the feeds in"
    finally:
        store.close()


async def test_R_pressed_at_start_up_puts_off_the_statements_preload_until_it_is_done(
    store_path: Path, server: FeedServer, monkeypatch
):
    """The Statements view's preload (its cache read and indexed, the view composed and laid
    out: 20-45 ms of the UI thread at 10,000 articles) waits while ``R`` runs, then comes."""
    from diplotui.library.statement_cache import StatementCache
    from diplotui.tui.controllers import statements as controller

    # put off, the preload is due again this long after: at 0.05 s it was always due within
    # the pilot's IMMINENT, and each wait waited for it until its bound (R's two: 10 s)
    monkeypatch.setattr(controller, "PRELOAD_SECONDS", 2 * settle.IMMINENT)
    store = _subscribed(store_path, server)
    StatementCache.load(store).fill(store)  # a cache to preload
    release = _held_json_feed(server)
    app = DiplotuiApp(store)
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.press("R")  # held until the screen is complete, then before the preload
            state = app.screen.statement_actions.state
            for _ in range(20):  # the preload's moment passes a few times over
                await pilot.pause(0.025)
            assert _refreshing(app)
            assert state.index is None and state.view is None, "not while R runs"
            release.set()
            for _ in until_bound():
                await pilot.pause(0.025)
                if not _refreshing(app) and state.view is not None and state.view.is_mounted:
                    break
            assert state.index is not None and state.view is not None and state.view.is_mounted
            assert app.screen.query_one(ArticleList).has_focus, "prepared without being shown"
    finally:
        release.set()
        store.close()


async def test_arrivals_are_added_to_the_saved_filters_counts_without_reading_the_library(
    store_path: Path, server: FeedServer, monkeypatch
):
    """Each time the list takes in a refresh's arrivals, the saved filters' counts of new
    matches grow by the arrivals that match: the library is not read and matched again (10
    ms of the UI thread at 10,000 articles with three saved filters, each time)."""
    from diplotui.model import Article
    from diplotui.store import text_hash

    store = _subscribed(store_path, server)
    app = DiplotuiApp(store)
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle_start_up(app, pilot)
            await app.workers.wait_for_complete()
            counts = app.screen.library_actions.state.new_in_filters
            assert counts == {"Everything new": 0}
            text = "Talks resume\n\nThe delegations met in Geneva on Monday.\n"
            digest = text_hash(text)
            arrival = Article(
                id=store.new_article_id(digest),
                title="Talks resume",
                text_hash=digest,
                date="2026-12-01",
            )
            store.add_article(arrival, text)
            read: list[int] = []
            every = store.articles
            monkeypatch.setattr(store, "articles", lambda: read.append(1) or every())
            app.screen.reading_actions.count_reading([store.article(arrival.id)])
            assert counts == {"Everything new": 1}
            assert read == [], "the library was not read again"
    finally:
        store.close()


async def test_the_feeds_section_shows_on_top_of_the_list_at_start(
    store_path: Path, server: FeedServer
):
    """A start from the list snapshot draws the articles first; the feeds section comes once
    they are counted. The list kept its first article on the top line and scrolled the
    section out of sight above it, so a start never showed the feeds (only ``g`` or ``k``
    did)."""
    from diplotui.library.snapshot import load_snapshot, view_of, write_snapshot
    from diplotui.tui.launch import open_for_app
    from tests.feeds.conftest import FAST

    store = Store.open(store_path)
    add_feed(store, server.url("/rss2.xml"), name="Ministry")
    await asyncio.to_thread(refresh, store, policy=FAST, force=True)
    for n in range(20):  # more rows than the pane shows: the list can scroll
        add_article(store, f"Filed story {n}", "Body.", date=f"2024-01-{n + 1:02}")
    store.close()
    with Store.open(store_path, read_only=True) as reader:
        view = view_of(reader)
        assert view is not None and write_snapshot(view)
    snapshot = load_snapshot(store_path)
    app = DiplotuiApp(
        None, snapshot=snapshot, open_store=lambda: open_for_app(store_path, read_only=False)
    )
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        library = _library(app)
        assert [f.kind for f in library.folders][:2] == ["feeds", "feed"]
        assert library.scroll_offset.y == 0
        assert library.render_line(0).text.startswith("▾ Feeds")
        assert library.current_id == library.row_ids[0], "the cursor on the first article"
        assert app.store is not None
        app.store.close()


@needs_tmux
def test_ctrl_q_during_R_ends_the_process_at_once(
    terminal: Terminal, server: FeedServer, store_path: Path
):
    """A feed trickling its answer held the refresh's thread, which the interpreter waits for
    at exit: ctrl+q during R blanked the terminal and kept the process up to the fetch's
    deadline (a minute). The quitting app now asks the refresh to stop."""
    server.trickle("/slow.xml", seconds=60)
    store = make_library(store_path)
    add_feed(store, server.url("/slow.xml"), name="Slow")
    store.close()
    terminal.start_app(store_path)
    terminal.wait_for("Library")
    terminal.keys("R")
    terminal.wait_for("refreshing feeds")
    asked = time.monotonic()
    while not server.hits["/slow.xml"]:  # the fetch under way
        assert time.monotonic() - asked < 30, "the refresh never asked for the feed"
        time.sleep(0.05)
    terminal.keys("C-q")
    quit_at = time.monotonic()
    while terminal.alive() and time.monotonic() - quit_at < 30:
        time.sleep(0.05)
    assert not terminal.alive(), "the process waited for the server's answer"
    with Store.open(store_path, read_only=True) as after:
        assert [feed.name for feed in after.feeds()] == ["Slow"]


async def test_q_during_R_ends_the_app_at_once_while_the_parser_starts(
    store_path: Path, server: FeedServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """R's first parse starts the parsing child, which waits for the server process that
    forks it to import the parsers (1-2 s, several on a loaded machine). That wait held the
    refresh's event loop, so it could not see the quit, and quitting waited for it (5 s at
    most) while a feed server that never answers kept the refresh going. Now the loop stays
    free: q ends the app at once and nothing the refresh had not written is in the store.
    Here the import lasts until the test lets it go, after the app ended: a refresh whose
    loop it held would still be running when quitting gave up waiting for it."""
    import multiprocessing.forkserver

    from diplotui.feeds import workers

    importing, let_go = tmp_path / "importing", tmp_path / "let_go"
    (tmp_path / "slow_parser_start.py").write_text(
        "import pathlib, time\n"
        f"pathlib.Path({str(importing)!r}).touch()\n"
        "deadline = time.monotonic() + 60\n"
        f"while not pathlib.Path({str(let_go)!r}).exists() and time.monotonic() < deadline:\n"
        "    time.sleep(0.02)\n"
    )
    paths = [str(tmp_path), *filter(None, [os.environ.get("PYTHONPATH")])]
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(paths))  # for the server process
    monkeypatch.setattr(workers, "PRELOADED", (*workers.PRELOADED, "slow_parser_start"))
    forkserver = multiprocessing.forkserver._forkserver
    forkserver._stop()  # a server an earlier test started forks at once: start one anew
    silent = threading.Event()
    server.routes["/silent.xml"] = lambda request: silent.wait(30)  # accepts, never answers
    store = make_library(store_path)
    add_feed(store, server.url("/rss2.xml"), name="Ministry")
    add_feed(store, server.url("/silent.xml"), name="Silent")
    articles = {a.id for a in store.articles()}
    app = DiplotuiApp(store)
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle_start_up(app, pilot)
            await pilot.press("R")
            for _ in until_bound():  # its parse sent: the child is starting
                if server.hits["/silent.xml"] and importing.exists():
                    break
                await pilot.pause(0.05)
            assert _refreshing(app) and importing.exists()
            await pilot.press("q")
        assert not app.writes._writers, "quitting gave up waiting for the refresh"
        store.close()
        with Store.open(store_path, read_only=True) as after:
            assert {a.id for a in after.articles()} == articles
            assert [feed.name for feed in after.feeds()] == ["Ministry", "Silent"]
    finally:
        let_go.touch()
        silent.set()
        forkserver._stop()  # later tests start one without the slow import


async def test_R_says_a_feeds_warning_not_a_bare_nothing_new(store_path: Path, server: FeedServer):
    """A feed cut off mid-item: ``diplotui refresh`` warns of its malformed XML on stderr,
    while the app's ``R`` said only "nothing new", as of a feed that had nothing to give."""
    cut = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Desk Wire</title>'
        b"<item><title>Half"
    )
    server.serve_bytes("/cut.xml", cut, "application/rss+xml")
    store = make_library(store_path)
    add_feed(store, server.url("/cut.xml"), name="Desk Wire")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        said = await _refresh_said(app, pilot)
        assert said == [
            "Nothing new.\nDesk Wire: malformed XML (line 1: no element found); 1 item read "
            "anyway\nDesk Wire: an untitled item: skipped (no text, no link)"
        ], notices_said(app)
    store.close()


async def test_R_says_its_first_warnings_and_a_command_that_prints_them_all(
    store_path: Path, server: FeedServer
):
    """The line said "(and 4 more warnings: diplotui refresh lists them)"; run next, that
    command skipped the feed just checked and listed none. At 80x24 the line now gives the
    first three warnings, one a line, then how many more and, whole on a line of its own,
    the command that prints every warning a fetch meets."""
    from diplotui.feeds.refresh import REFRESH_VERBOSE

    from .helpers import screen_text

    linkless = "".join(f"<item><title>Linkless {n}</title></item>" for n in range(5))
    server.serve_bytes(
        "/linkless.xml",
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Desk Wire</title>'
        f"{linkless}</channel></rss>".encode(),
        "application/rss+xml",
    )
    store = make_library(store_path)
    add_feed(store, server.url("/linkless.xml"), name="Desk Wire")
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        [said] = await _refresh_said(app, pilot)
        lines = said.splitlines()
        assert len(lines) == 6 and all("skipped (no text, no link)" in n for n in lines[1:4])
        assert (
            lines[4] == "and 2 more warnings, not kept: a fetch meeting them again prints them all:"
        )
        assert lines[5] == REFRESH_VERBOSE
        shown = screen_text(app).splitlines()
        assert any(line.rstrip().endswith(REFRESH_VERBOSE) for line in shown), shown
    store.close()


async def test_a_feed_s_name_at_80_columns_fills_the_room_beside_its_count(
    store_path: Path, server: FeedServer
):
    """At 80 columns "Desk Diplomacy" was cut to "Desk…" beside "3 unread", five cells left
    blank: a name's cut kept whole words only. It is cut where the room ends."""
    from tests.feeds.conftest import FAST

    store = Store.open(store_path)
    add_feed(store, server.url("/rss2.xml"), name="Desk Diplomacy")
    await asyncio.to_thread(refresh, store, policy=FAST, force=True)
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle_start_up(app, pilot)
        library = _library(app)
        lines = [library.render_line(y).text for y in range(4)]
        # the feed's row in the tree; an article's details below say "2025-07-08 · Desk" too,
        # its source going on over the next line
        [line] = [text for text in lines if text.lstrip().startswith("· Desk")]
        assert line.rstrip().endswith(" unread"), line
        assert line.startswith("  · Desk Dipl…  "), line
        assert len(line.rstrip()) == library.size.width, line
    store.close()


async def _feed_rows(
    store_path: Path, counts: dict[str, int], state: str
) -> tuple[list[str], list[str]]:
    """The feeds' rows of a library of :func:`_feeds_of` at 80x24, then at 120x40."""
    store = _feeds_of(store_path, counts, state)
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle_start_up(app, pilot)
        library = _library(app)
        lines = [library.render_line(y).text.rstrip() for y in range(1, len(counts) + 1)]
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        wide = [library.render_line(y).text.rstrip() for y in range(1, len(counts) + 1)]
    store.close()
    return lines, wide


def _feeds_of(store_path: Path, counts: dict[str, int], state: str) -> Store:
    """A store with a feed of each name in ``counts``, holding that many articles in
    ``state`` (read or unread)."""
    from diplotui.model import Article
    from diplotui.store.files import text_hash

    store = Store.open(store_path)
    with store.batch():
        for name, count in counts.items():
            feed = add_feed(store, f"http://127.0.0.1:9/{count}.xml", name=name)
            for n in range(count):
                text = f"{name} {n}\n\nBody.\n"
                digest = text_hash(text)
                article = Article(id=store.new_article_id(digest), title=f"{name} {n}",
                                  text_hash=digest, state=state, feed_id=feed.id)  # fmt: skip
                store.add_article(article, text)
    return store


async def test_a_feed_s_name_keeps_its_first_words_beside_any_unread_count_at_80_columns(
    store_path: Path,
):
    """Beside "1,000 unread" a feed's row at 80x24 fell back to "· Des…": the count had its
    room whole, the name what was left. Where the count whole leaves the name fewer than
    twelve cells it stands as "●1,000" (the unread mark of the list's rows), every digit
    kept: 9, 999 and 1,000 alike leave the name its first words."""
    from diplotui.model import ReadState

    counts = {"Desk Wire": 9, "Mekong Monitor": 999, "UN News": 1_000}
    lines, _ = await _feed_rows(store_path, counts, ReadState.UNREAD.value)
    assert lines == [
        "  · Desk Wire  9 unread",
        "  · Mekong Monit…  ●999",
        "  · UN News  ●1,000",
    ], lines


async def test_a_feed_s_name_keeps_its_first_words_beside_a_count_of_articles_all_read(
    store_path: Path,
):
    """ "· Wire Se…  0 articles" at 80x24: a count nobody needs there cut the name. A count
    of articles all read gives way whole where the name lacks room, as an unread one takes
    its short form ("●1,000"); where there is room it stays ("· Wire  3 articles")."""
    from diplotui.model import ReadState

    read = {"Wire Service International": 0, "Mekong Monitor": 12, "Wire": 3}
    lines, wide = await _feed_rows(store_path, read, ReadState.READ.value)
    assert lines == ["  · Wire Service Inter…", "  · Mekong Monitor", "  · Wire  3 articles"], lines
    assert wide[1].endswith("Mekong Monitor  12 articles"), wide


async def test_R_names_two_feeds_titled_alike_apart(
    store_path: Path, server: FeedServer, fetch_pauses: list[float]
):
    """Two feeds with one title, both down: R's line said "Mekong Monitor: cannot connect"
    twice; it names each by its host."""
    store = make_library(store_path)
    add_feed(store, "http://127.0.0.1:9/rss.xml", name="Mekong Monitor")
    add_feed(store, "http://127.0.0.1:7/rss.xml", name="Mekong Monitor")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("R")
        await settle_start_up(app, pilot)
        await app.workers.wait_for_complete()
        await pilot.pause()
        [said] = [m for m in notices_said(app) if "2 failed" in m]
        assert "Mekong Monitor (127.0.0.1:9): cannot connect" in said, said
        assert "Mekong Monitor (127.0.0.1:7): cannot connect" in said, said
    assert sorted(fetch_pauses) == [2.0, 2.0, 4.0, 4.0], "each feed was tried three times"
    store.close()


async def test_the_feeds_section_tells_feeds_titled_alike_apart_as_R_s_line_does(
    store_path: Path, server: FeedServer
):
    """Three feeds a server titles "Desk Wire" read "· Desk Wire" three times in the feeds
    section, one of them failing: R's line named it "Desk Wire (127.0.0.1:PORT/gone.xml)",
    and no row said which that was. Each row now names the feed by the part of its address
    that tells it apart."""
    store = make_library(store_path)
    for path in ("/rss2.xml", "/gone.xml"):
        add_feed(store, server.url(path), name="Desk Wire")
    add_feed(store, server.url("/feed.json"), name="UN News")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("R")
        await app.workers.wait_for_complete()
        await settle_start_up(app, pilot)
        where = server.url("").split("://", 1)[-1].rstrip("/")
        library = _library(app)
        names = [f.name for f in library.folders if f.kind == "feed"]
        assert sorted(names) == ["Desk Wire (gone.xml)", "Desk Wire (rss2.xml)", "UN News"]
        [said] = [m for m in notices_said(app) if "1 failed" in m]
        assert f"Desk Wire ({where}/gone.xml): HTTP 404" in said, said
        await pilot.resize_terminal(80, 24)
        await settle_start_up(app, pilot)
        lines = [library.render_line(y).text for y in range(4)]
        # the name is left out before the address that tells the feeds apart, and that is
        # cut at its start: "  · rss2.xml  2 unread", "  · gone.xml  failing" (it read
        # "  · Desk…  2 unread" twice); a story both rss2.xml and feed.json carry is stored
        # by whichever is read first, so the count is 2 or 3
        assert any(re.fullmatch(r"  · rss2\.xml  [23] unread *", line) for line in lines), lines
        assert any(re.match(r"  · …?\S*e\.xml  failing", line) for line in lines), lines
    store.close()
