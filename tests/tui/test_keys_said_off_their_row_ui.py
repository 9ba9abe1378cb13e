"""A key pressed where it has nothing to act on says so: in the list, ``d`` on an article and
``u`` on a saved filter's row; in the sidebar, ``a`` with no highlights. Each did nothing and
said nothing, and a new user took ``d`` (the reader's delete) for a failed delete."""

from __future__ import annotations

from textual.app import App

from diplotui.model import SavedFilter
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.confirm import ConfirmScreen
from diplotui.tui.widgets.article_list import ArticleList
from diplotui.tui.widgets.sidebar import Sidebar

from .helpers import settle, settle_start_up


def _said(app: App[object]) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def test_list_keys_off_their_row_say_what_they_act_on(seeded_store: Store) -> None:
    seeded_store.save_filter(SavedFilter("asean", {"tags": ["asean"]}))
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("d")  # an article's row: the article stays, D is named
        await settle(app, pilot)
        assert _said(app) == [
            "d deletes a saved filter, and this row is none: D deletes the article (asking first)."
        ]
        assert len(seeded_store.articles()) == 2
        await pilot.press("g", "u")  # the saved filter's row: nothing to mark read
        await settle(app, pilot)
        assert app.screen.query_one(ArticleList).current_folder == "asean"
        assert _said(app)[-1] == "u acts on an article's row, and this row is none."
        await pilot.press("d")  # where d acts, it asks, as before
        await settle(app, pilot)
        assert isinstance(app.screen, ConfirmScreen)


async def test_the_sidebar_s_author_key_with_no_highlights_says_so(seeded_store: Store) -> None:
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        app.screen.query_one(Sidebar).focus()
        await pilot.press("a")
        await settle(app, pilot)
        assert _said(app)[-1] == "No highlights here: a shows one author's at a time."
