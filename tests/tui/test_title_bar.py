"""The title bar: the app's name, then what is open (or that the store is read-only)."""

from __future__ import annotations

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.title_bar import TitleBar


def _title_line(app: DiplotuiApp) -> str:
    return str(app.screen.query_one(TitleBar).render())


async def test_title_bar_names_the_open_article(seeded_store: Store):
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        assert _title_line(app) == "diplotui"
        await pilot.press("enter")
        title = seeded_store.article(app.screen.reader.article_id or "").title
        assert _title_line(app) == f"diplotui — {title}"


async def test_title_bar_says_when_nothing_can_be_saved(seeded_store: Store):
    path = seeded_store.path
    seeded_store.close()
    with Store.open(path, read_only=True) as store:
        app = DiplotuiApp(store)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            assert _title_line(app) == "diplotui — read-only"
