"""A large store file cut short in place by another program while the app runs.

A large file's records are read from the open file when first used; cut short under the
app, the next one (an article's highlights, opened after) was not there, and the app ended.
Now the app reads on from the backup of the same file (taken when it was opened), says so
once in one line, and never compacts over the file it can no longer read."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from diplotui.library.generate import generate_library
from diplotui.store import Store, StoreCorrupt
from diplotui.store.tables import REREAD_FROM_BYTES
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.controllers import follow
from diplotui.tui.widgets.article_list import ArticleList
from diplotui.tui.widgets.reader import Reader


async def _until(pilot, condition, seconds: float = 60) -> None:
    for _ in range(int(seconds / 0.05)):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError("never came")


def _said(app: DiplotuiApp, store_path: Path) -> list[str]:
    return [
        str(n.message)
        for n in app._notifications
        if "by another program while open" in str(n.message)
    ]


def _copy_of(large_library: Path, tmp_path: Path) -> Path:
    """A copy of the large store (its texts shared through a link: they are never written)."""
    store_path = tmp_path / "store" / "library.json"
    store_path.parent.mkdir()
    for name in ("library.json", "library.json.journal", "library.json.checked"):
        (store_path.parent / name).write_bytes((large_library.parent / name).read_bytes())
    os.symlink(large_library.parent / "library.json.bodies", str(store_path) + ".bodies")
    return store_path


@pytest.fixture(scope="module")
def large_library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store file large enough to be read from disk record by record."""
    path = tmp_path_factory.mktemp("large") / "library.json"
    generate_library(path, articles=1500, highlights=3000, seed=5)
    assert path.stat().st_size > REREAD_FROM_BYTES
    return path


async def test_the_app_reads_on_from_the_backup_and_never_writes_over_the_file(
    large_library: Path, tmp_path: Path
):
    store_path = _copy_of(large_library, tmp_path)
    with Store.open(store_path, read_only=True) as before:
        newest_first = sorted(before.articles(), key=lambda a: (a.date, a.title), reverse=True)
        opened = newest_first[0]
        highlights = sorted(h.quote for h in before.highlights(opened.id))
    assert highlights
    store = Store.open(store_path)  # takes the backup of the file as it opens
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _until(pilot, lambda: app.screen.library_actions.state.facets is not None)
        library = app.screen.query_one(ArticleList)
        assert library.current_id == opened.id
        cut = store_path.stat().st_size // 3
        os.truncate(store_path, cut)  # another program, in place
        library.focus()
        await pilot.press("enter")  # the article's highlights are read from the file now
        reader = app.screen.query_one(Reader)
        await _until(pilot, lambda: reader.article_id == opened.id or not app.is_running)
        assert app.is_running and app.start_error is None
        assert sorted(h.quote for h in reader.highlights) == highlights
        [line] = _said(app, store_path)
        assert str(store_path) in line and "backup" in line and "\n" not in line
        await pilot.press("q")
    store.close()
    assert store_path.stat().st_size == cut, "the file another program cut was written over"
    with pytest.raises(StoreCorrupt):
        Store.open(store_path, read_only=True)


@pytest.mark.parametrize("first", ["the look at the file", "a record read"])
async def test_a_read_only_app_says_the_file_was_cut_short_in_one_line(
    large_library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, first: str
):
    """A read-only app (another process holds the store) whose file is cut short under it
    said two lines: its look at the changed file ("could not be read again") and its switch
    to the backup as a record was read. One line says both, whichever comes first."""
    monkeypatch.setattr(follow, "FOLLOW_SECONDS", 0.1)
    store_path = _copy_of(large_library, tmp_path)
    writer = Store.open(store_path)  # the process holding the store; takes the backup
    with Store.open(store_path, read_only=True) as before:
        newest_first = sorted(before.articles(), key=lambda a: (a.date, a.title), reverse=True)
        highlights = sorted(h.quote for h in before.highlights(newest_first[0].id))
    app = DiplotuiApp(Store.open(store_path, read_only=True))
    async with app.run_test(size=(120, 40)) as pilot:
        await _until(pilot, lambda: app.screen.library_actions.state.facets is not None)
        following = app.screen.follow_actions
        os.truncate(store_path, store_path.stat().st_size // 3)  # another program, in place
        library = app.screen.query_one(ArticleList)
        library.focus()
        reader = app.screen.query_one(Reader)
        if first == "the look at the file":
            await _until(pilot, lambda: following._refused)
            await pilot.pause(0.3)
        await pilot.press("enter")  # the article's highlights are read from the file now
        await _until(pilot, lambda: reader.article_id == newest_first[0].id)
        await _until(pilot, lambda: following._refused)
        await pilot.pause(0.3)  # more looks: still one line
        assert app.is_running
        assert sorted(h.quote for h in reader.highlights) == highlights
        lines = [str(n.message) for n in app._notifications]
        [line] = lines
        assert str(store_path) in line and "cut short" in line and "doctor" in line
        assert "\n" not in line
        await pilot.press("q")
    app.store.close()
    writer.close()
