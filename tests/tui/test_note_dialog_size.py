"""A long note opens in the note dialog without its text being wrapped again and again."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.document._wrapped_document import WrappedDocument
from textual.widgets import TextArea

from diplotui.model import Article
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.note import NoteScreen

from .test_reader_support import add_article, open_first

LINES = 2_000


async def test_a_long_hand_edited_note_is_wrapped_once_for_the_dialog_and_kept_whole(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """A 30 MB note (edited by hand in the store) took 25 s to open in the note dialog, the
    app frozen: Textual's text area measured every line of it seven times before the first
    key (made, its language set, every width of the dialog's layout) and again at every
    resize. Now the note is measured once for splitting it into lines and once at the
    dialog's width, a resize of the height measures nothing, and the note typed onto is
    saved whole. ``WrappedDocument.wrap`` is only counted: it runs as it does."""
    note = "\n".join(f"line {n} of a note pasted from a cable, then edited" for n in range(LINES))
    store = Store.open(store_path)
    article = add_article(store, "Shuttle diplomacy resumes", "The talks resumed.")
    store.save_as_given(articles=[(Article.from_dict(article.to_dict() | {"note": note}), None)])
    passes: list[int] = []
    wrap = WrappedDocument.wrap

    def counted(self: WrappedDocument, width: int, tab_width: int | None = None) -> None:
        if len(self.document.lines) == LINES:
            passes.append(width)
        wrap(self, width, tab_width)

    monkeypatch.setattr(WrappedDocument, "wrap", counted)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        await pilot.press("n")
        while not isinstance(app.screen, NoteScreen):
            await pilot.pause()
        area = app.screen.query_one(TextArea)
        while area.wrap_width == 0:
            await pilot.pause()
        await pilot.pause()
        assert passes == [0, area.wrap_width]
        await pilot.resize_terminal(120, 30)
        await pilot.pause()
        assert passes == [0, area.wrap_width]
        await pilot.press("space", "o", "k", "ctrl+s")
        while isinstance(app.screen, NoteScreen):
            await pilot.pause()
    assert store.article(article.id).note == note + " ok"
    store.close()
