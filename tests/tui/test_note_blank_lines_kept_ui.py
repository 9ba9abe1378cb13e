"""A note keeps the blank lines typed at its end: text typed there later starts below them.

Found by a new user (session 40): a note ending in a blank line (the analyst's place for the
next day's point) was saved without it, and the next day's words typed after ``ctrl+end``
ran on at the end of the last sentence.
"""

from __future__ import annotations

from pathlib import Path

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.note import NoteScreen

from .helpers import type_text
from .test_reader_support import add_article, open_first


async def _note(app: DiplotuiApp, pilot, *keys: str, typed: str = "") -> None:
    """Open the article's note, press ``keys``, type ``typed`` and save."""
    await pilot.press("n")
    while not isinstance(app.screen, NoteScreen):
        await pilot.pause()
    await pilot.pause()
    await pilot.press(*keys)
    await type_text(pilot, typed)
    await pilot.press("ctrl+s")
    while isinstance(app.screen, NoteScreen):
        await pilot.pause()


async def test_blank_lines_at_a_notes_end_are_kept_for_the_next_words(store_path: Path):
    store = Store.open(store_path)
    article = add_article(store, "Shuttle diplomacy resumes", "The talks resumed.")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        await _note(app, pilot, typed="Monday: talks resumed.")
        await _note(app, pilot, "enter", "enter")
        assert store.article(article.id).note == "Monday: talks resumed.\n\n"
        await _note(app, pilot, "ctrl+end", typed="Tuesday: a joint statement.")
    assert store.article(article.id).note == "Monday: talks resumed.\n\nTuesday: a joint statement."
    store.close()
