"""A terminal resized while a dialog is open: the dialog and its typing survive."""

from __future__ import annotations

from pathlib import Path

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .helpers import terminal_writes, type_text
from .test_reader_support import add_article, open_first

BODY = "The ministers met in Hanoi. They signed a trade pact.\nA second paragraph closes it."


async def test_note_typed_survives_the_terminal_growing_and_shrinking(store_path: Path):
    store = Store.open(store_path)
    article = add_article(store, "Resize me", BODY)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        failures = terminal_writes(app)
        await open_first(app, pilot)
        await pilot.press("j", "n")
        await type_text(pilot, "check the date")
        for width, height in ((80, 24), (120, 40), (200, 60)):
            await pilot.resize_terminal(width, height)
            await pilot.pause()
            assert failures == [], f"a frame at {width}x{height} could not be drawn"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.is_running
    assert store.article(article.id).note == "check the date"
    store.close()


async def test_tags_typed_survive_a_resize_and_are_saved(store_path: Path):
    store = Store.open(store_path)
    article = add_article(store, "Resize me", BODY)
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        failures = terminal_writes(app)
        await open_first(app, pilot)
        await pilot.press("t")
        await type_text(pilot, "asean")
        await pilot.resize_terminal(200, 60)
        await pilot.pause()
        assert failures == []
        await pilot.press("enter")
        await pilot.pause()
    assert "asean" in store.article(article.id).tags
    store.close()
