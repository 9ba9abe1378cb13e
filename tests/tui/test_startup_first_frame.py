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
from textual.screen import Screen

from diplotui.library.snapshot import save_snapshot
from diplotui.library.view import LAST_ARTICLE_SETTING
from diplotui.model import SavedFilter
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.launch import build_app
from diplotui.tui.screens.main import MainScreen
from diplotui.tui.screens.panes import FirstFrameScreen
from diplotui.tui.widgets.article_list import ArticleList
from diplotui.tui.widgets.footer import KeyFooter
from diplotui.tui.widgets.panes import FooterSpace

from .helpers import screen_cells, until_store_open

Cells = list[list[tuple[str, object]]]


def _kept_with_a_folder(store: Store, open_id: str | None = None) -> None:
    """A snapshot whose first frame shows a saved filter above the articles and, given
    ``open_id``, that article marked in the list as the one open at the last quit."""
    store.save_filter(SavedFilter("asean", {"tags": ["asean"]}))
    if open_id is not None:
        store.set_setting(LAST_ARTICLE_SETTING, open_id)
    store.close()
    save_snapshot(store)


def _record_both_first_frames(monkeypatch: pytest.MonkeyPatch, typed: tuple[str, ...] = ()):
    """The first-frame screen's frame ("first") and the main screen's first ("main", drawn
    before the store is opened), with ``typed`` keys arriving while the first one shows;
    "cursor" is the first frame's list cursor after them."""
    frames: dict[str, object] = {}
    hand_over, complete = FirstFrameScreen._hand_over, MainScreen._complete

    def first_frame_then_hand_over(screen: FirstFrameScreen) -> None:
        frames["first"] = screen_cells(screen.app)
        for key in typed:
            screen.app.post_message(events.Key(key, "\r" if key == "enter" else key))
        hand_over(screen)
        frames["cursor"] = screen.query_one(ArticleList).cursor

    async def main_frame_then_complete(screen: MainScreen) -> None:
        frames["main"] = screen_cells(screen.app)
        frames["panes"] = _pane_regions(screen)
        await complete(screen)

    monkeypatch.setattr(FirstFrameScreen, "_hand_over", first_frame_then_hand_over)
    monkeypatch.setattr(MainScreen, "_complete", main_frame_then_complete)
    return frames


def _pane_regions(screen: MainScreen) -> list[object]:
    return [pane.region for pane in screen.query("#library, #reader, #sidebar")]


def _text(cells: object) -> str:
    return "\n".join("".join(char for char, _ in line) for line in cells)  # type: ignore[attr-defined]


async def test_the_main_screen_takes_over_the_first_frame_and_answers_the_keys_typed_meanwhile(
    seeded_store: Store, monkeypatch: pytest.MonkeyPatch
):
    """The two frames are the same cell for cell; ``j`` ``k`` ``j`` ``enter`` typed while the
    first shows move none of its list and are answered in order once the store is open."""
    _kept_with_a_folder(seeded_store)
    frames = _record_both_first_frames(monkeypatch, typed=("j", "k", "j", "enter"))
    app = build_app(seeded_store.path, read_only=False)
    async with app.run_test(size=(120, 40)) as pilot:
        main = await until_store_open(app, pilot)
        first_article_row = len(main.library.folders)
        assert frames["cursor"] == first_article_row, "no key acted on the first frame's list"
        assert main.library.cursor == first_article_row + 1
        assert main.reader.article_id == main.library.row_ids[1] and main.reader.has_focus
        footer = main.query_one(KeyFooter)
        assert footer.region.y == 39 and not main.query(FooterSpace)
        assert _pane_regions(main) == frames["panes"], "the footer took the line kept for it"
    assert app.store is not None
    app.store.close()
    gc.unfreeze()
    assert "▸ asean" in _text(frames["first"]) and "Annotations" in _text(frames["first"])
    assert not _text(frames["first"]).splitlines()[-1].strip()  # the footer's line, blank
    assert frames["main"] == frames["first"]


async def test_at_80_columns_the_first_frame_is_already_the_narrow_layout(
    seeded_store: Store, monkeypatch: pytest.MonkeyPatch
):
    """Textual sets the narrow class after its first frame: the sidebar showed, then went."""
    opened = seeded_store.articles()[1].id
    _kept_with_a_folder(seeded_store, open_id=opened)
    frames = _record_both_first_frames(monkeypatch)
    app = build_app(seeded_store.path, read_only=False)
    async with app.run_test(size=(80, 24)) as pilot:
        main = await until_store_open(app, pilot)
        assert main.reader.article_id == opened
    assert app.store is not None
    app.store.close()
    gc.unfreeze()
    first = _text(frames["first"])
    assert "▌" in first, "the article open at the last quit is marked in the first frame"
    assert "Open an article from the list" in first and "Annotations" not in first
    assert frames["main"] == frames["first"]


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


async def test_an_enter_typed_before_the_app_took_the_terminal_opens_the_article(
    seeded_store: Store, monkeypatch: pytest.MonkeyPatch
):
    """``diplotui⏎ j ⏎`` typed at once: the terminal, not yet handed to the app, turns the
    second enter's CR into LF, which reaches the app as ``ctrl+j``; the held ``j`` moved the
    list and the enter opened nothing. A held ``ctrl+j`` is the enter it was typed as."""
    _kept_with_a_folder(seeded_store)
    hand_over = FirstFrameScreen._hand_over

    def typed_ahead_then_hand_over(screen: FirstFrameScreen) -> None:
        for key, char in (("j", "j"), ("ctrl+j", "\n")):
            screen.app.post_message(events.Key(key, char))
        hand_over(screen)

    monkeypatch.setattr(FirstFrameScreen, "_hand_over", typed_ahead_then_hand_over)
    app = build_app(seeded_store.path, read_only=False)
    async with app.run_test(size=(120, 40)) as pilot:
        main = await until_store_open(app, pilot)
        await pilot.pause()
        assert main.reader.article_id == main.library.row_ids[1] and main.reader.has_focus
    assert app.store is not None
    app.store.close()
    gc.unfreeze()


async def test_at_40_columns_the_lists_top_edge_keeps_one_title_from_the_first_frame(
    seeded_store: Store, monkeypatch: pytest.MonkeyPatch
):
    """Each screen's list had no width yet when its title was first set: the first frame
    drew "Library ·…" (the name whole, the order cut), the next "newest fi…" (the name given
    way), and the main screen's first frame "Library ·…" again: two titles flicking."""
    _kept_with_a_folder(seeded_store)
    top_edges: list[str] = []
    display = DiplotuiApp._display

    def record_the_top_edge(app: DiplotuiApp, screen: Screen[object], renderable: object) -> None:
        display(app, screen, renderable)  # type: ignore[arg-type]
        if renderable is not None and screen.query(ArticleList):
            top_edges.append(_text(screen_cells(app)).splitlines()[1][:16])

    monkeypatch.setattr(DiplotuiApp, "_display", record_the_top_edge)
    app = build_app(seeded_store.path, read_only=False)
    async with app.run_test(size=(40, 12)) as pilot:
        await until_store_open(app, pilot)
        await pilot.pause()
    assert app.store is not None
    app.store.close()
    gc.unfreeze()
    assert top_edges and set(top_edges) == {"╭─ newest fi… ─╮"}
