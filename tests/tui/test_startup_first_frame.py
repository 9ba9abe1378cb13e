"""The first frame from the list snapshot, drawn before the main screen exists, and the hand-over.

A kept snapshot is drawn by ``FirstFrameScreen``, which imports neither the store nor the
model; the main screen then takes its place. The two frames must be the same cell for cell
(no flicker, no wrong screen), and no key may act before the main screen has the store.
"""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from textual import events

from diplotui.library.snapshot import save_snapshot
from diplotui.library.view import LAST_ARTICLE_SETTING
from diplotui.model import SavedFilter
from diplotui.store import Store
from diplotui.tui.launch import build_app
from diplotui.tui.screens.main import MainScreen
from diplotui.tui.screens.panes import FirstFrameScreen
from diplotui.tui.widgets.article_list import ArticleList

from .helpers import screen_cells, until_store_open

Cells = list[list[tuple[str, object]]]


def _kept_with_an_open_article_and_a_folder(store: Store) -> str:
    """A snapshot whose first frame shows a saved filter, and the article open at the last
    quit marked in the list; returns that article's id."""
    opened = store.articles()[1].id
    store.save_filter(SavedFilter("asean", {"tags": ["asean"]}))
    store.set_setting(LAST_ARTICLE_SETTING, opened)
    store.close()
    save_snapshot(store)
    return opened


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_the_main_screen_takes_over_the_first_frame_without_changing_a_cell(
    seeded_store: Store, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
):
    path = seeded_store.path
    opened = _kept_with_an_open_article_and_a_folder(seeded_store)
    frames: dict[str, Cells] = {}
    hand_over, complete = FirstFrameScreen._hand_over, MainScreen._complete

    def first_frame_then_hand_over(screen: FirstFrameScreen) -> None:
        frames["first"] = screen_cells(screen.app)
        hand_over(screen)

    async def main_frame_then_complete(screen: MainScreen) -> None:
        frames["main"] = screen_cells(screen.app)  # drawn, before the store is opened
        await complete(screen)

    monkeypatch.setattr(FirstFrameScreen, "_hand_over", first_frame_then_hand_over)
    monkeypatch.setattr(MainScreen, "_complete", main_frame_then_complete)
    app = build_app(path, read_only=False)
    async with app.run_test(size=size) as pilot:
        main = await until_store_open(app, pilot)
        assert main.reader.article_id == opened  # the store opened after the hand-over
    assert app.store is not None
    app.store.close()
    gc.unfreeze()
    first = "\n".join("".join(char for char, _ in line) for line in frames["first"])
    assert "▸ asean" in first and "Open an article from the list" in first
    assert ("Annotations" in first) == (size[0] >= 110), "the sidebar is hidden when narrow"
    assert frames["main"] == frames["first"]


async def test_keys_typed_while_the_first_frame_shows_are_answered_in_order_by_the_main_screen(
    seeded_store: Store, monkeypatch: pytest.MonkeyPatch
):
    """``j`` ``k`` ``j`` ``enter`` arrive while the first frame shows: none moves that screen's
    list; the main screen answers all four, in order, once the store is open."""
    path = seeded_store.path
    seeded_store.close()
    save_snapshot(seeded_store)
    first_frame_cursor: list[int] = []
    hand_over = FirstFrameScreen._hand_over

    def typed_then_hand_over(screen: FirstFrameScreen) -> None:
        for key in ("j", "k", "j", "enter"):
            screen.app.post_message(events.Key(key, "\r" if key == "enter" else key))
        hand_over(screen)
        first_frame_cursor.append(screen.query_one(ArticleList).cursor)

    monkeypatch.setattr(FirstFrameScreen, "_hand_over", typed_then_hand_over)
    app = build_app(path, read_only=False)
    async with app.run_test(size=(120, 40)) as pilot:
        main = await until_store_open(app, pilot)
        assert first_frame_cursor == [0], "no key acted on the first frame's list"
        assert main.library.cursor == 1
        assert main.reader.article_id == main.library.row_ids[1]
        assert main.reader.has_focus, "enter opened the article, after j k j"
    assert app.store is not None
    app.store.close()
    gc.unfreeze()


async def test_without_a_snapshot_the_main_screen_draws_the_first_frame(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from diplotui.ingest import seed_if_empty

    with Store.open(store_path) as store:
        seed_if_empty(store)  # closed without taking a snapshot
        listed = len(store.articles())
    first_frames: list[FirstFrameScreen] = []
    monkeypatch.setattr(FirstFrameScreen, "on_mount", first_frames.append)
    app = build_app(store_path, read_only=False)
    assert app.store is not None, "the store is opened before the first frame"
    async with app.run_test(size=(120, 40)) as pilot:
        assert isinstance(app.screen, MainScreen)
        await pilot.pause()
        assert len(app.screen.query_one(ArticleList).row_ids) == listed
    assert first_frames == []
    app.store.close()
    gc.unfreeze()
