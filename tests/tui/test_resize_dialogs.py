"""A terminal resized while a dialog is open: the dialog and its typing survive."""

from __future__ import annotations

from pathlib import Path

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.fields import NoteArea

from .helpers import redrawn_whole, screen_cells, terminal_writes, type_text
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


async def test_a_note_shows_every_word_typed_after_the_terminal_narrows_and_widens(
    store_path: Path,
):
    """A note rewrapped at a resize kept the rows it had drawn at the old width until a key
    redrew them: narrowed, "...are data and more" showed "...are da" over "more", two words
    gone from sight, as if the note had lost them (newuser44). Each width shows the rows a
    whole redraw gives, every word typed on them."""
    store = Store.open(store_path)
    add_article(store, "Resize me", BODY)
    app = DiplotuiApp(store)
    typed = "Markup article: check [bold]escapes[/bold] are data and more"
    async with app.run_test(size=(60, 20)) as pilot:
        await open_first(app, pilot)
        await pilot.press("n")
        await type_text(pilot, typed)
        area = app.screen.query_one(NoteArea)
        for width, height in ((120, 40), (60, 20), (80, 24)):
            await pilot.resize_terminal(width, height)
            await pilot.pause()
            shown = _rows(screen_cells(app), area)
            assert shown == _rows(await redrawn_whole(app, pilot), area), f"at {width}"
            assert " ".join(shown).split() == typed.split(), f"at {width}"
        await pilot.press("ctrl+s")
        await pilot.pause()
    store.close()


def _rows(cells: list[list[tuple[str, object]]], area: NoteArea) -> list[str]:
    """The note's rows as ``cells`` show them, blank rows left out."""
    region = area.content_region
    rows = ("".join(char for char, _ in row[region.x : region.right]) for row in cells)
    return [row.strip() for row in list(rows)[region.y : region.bottom] if row.strip()]
