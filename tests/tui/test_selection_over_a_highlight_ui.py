"""A selection over words already highlighted: ``h`` and ``1``-``5`` act on that highlight.

Newcomer 40 highlighted Pham Minh Chinh's request with ``h``, chose the commitment colour with
``2`` on another statement, came back with ``S``, selected the sentence with ``v`` and pressed
``h``: "Highlighted ...: commitment." said the notice, and the store held two highlights of the
very same words, one key statement, one commitment. The sidebar, the brief and every export
then listed the quote twice, in two colours; ``diplotui highlight`` refuses such a twin.
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import TextArea

from diplotui.tui.app import DiplotuiApp
from tests.cli.test_cli_statement_highlights import ARTICLE, ARTICLE_ID, HANG_WORDS, TEXT

from .helpers import notices_said, type_text
from .statements_ui_support import open_first as _open_first
from .test_statement_highlights_ui import _plain_store


async def _to_sentence(app: DiplotuiApp, pilot, words: str) -> None:
    reader = await _open_first(app, pilot)
    for _ in range(10):
        if words in reader.text[slice(*reader.cursor_span)]:
            return
        await pilot.press("j")
    raise AssertionError(f"no sentence holds {words!r}")


async def test_h_on_a_selection_of_a_highlighted_statement_makes_no_twin(store_path: Path):
    store = _plain_store(store_path, ARTICLE, TEXT)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _to_sentence(app, pilot, "Hang said")
        await pilot.press("h")  # Hang's words, key statement
        await pilot.pause()
        app.clear_notifications()
        await pilot.press("v", "h")  # the same sentence selected: the same words
        await pilot.pause()
        [highlight] = store.highlights(ARTICLE_ID)
        assert (highlight.quote, highlight.color) == (HANG_WORDS, "key")
        assert notices_said(app) == [
            "Already key statement: “Viet Nam's consistent stance is that…” (1–5 recolour it)."
        ]
        await pilot.press("v", "2")  # a colour chosen on the selection recolours it
        await pilot.pause()
        [highlight] = store.highlights(ARTICLE_ID)
        assert highlight.color == "commitment"
        assert notices_said(app)[-1].startswith("Recoloured “Viet Nam's consistent stance")
    store.close()


async def test_a_selection_of_a_highlighted_sentence_recolours_it(store_path: Path):
    """The same for a reported statement ("According to the spokeswoman, ..."): the words
    ``1`` highlighted, their sentence selected again with ``v``, take the colour ``3`` gives."""
    store = _plain_store(store_path, ARTICLE, TEXT)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _to_sentence(app, pilot, "According to the spokeswoman")
        await pilot.press("1")
        await pilot.pause()
        await pilot.press("v", "3")
        await pilot.pause()
        highlights = store.highlights(ARTICLE_ID)
        assert [h.color for h in highlights] == ["figure"], [h.quote for h in highlights]
        await pilot.press("u")  # undo puts the first colour back, not a highlight away
        await pilot.pause()
        assert [h.color for h in store.highlights(ARTICLE_ID)] == ["key"]
    store.close()


async def test_a_note_on_a_selection_of_a_highlight_is_that_highlights_note(store_path: Path):
    """``n`` on the selection of a highlight's words edits that highlight's note (it opens
    with the note written before) rather than storing a second highlight with a second note."""
    store = _plain_store(store_path, ARTICLE, TEXT)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _to_sentence(app, pilot, "Hang said")
        await pilot.press("h", "n")
        await type_text(pilot, "first thought")
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("v", "n")
        await pilot.pause()
        assert app.screen.query_one(TextArea).text == "first thought"
        await pilot.press("end")
        await type_text(pilot, ", then a second")
        await pilot.press("ctrl+s")
        await pilot.pause()
        [highlight] = store.highlights(ARTICLE_ID)
        assert highlight.note == "first thought, then a second"
    store.close()
