"""Reading states driven by real keys: ``u``, ``a``, opening, the unread dot and count."""

from __future__ import annotations

from pathlib import Path

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.article_list import ArticleList
from diplotui.tui.widgets.title_bar import TitleBar

from .helpers import notices_said, settle_start_up, type_text
from .library_fixtures import make_library, titled


def _library(app: DiplotuiApp) -> ArticleList:
    return app.screen.query_one(ArticleList)


def _titles(app: DiplotuiApp) -> list[str]:
    return [row.title for row in _library(app).rows]


def _gutter(app: DiplotuiApp) -> dict[str, str]:
    """The first cell of each listed article's first line, as the terminal gets it."""
    library = _library(app)
    top = len(library.folders)
    return {
        row.title: library.render_line(top + index * 3).text[0]
        for index, row in enumerate(library.rows)
    }


def _title_bar(app: DiplotuiApp) -> str:
    return str(app.screen.query_one(TitleBar).render())


def _unread_library(store_path: Path) -> Store:
    store = make_library(store_path)
    store.set_article_states(
        [titled(store, "Delta forum").id, titled(store, "Alpha talks in Hanoi").id], "unread"
    )
    return store


async def test_u_toggles_read_and_unread_with_the_dot_and_the_count(store_path: Path):
    store = _unread_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        assert _titles(app)[0] == "Delta forum"
        assert _gutter(app) == {
            "Delta forum": "●",
            "Alpha talks in Hanoi": "●",
            "Beta summit": " ",
            "Gamma visit": " ",
        }
        assert "2 unread" in _title_bar(app)
        await pilot.press("u")
        await pilot.pause()
        assert titled(store, "Delta forum").state == "read"
        assert _gutter(app)["Delta forum"] == " "
        assert "1 unread" in _title_bar(app)
        await pilot.press("j", "j", "u")
        await pilot.pause()
        assert titled(store, "Beta summit").state == "unread"
        assert _gutter(app)["Beta summit"] == "●"
        assert "2 unread" in _title_bar(app)
        assert len(_titles(app)) == 4, "marking moves no row"
    store.close()


async def test_opening_an_unread_article_reads_it(store_path: Path):
    store = _unread_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        assert titled(store, "Delta forum").state == "read"
        assert "1 unread" in _title_bar(app)
        assert _gutter(app)["Delta forum"] == "▌"  # open, no longer marked unread
    store.close()


async def test_a_archives_the_row_away_and_a_search_still_finds_it(store_path: Path):
    store = _unread_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("a")
        await pilot.pause()
        assert titled(store, "Delta forum").state == "archived"
        assert notices_said(app)[-1] == (
            "Archived: “Delta forum”. ctrl+z brings it back; a search (/) still finds it."
        )
        assert _titles(app) == ["Alpha talks in Hanoi", "Beta summit", "Gamma visit"]
        assert _library(app).current_id == titled(store, "Alpha talks in Hanoi").id
        assert "1 unread" in _title_bar(app), "archiving an unread article leaves the count"
        await pilot.press("slash")
        await type_text(pilot, "forum")
        await settle_start_up(app, pilot)
        assert _titles(app) == ["Delta forum"]
        assert _library(app).rows[0].details.startswith("archived")
        await pilot.press("enter", "a")  # to the results, then out of the archive
        await pilot.pause()
        assert titled(store, "Delta forum").state == "read"
        assert _titles(app) == ["Delta forum"] and "archived" not in _library(app).rows[0].details
        assert notices_said(app)[-1] == "Out of the archive (read): “Delta forum”."
        await pilot.press("escape", "escape")
        await pilot.pause()
        assert len(_titles(app)) == 4
    store.close()


async def test_ctrl_z_brings_an_archived_article_back_as_it_was(store_path: Path):
    """``a`` is undone like the list's other changes (tags, a deletion): the row is back,
    unread as it was (not merely read, as ``a`` on it would make it), and ctrl+y archives
    it again."""
    store = _unread_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("a")
        await pilot.pause()
        assert "Delta forum" not in _titles(app)
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert titled(store, "Delta forum").state == "unread"
        assert _titles(app)[0] == "Delta forum" and _gutter(app)["Delta forum"] == "●"
        assert "2 unread" in _title_bar(app)
        assert notices_said(app)[-1] == "Undone: archiving of “Delta forum”."
        await pilot.press("ctrl+y")
        await pilot.pause()
        assert titled(store, "Delta forum").state == "archived"
        assert "Delta forum" not in _titles(app) and "1 unread" in _title_bar(app)
    store.close()


async def test_ctrl_z_undoes_u_in_the_list(store_path: Path):
    """``u`` is undone like ``a``: ctrl+z puts back the state the article had, with the same
    one-line toast, and ctrl+y marks it again."""
    store = _unread_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        assert _titles(app)[0] == "Delta forum"
        await pilot.press("u")
        await pilot.pause()
        assert titled(store, "Delta forum").state == "read"
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert titled(store, "Delta forum").state == "unread"
        assert _gutter(app)["Delta forum"] == "●" and "2 unread" in _title_bar(app)
        assert notices_said(app)[-1] == "Undone: marking “Delta forum” read."
        await pilot.press("ctrl+y")
        await pilot.pause()
        assert titled(store, "Delta forum").state == "read"
        assert notices_said(app)[-1] == "Redone: marking “Delta forum” read."
    store.close()


async def test_state_keys_on_a_read_only_store_change_nothing(store_path: Path):
    _unread_library(store_path).close()
    store = Store.open(store_path, read_only=True)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("u", "a", "enter")
        await pilot.pause()
        assert titled(store, "Delta forum").state == "unread"
        assert len(_titles(app)) == 4
    store.close()


async def test_the_filter_dialog_shows_unread_or_archived_articles(store_path: Path):
    store = _unread_library(store_path)
    store.set_article_states([titled(store, "Gamma visit").id], "archived")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        assert "Gamma visit" not in _titles(app)
        await pilot.press("f", *["tab"] * 7, "space", "down", "enter", "ctrl+s")
        await pilot.pause()
        assert _titles(app) == ["Delta forum", "Alpha talks in Hanoi"]
        assert "unread" in str(_library(app).border_subtitle)
        await pilot.press("f", *["tab"] * 7, "space", "down", "down", "enter", "ctrl+s")
        await pilot.pause()
        assert _titles(app) == ["Gamma visit"]
        await pilot.press("a")  # out of the archive: gone from this view
        await pilot.pause()
        assert _titles(app) == [] and titled(store, "Gamma visit").state == "read"
        await pilot.press("escape")
        await pilot.pause()
        assert len(_titles(app)) == 4
    store.close()
