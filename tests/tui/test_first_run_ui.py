"""A first run says what it imported in the empty reader, not in a toast over the panes."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from textual.pilot import Pilot

from diplotui.tui.app import DiplotuiApp
from diplotui.tui.launch import build_app
from diplotui.tui.widgets.reader import Reader

from .helpers import screen_cells, until_bound


def _lines(app: DiplotuiApp) -> list[str]:
    return ["".join(char for char, _ in row) for row in screen_cells(app)]


@asynccontextmanager
async def _first_run(
    store_path: Path, size: tuple[int, int]
) -> AsyncIterator[tuple[DiplotuiApp, Pilot[object], Reader]]:
    """The app's first run on ``store_path``, once the empty reader says what it imported."""
    app = build_app(store_path, read_only=False)
    try:
        async with app.run_test(size=size, notifications=True) as pilot:
            reader = app.screen.query_one(Reader)
            for _ in until_bound():
                if "First run" in reader.placeholder:
                    break
                await pilot.pause(0.02)
            await pilot.pause()
            yield app, pilot, reader
    finally:
        if app.store is not None:
            app.store.close()


def _reader_rows(app: DiplotuiApp, reader: Reader) -> list[str]:
    """The rows inside the reader's border, stripped, and those below it."""
    region = reader.content_region
    return [line[region.x : region.right].strip() for line in _lines(app)[region.y :]]


async def test_a_first_run_is_said_in_the_empty_reader_clear_of_the_panes_edges(
    tmp_path: Path,
) -> None:
    """At 60x20 the "First run" notice took two rows for its 8 s, over the panes' bottom
    edges (the reader's label, the list's count) and the footer; it went before it was
    read. The empty reader says it above its hint, until an article is opened."""
    store_path = tmp_path / "library.json"
    async with _first_run(store_path, (60, 20)) as (app, pilot, reader):
        said = f"First run: imported 2 bundled articles into {store_path}."
        assert reader.placeholder == f"{said} Open an article from the list (enter)."
        assert not [n for n in app._notifications if "First run" in str(n.message)]
        lines = _lines(app)
        assert "First run: imported 2 bundled" in "".join(lines[2:6])
        assert lines[-2].endswith("─ 2 ─╯╰" + "─" * 37 + "╯"), "both edges in sight"
        assert "q Quit" in lines[-1]
        await pilot.press("enter")  # an article opened: the reader shows it, not the line
        await pilot.pause()
        assert reader.article_id is not None
        assert "First run" not in "".join(_lines(app))


async def test_at_40_columns_the_welcomes_path_keeps_its_full_stop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reader is 18 cells wide at 40x12: a path filling its rows whole left the full
    stop to start the next (". Open an article"). The path now breaks after a "/", its last
    piece keeping the stop."""
    monkeypatch.chdir(tmp_path)
    store_path = Path("desk/diplomacy", "library.json")  # 27 characters
    store_path = store_path.with_name("x" * 9 + store_path.name)  # 36: two rows whole
    store_path.parent.mkdir(parents=True)
    async with _first_run(store_path, (40, 12)) as (app, _pilot, reader):
        assert reader.scrollable_content_region.width == 18
        rows = _reader_rows(app, reader)
        at = rows.index("desk/diplomacy/")
        assert rows[at : at + 3] == ["desk/diplomacy/", "xxxxxxxxxlibrary.j", "son. Open an"]


async def test_at_40x12_the_welcome_to_the_default_store_is_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The default store's path took three of the empty reader's seven rows at 40x12, and
    the hint's last words, "list (enter).", fell below the pane. The home folder is "~" and
    the welcome starts on the pane's first row when it has none to spare."""
    monkeypatch.setenv("HOME", str(tmp_path))
    store_path = tmp_path / ".local" / "share" / "diplotui" / "library.json"
    store_path.parent.mkdir(parents=True)
    async with _first_run(store_path, (40, 12)) as (app, _pilot, reader):
        shown = " ".join(_reader_rows(app, reader)[: reader.content_region.height])
        assert "into ~/.local/share/" in shown and shown.endswith("list (enter).")
