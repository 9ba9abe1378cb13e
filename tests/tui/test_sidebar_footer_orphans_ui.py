"""The sidebar's key line offers ``r`` (Re-attach orphan) only while the open article has an
orphan: it offered it under every article, and ``r`` there said "Choose an orphan in the
sidebar first." of an article that had none."""

from __future__ import annotations

from pathlib import Path

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .helpers import screen_text
from .test_annotations import BODY, orphan_the_pact
from .test_reader_support import add_article, open_first, sidebar_of


def _key_line(app: DiplotuiApp) -> str:
    return screen_text(app).splitlines()[-1]


async def test_r_is_offered_in_the_sidebar_only_with_an_orphan(store_path: Path) -> None:
    store = Store.open(store_path)
    article = add_article(store, "Orphan story", BODY)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        await pilot.press("j", "j", "h", "tab")
        await pilot.pause()
        assert app.focused is sidebar_of(app)
        assert "d Delete highlight" in _key_line(app)
        assert "Re-attach orphan" not in _key_line(app)
    orphan_the_pact(store, article.id)

    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("j", "j", "tab", "home")  # the sidebar: the orphan is its first row
        await pilot.pause()
        assert "r Re-attach orphan" in _key_line(app)
        await pilot.press("r")
        await pilot.pause()
        assert "Re-attach orphan" not in _key_line(app), "none left to re-attach"
    store.close()
