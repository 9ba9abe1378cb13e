"""Starting from the list snapshot: the list is drawn first, the store is opened just after."""

from __future__ import annotations

import asyncio
import gc
import threading
from pathlib import Path

import pytest
from textual import events
from textual.pilot import Pilot

from diplotui.library import snapshot as snapshot_module
from diplotui.library.snapshot import ListSnapshot, StoreView, load_snapshot, save_snapshot
from diplotui.model import Article
from diplotui.store import Store, StoreCorrupt
from diplotui.store.collection import pause_for_start_up
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.launch import open_for_app
from diplotui.tui.widgets.article_list import ArticleList
from diplotui.tui.widgets.reader import Reader

from .helpers import notices_said, settle_start_up, until_bound, until_main_screen, until_store_open


def _current_snapshot(store: Store) -> ListSnapshot:
    store.close()  # closing may compact the journal, so the snapshot is taken after it
    save_snapshot(store)
    snapshot = load_snapshot(store.path)
    assert snapshot is not None
    return snapshot


def _list_as_shown(app: DiplotuiApp) -> tuple[list[str], list[str], str, str]:
    library = app.screen.query_one(ArticleList)
    titles = [row.title for row in library.rows]
    return list(library.row_ids), titles, str(library.border_title), str(library.border_subtitle)


