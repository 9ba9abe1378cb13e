"""A note erased and saved is deleted, and the notice says so (newuser64): it said "Saved the
note on “Enhancing capacity…”", as if the words just erased were kept, and nothing said how
to get them back. It now says "Deleted the note on ...: ctrl+z brings it back", which does."""

from __future__ import annotations

from textual.app import App
from textual.pilot import Pilot

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.note import NoteScreen
from diplotui.tui.widgets.article_list import ArticleList

from .helpers import notices_said, settle, settle_start_up, type_text

NOTE = "Compare with the 2024 conference"


async def _note(app: App[object], pilot: Pilot[object], words: str) -> None:
    """``n`` where the focus is, the note's words all erased (``f7`` selects them), ``words``
    typed, ``ctrl+s``."""
    await pilot.press("n")
    await settle(app, pilot)
    assert isinstance(app.screen, NoteScreen), notices_said(app)
    await pilot.press("f7", "backspace")
    await type_text(pilot, words)
    await pilot.press("ctrl+s")
    await settle(app, pilot)
    assert not isinstance(app.screen, NoteScreen)


async def test_an_article_note_erased_is_said_deleted_and_ctrl_z_brings_it_back(
    seeded_store: Store,
) -> None:
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle_start_up(app, pilot)
        chosen = app.screen.query_one(ArticleList).current_id
        assert chosen is not None
        await _note(app, pilot, NOTE)
        assert notices_said(app)[-1].startswith("Saved the note on “"), notices_said(app)
        await _note(app, pilot, "")
        said = notices_said(app)[-1]
        assert said.startswith("Deleted the note on “"), said
        assert said.endswith(": ctrl+z brings it back."), said
        assert seeded_store.article(chosen).note == ""
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert seeded_store.article(chosen).note == NOTE


async def test_a_highlight_note_erased_is_said_deleted(seeded_store: Store) -> None:
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("enter")  # the first row's article, the focus in the reader
        await settle(app, pilot)
        await pilot.press("j", "h")  # its first sentence highlighted
        await settle(app, pilot)
        await _note(app, pilot, NOTE)
        (highlight,) = seeded_store.highlights()
        assert highlight.note == NOTE
        await _note(app, pilot, "")
        said = notices_said(app)[-1]
        assert said.startswith("Deleted the note on “"), said
        (highlight,) = seeded_store.highlights()
        assert highlight.note == ""
