"""The library pane while its facets are still being built, and the dialogs it keeps."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.controllers import library as library_controller
from diplotui.tui.controllers.library import LibraryActions
from diplotui.tui.widgets.article_list import ArticleList

from .helpers import settle, settle_start_up, type_text
from .library_fixtures import make_library, titled
from .test_library_ui import _titles


async def test_a_large_library_says_it_is_sorting_until_its_facets_are_ready(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Sorting 100,000 ``Article``s on the UI thread held `o` for up to a second: a library
    over the limit keeps its rows, says "sorting…", and shows the new order from the facets."""
    store = make_library(store_path)
    monkeypatch.setattr(library_controller, "SORT_HERE_LIMIT", 2)
    held: list[LibraryActions] = []
    monkeypatch.setattr(LibraryActions, "_run_facets_worker", lambda self: held.append(self))
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)  # the facets are held: no start-up to wait for
        by_date = _titles(app)
        assert by_date[0] == "Delta forum"
        await pilot.press("o")
        library = app.screen.query_one(ArticleList)
        assert "title A–Z" in str(library.border_title)
        assert "sorting…" in str(library.border_subtitle)
        assert _titles(app) == by_date
        monkeypatch.undo()
        held[-1]._run_facets_worker()
        await settle_start_up(app, pilot)
        assert _titles(app) == ["Alpha talks in Hanoi", "Beta summit", "Delta forum", "Gamma visit"]
        assert "sorting…" not in str(library.border_subtitle)
    store.close()


async def test_a_tag_added_before_the_facets_are_ready_shows_in_its_row(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Rows drawn before the facets exist are read from the store; a row changed meanwhile
    is drawn as it now is."""
    from diplotui.library.snapshot import save_snapshot
    from diplotui.tui.launch import build_app

    make_library(store_path).close()
    with Store.open(store_path) as store:
        pass
    save_snapshot(store)
    monkeypatch.setattr(LibraryActions, "_run_facets_worker", lambda self: None)
    app = build_app(store_path, read_only=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.pause()
        library = app.screen.query_one(ArticleList)
        first = library.rows[0]
        assert "#fresh" not in first.details
        await pilot.press("t")
        await type_text(pilot, "fresh")
        await pilot.press("enter")
        await pilot.pause()
        assert app.store is not None and "fresh" in app.store.article(first.article_id).tags
        assert "#fresh" in library.rows[0].details
    assert app.store is not None
    app.store.close()


async def test_the_kept_tag_dialog_asks_about_each_article_afresh(store_path: Path):
    store = make_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("t")
        await type_text(pilot, "first")
        await pilot.press("escape", "d")  # typed tags: escape asks, d discards them
        await pilot.press("j", "t")
        await pilot.pause()
        dialog = app.screen
        title = str(dialog.query_one(".dialog-title").render())
        assert "Alpha talks in Hanoi" in title
        assert dialog.query_one("#tag-input").value == ""  # type: ignore[attr-defined]
        await type_text(pilot, "second")
        await pilot.press("enter")
        await pilot.pause()
        assert titled(store, "Alpha talks in Hanoi").tags == ["asean", "second"]
        assert "first" not in titled(store, "Delta forum").tags
    store.close()


async def test_the_kept_filter_dialog_shows_the_current_filter_not_what_was_cancelled(
    store_path: Path,
):
    store = make_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("f")
        await type_text(pilot, "laos")
        await pilot.press("enter")
        await pilot.pause()
        assert _titles(app) == ["Beta summit", "Gamma visit"]
        await pilot.press("f")
        await type_text(pilot, ", asean")
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("d")  # the edit discarded, as escape asks
        await pilot.press("f")
        await pilot.pause()
        tags = app.screen.query_one("#filter-tags")
        assert tags.value == "laos" and tags.has_focus  # type: ignore[attr-defined]
        await pilot.press("escape")
        assert _titles(app) == ["Beta summit", "Gamma visit"]
    store.close()