async def test_start_from_snapshot_paints_the_list_then_works_as_usual(seeded_store: Store):
    store_path = seeded_store.path
    with_tag = seeded_store.articles()[0]
    seeded_store.with_updates(with_tag, tags=["asean"])
    snapshot = _current_snapshot(seeded_store)

    normal_store, _ = open_for_app(store_path, read_only=False)
    normal = DiplotuiApp(normal_store)
    async with normal.run_test(size=(120, 40)):
        expected = _list_as_shown(normal)
    normal_store.close()

    seen_before_open: list[tuple[list[str], list[str], str, str]] = []

    def open_store() -> tuple[Store, list[str]]:
        seen_before_open.append(_list_as_shown(app))  # what the first frame was drawn from
        return open_for_app(store_path, read_only=False)

    app = DiplotuiApp(None, snapshot=snapshot, open_store=open_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await until_store_open(app, pilot)
        assert seen_before_open == [expected]
        assert _list_as_shown(app) == expected
        await pilot.press("enter")
        assert app.screen.query_one(Reader).article_id == expected[0][0]
        await pilot.press("t", "x", "enter")
        await pilot.pause()
        assert app.store is not None and "x" in app.store.article(expected[0][0]).tags
    app.store.close()


async def test_keys_typed_before_the_store_is_open_are_handled_after_in_order(
    seeded_store: Store,
):
    store_path = seeded_store.path
    snapshot = _current_snapshot(seeded_store)
    cursor_when_opened: list[int] = []

    class TypingAhead(DiplotuiApp):
        """Keys arrive before the first frame, as when someone types while it starts."""

        def on_mount(self) -> None:
            super().on_mount()
            self.post_message(events.Key("j", "j"))
            self.post_message(events.Key("enter", "\r"))

    def open_store() -> tuple[Store, list[str]]:
        cursor_when_opened.append(app.screen.query_one(ArticleList).cursor)
        return open_for_app(store_path, read_only=False)

    app = TypingAhead(None, snapshot=snapshot, open_store=open_store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = (await until_main_screen(app, pilot)).reader
        for _ in until_bound():  # the store opens after the first frame; a loaded machine is slow
            await pilot.pause()
            if reader.article_id is not None:
                break
        library = app.screen.query_one(ArticleList)
        assert cursor_when_opened == [0], "no key acted before the store was open"
        assert library.cursor == 1
        assert reader.article_id == snapshot.ids[1]
    assert app.store is not None
    app.store.close()


async def test_a_store_that_fails_to_open_after_the_first_frame_ends_the_app(
    seeded_store: Store, store_path: Path
):
    snapshot = _current_snapshot(seeded_store)

    def open_store() -> tuple[Store, list[str]]:
        raise StoreCorrupt(store_path, "invalid JSON at line 1 column 9, likely truncated")

    app = DiplotuiApp(None, snapshot=snapshot, open_store=open_store)
    async with app.run_test(size=(120, 40)) as pilot:
        # The store is opened in a thread after the first frame; leaving the test's app
        # before that thread has failed would end the app as a person's quit does.
        for _ in until_bound():
            if app.return_code is not None:
                break
            await pilot.pause()
    assert app.return_code == 1
    assert app.start_error is not None
    assert str(store_path) in app.start_error and "invalid JSON" in app.start_error


def test_an_app_needs_a_store_or_a_way_to_open_one(seeded_store: Store):
    snapshot = _current_snapshot(seeded_store)
    with pytest.raises(ValueError, match="store"):
        DiplotuiApp(None, snapshot=snapshot)


async def test_collection_paused_for_start_up_resumes_after_the_first_frame(seeded_store: Store):
    pause_for_start_up()  # as the launcher does before importing Textual
    try:
        app = DiplotuiApp(seeded_store)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            assert gc.isenabled(), "collection resumed once the first frame was drawn"
            assert gc.get_freeze_count() > 0, "what start-up made is skipped by collections"
    finally:
        gc.enable()
        gc.unfreeze()


async def test_an_app_started_with_collection_on_leaves_it_alone(seeded_store: Store):
    frozen = gc.get_freeze_count()  # the suite's own (conftest; some die), or none if run alone
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        # The workers' loads pause collection while they run (``gc_paused``), whatever the app
        # was started with: under load one pause came before the search index had loaded.
        await settle_start_up(app, pilot)
    assert gc.isenabled() and gc.get_freeze_count() <= frozen, "the app froze nothing"


class SnapshotTicks:
    """Counts the app's snapshot timer ticks, so a test waits for ticks rather than time (a
    fixed pause was several ticks on an idle machine, maybe none on a loaded one)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        # Longer than the pilot's IMMINENT (0.05 s): a timer always that close kept each key's
        # wait from settling until its 1 s bound (18 s for a test typing a tag).
        monkeypatch.setattr(DiplotuiApp, "SNAPSHOT_SECONDS", 0.2)
        self.count = 0
        keep = DiplotuiApp._keep_snapshot

        def counted(app: DiplotuiApp) -> None:
            self.count += 1
            keep(app)

        monkeypatch.setattr(DiplotuiApp, "_keep_snapshot", counted)

    async def wait(self, app: DiplotuiApp, pilot: Pilot[None], ticks: int = 2) -> None:
        """Until ``ticks`` more ticks have run (one whole tick after anything done before)
        and the snapshot worker they may have started is done."""
        wanted = self.count + ticks
        for _ in until_bound():
            if self.count >= wanted:
                await app.workers.wait_for_complete()
                return
            await pilot.pause()
        raise AssertionError("the snapshot timer never ticked")


async def test_the_snapshot_is_kept_current_while_the_app_runs(
    seeded_store: Store, monkeypatch: pytest.MonkeyPatch
):
    """Closing the terminal window ends the process without quitting: writes made in the
    session must still reach the snapshot."""
    ticks = SnapshotTicks(monkeypatch)
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        first_id = app.screen.query_one(ArticleList).row_ids[0]
        await pilot.press("t", "s", "e", "s", "s", "i", "o", "n", "enter")
        await ticks.wait(app, pilot)
        snapshot = load_snapshot(seeded_store.path)
        assert snapshot is not None and "#session" in snapshot.row(first_id).details


async def test_the_snapshot_reads_the_store_off_the_thread_that_answers_keys(
    seeded_store: Store, monkeypatch: pytest.MonkeyPatch
):
    """Reading every article and highlight for the snapshot takes ~50 ms of CPU at 100,000
    articles (1.2 s the first time): a key pressed meanwhile must not wait for it."""
    ticks = SnapshotTicks(monkeypatch)
    readers: list[threading.Thread] = []
    view_of = snapshot_module.view_of

    def recording_view_of(store: Store) -> StoreView | None:
        readers.append(threading.current_thread())
        return view_of(store)

    monkeypatch.setattr(snapshot_module, "view_of", recording_view_of)
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        first_id = app.screen.query_one(ArticleList).row_ids[0]
        await pilot.press("t", "o", "f", "f", "enter")
        await ticks.wait(app, pilot)
    assert readers and threading.main_thread() not in readers
    snapshot = load_snapshot(seeded_store.path)
    assert snapshot is not None and "#off" in snapshot.row(first_id).details


async def test_a_snapshot_current_at_start_is_not_rebuilt_until_the_store_changes(
    seeded_store: Store, monkeypatch: pytest.MonkeyPatch
):
    """Rebuilding reads every article (1.2 s of CPU at 100,000 the first time): a snapshot the
    app started from, still current, is left as it is; a write makes it rebuild."""
    ticks = SnapshotTicks(monkeypatch)
    snapshot = _current_snapshot(seeded_store)
    views: list[Store] = []
    view_of = snapshot_module.view_of

    def recording_view_of(store: Store) -> StoreView | None:
        views.append(store)
        return view_of(store)

    monkeypatch.setattr(snapshot_module, "view_of", recording_view_of)
    path = seeded_store.path
    app = DiplotuiApp(None, snapshot=snapshot, open_store=lambda: open_for_app(path, False))
    async with app.run_test(size=(120, 40)) as pilot:
        await ticks.wait(app, pilot, ticks=4)
        assert views == []
        await pilot.press("t", "n", "e", "w", "enter")
        await ticks.wait(app, pilot)
        assert views
    assert app.store is not None
    app.store.close()
    gc.unfreeze()


async def test_keys_work_before_the_articles_are_read_and_rows_come_from_the_store(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """A current snapshot keeps the list while a worker reads and sorts the articles (seconds
    at 100,000): keys are answered meanwhile, rows past the snapshot's first screen are read
    from the store one by one, and once the worker is done the list is the usual one."""
    from diplotui.library.generate import generate_library
    from diplotui.library.snapshot import FIRST_ROWS
    from diplotui.tui.controllers.library import LibraryActions
    from diplotui.tui.launch import build_app

    generate_library(store_path, articles=FIRST_ROWS + 30, highlights=40)
    with Store.open(store_path) as store:
        pass
    save_snapshot(store)
    normal_store, _ = open_for_app(store_path, read_only=False)
    normal = DiplotuiApp(normal_store)
    async with normal.run_test(size=(120, 40)):
        expected = _list_as_shown(normal)
        expected_details = [row.details for row in normal.screen.query_one(ArticleList).rows]
    normal_store.close()

    load_asked = asyncio.Event()  # the worker is asked for after the first frame
    original_load = LibraryActions._run_facets_worker
    monkeypatch.setattr(LibraryActions, "_run_facets_worker", lambda *args: load_asked.set())
    app = build_app(store_path, read_only=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        try:
            await asyncio.wait_for(load_asked.wait(), timeout=60)
        except TimeoutError:
            pytest.fail("the articles are read by a worker, not before keys are handled")
        await pilot.pause()
        library = app.screen.query_one(ArticleList)
        assert list(library.row_ids) == expected[0]
        past_first_screen = FIRST_ROWS + 10
        assert library.rows[past_first_screen].title == expected[1][past_first_screen]
        assert library.rows[past_first_screen].details == expected_details[past_first_screen]
        await pilot.press("slash")
        assert app.screen.query_one("#library-search").has_focus
        await pilot.press("escape")
        screen = app.screen
        monkeypatch.setattr(LibraryActions, "_run_facets_worker", original_load)
        screen.library_actions._run_facets_worker()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert _list_as_shown(app) == expected


def _written_by_another_process(store: Store) -> tuple[Article, Article, Article]:
    """After a current snapshot, another program retags the first article, adds one and
    deletes the second (the snapshot is then stale); returns those three articles."""
    from tests.unit.test_store import add_article

    path = store.path
    _current_snapshot(store)
    with Store.open(path) as other:
        articles = other.articles()
        retagged = other.with_updates(articles[0], tags=["retagged"])
        added = other.with_updates(add_article(other, 7), title="AAA added by another program")
        other.delete_article(articles[1].id)
    snapshot = load_snapshot(path, even_stale=True)
    assert load_snapshot(path) is None and snapshot is not None and not snapshot.current
    return retagged, added, articles[1]


async def test_after_another_process_wrote_the_list_is_caught_up_before_any_key(
    seeded_store: Store, monkeypatch: pytest.MonkeyPatch
):
    """The first frame shows the kept list, saying it is reading changes; once the store is
    open, before the keys typed meanwhile are handled, the list is caught up from the
    journal to what a full read shows, and the caught-up snapshot is kept."""
    from diplotui.store import storage as storage_module
    from diplotui.tui.launch import build_app

    monkeypatch.setattr(storage_module, "COMPACT_ON_CLOSE_BELOW_BYTES", 0)  # keep the journal
    path = seeded_store.path
    stale_ids = load_snapshot(path)
    _, added, deleted = _written_by_another_process(seeded_store)

    normal_store, _ = open_for_app(path, read_only=False)
    async with DiplotuiApp(normal_store).run_test(size=(120, 40)) as normal:
        expected = _list_as_shown(normal.app)
        expected_details = [row.details for row in normal.app.screen.query_one(ArticleList).rows]
    normal_store.close()
    assert added.id in expected[0] and deleted.id not in expected[0]
    assert any("#retagged" in details for details in expected_details)

    app = build_app(path, read_only=False)
    seen_before_open: list[tuple[list[str], list[str], str, str]] = []
    seen_when_keys_released: list[tuple[list[str], list[str], str, str]] = []
    release_input = app.release_input

    def open_store() -> tuple[Store, list[str]]:
        seen_before_open.append(_list_as_shown(app))  # what the first frame was drawn from
        return open_for_app(path, read_only=False)

    def release() -> None:
        seen_when_keys_released.append(_list_as_shown(app))
        release_input()

    monkeypatch.setattr(app, "_open_store", open_store)
    monkeypatch.setattr(app, "release_input", release)
    async with app.run_test(size=(120, 40)) as pilot:
        await until_store_open(app, pilot)
        [first_frame] = seen_before_open
        assert deleted.id in first_frame[0] and added.id not in first_frame[0]
        assert first_frame[3].endswith("reading changes…")
        assert seen_when_keys_released == [expected]
        library = app.screen.query_one(ArticleList)
        assert [row.details for row in library.rows] == expected_details
        await app.workers.wait_for_complete()
    assert stale_ids is None or list(stale_ids.ids) != expected[0]
    kept = load_snapshot(path)
    assert kept is not None and list(kept.ids) == expected[0]
    gc.unfreeze()


async def test_a_key_typed_before_a_stale_list_is_caught_up_acts_on_the_caught_up_list(
    seeded_store: Store, monkeypatch: pytest.MonkeyPatch
):
    """``j`` then ``enter`` typed before the first frame, which shows the deleted article
    second: they are handled on the caught-up list, so the article another program added
    (second now) opens."""
    from diplotui.store import storage as storage_module
    from diplotui.tui.launch import open_for_app

    monkeypatch.setattr(storage_module, "COMPACT_ON_CLOSE_BELOW_BYTES", 0)
    path = seeded_store.path
    _, added, deleted = _written_by_another_process(seeded_store)
    snapshot = load_snapshot(path, even_stale=True)
    assert snapshot is not None and snapshot.ids[1] == deleted.id

    class TypingAhead(DiplotuiApp):
        def on_mount(self) -> None:
            super().on_mount()
            self.post_message(events.Key("j", "j"))
            self.post_message(events.Key("enter", "\r"))

    app = TypingAhead(None, snapshot=snapshot, open_store=lambda: open_for_app(path, False))
    async with app.run_test(size=(120, 40)) as pilot:
        reader = (await until_main_screen(app, pilot)).reader
        for _ in until_bound():  # the store opens after the first frame; a loaded machine is slow
            await pilot.pause()
            if reader.article_id is not None:
                break
        assert reader.article_id == added.id
    gc.unfreeze()


def test_a_store_file_changed_since_its_snapshot_is_refused_before_any_frame(
    seeded_store: Store,
):
    """Only a journal another process appended to is caught up after the first frame; a file
    changed since (here cut short) is opened first, so the app refuses it before its screen
    shows, as without a snapshot."""
    from diplotui.tui.launch import build_app

    path = seeded_store.path
    _current_snapshot(seeded_store)
    path.write_bytes(path.read_bytes()[:100])
    assert load_snapshot(path, even_stale=True) is None
    with pytest.raises(StoreCorrupt):
        build_app(path, read_only=False)


async def test_a_torn_journal_after_another_process_wrote_is_still_reported(
    seeded_store: Store, monkeypatch: pytest.MonkeyPatch
):
    """Another program's write, then half a line of a write it was killed in: the start
    still catches the list up from the journal, and says what it ignored."""
    from diplotui.store import journal_path
    from diplotui.store import storage as storage_module
    from diplotui.tui.launch import build_app

    monkeypatch.setattr(storage_module, "COMPACT_ON_CLOSE_BELOW_BYTES", 0)  # keep the journal
    path = seeded_store.path
    _current_snapshot(seeded_store)
    with Store.open(path) as other:
        first = other.articles()[0]
        other.with_updates(first, tags=["before-the-kill"])
    with journal_path(path).open("ab") as journal:
        journal.write(b'{"torn": ')
    app = build_app(path, read_only=False)
    async with app.run_test(size=(120, 40)) as pilot:
        library = (await until_store_open(app, pilot)).library
        details = {row.article_id: row.details for row in library.rows}
        assert "#before-the-kill" in details[first.id]
        messages = " ".join(notices_said(app))
        assert "interrupted write" in messages
    gc.unfreeze()
