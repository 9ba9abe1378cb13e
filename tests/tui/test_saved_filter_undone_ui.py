"""``ctrl+z`` brings back a saved filter deleted with ``d`` (newuser65): asked first, it was
gone for good, where a deleted article comes back."""

from __future__ import annotations

from diplotui.model import SavedFilter
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.confirm import ConfirmScreen
from diplotui.tui.widgets.article_list import ArticleList

from .helpers import notices_said, settle, settle_start_up


async def test_a_deleted_saved_filter_comes_back(seeded_store: Store) -> None:
    seeded_store.save_filter(SavedFilter("asean", {"tags": ["asean"]}))
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("g")
        await settle(app, pilot)
        assert app.screen.query_one(ArticleList).current_folder == "asean"
        await pilot.press("d")
        await settle(app, pilot)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await settle(app, pilot)
        assert seeded_store.saved_filters() == []
        assert notices_said(app)[-1] == "Deleted saved filter “asean”: ctrl+z undoes."
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert [f.name for f in seeded_store.saved_filters()] == ["asean"]
        assert "asean" in [f.name for f in app.screen.query_one(ArticleList).folders]
        await pilot.press("ctrl+y")
        await settle(app, pilot)
        assert seeded_store.saved_filters() == []
