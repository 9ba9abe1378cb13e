"""Store writes from thread workers take the one path (``diplotui.tui.store_writes``): each is
made on the UI thread, in order with the user's own changes, and lands in the store; a write
that fails is said in the app, which stays open."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.import_files import ImportScreen
from diplotui.tui.widgets.article_list import ArticleList

from .helpers import import_in_app, notices_said, settle_start_up
from .library_fixtures import make_library


def _writing_threads(store: Store) -> list[str]:
    """The name of the thread of every committed write of ``store`` from now on."""
    names: list[str] = []
    store.on_change(lambda changed: names.append(threading.current_thread().name))
    return names


async def test_an_import_and_a_copy_write_on_the_ui_thread_and_land(
    store_path: Path, tmp_path: Path, clipboard: list[str]
):
    news = tmp_path / "news"
    news.mkdir()
    for number in range(3):
        text = f"Talks number {number} in Jakarta\n\nEnvoys met {number} times.\n"
        (news / f"{number}.txt").write_text(text, encoding="utf-8")
    store = make_library(store_path)
    threads = _writing_threads(store)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        assert await import_in_app(app, pilot, news) == "done"
        assert "3 imported" in str(app.screen.query_one("#import-report").render())
        await pilot.press("escape")
        await settle_start_up(app, pilot)
        library = app.screen.query_one(ArticleList)
        titles = [row.title for row in library.rows]
        assert {f"Talks number {n} in Jakarta" for n in range(3)} <= set(titles)
        library.cursor = len(library.folders) + titles.index("Talks number 1 in Jakarta")
        await pilot.press("enter", "y")  # the copy worker hands its quote record over
        await settle_start_up(app, pilot)
        assert clipboard and "Talks number 1 in Jakarta" in clipboard[-1]
    assert threads and set(threads) == {threading.main_thread().name}
    store.close()
    reopened = Store.open(store_path)
    try:
        assert sum(a.title.startswith("Talks number") for a in reopened.articles()) == 3
        assert [quote.text for quote in reopened.quotes()] == clipboard
    finally:
        reopened.close()


async def test_worker_writes_that_fail_are_said_and_the_app_goes_on(
    store_path: Path, tmp_path: Path, clipboard: list[str]
):
    news = tmp_path / "news"
    news.mkdir()
    (news / "talks.txt").write_text("Talks in Jakarta\n\nEnvoys met.\n", encoding="utf-8")
    store = make_library(store_path)
    before = len(store.articles())
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)  # its workers are done before the folder goes
        shutil.rmtree(store_path.parent)  # every write of the store now fails
        status = await import_in_app(app, pilot, news)
        assert status.startswith("import stopped: ") and str(store_path.parent) in status
        assert "\n" not in status
        assert app.is_running
        await pilot.press("escape")  # the dialog closes once the import has ended
        await settle_start_up(app, pilot)
        assert not isinstance(app.screen, ImportScreen)
        assert len(store.articles()) == before, "nothing half-imported is shown"
        await pilot.press("enter", "y")  # the quote is copied; its history record fails
        await settle_start_up(app, pilot)
        assert clipboard
        messages = notices_said(app)
        assert any("not saved to quote history" in m and "\n" not in m for m in messages)
        assert app.is_running
    store.close()
