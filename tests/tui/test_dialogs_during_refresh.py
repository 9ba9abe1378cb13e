"""A dialog open while ``R`` changes the open article's text: what is typed is saved on what
the user chose, in the text the store now holds, not on the text the dialog was opened over."""

from __future__ import annotations

from pathlib import Path

from .feed_article import council_open
from .helpers import type_text

_LEAD = b"<p>The Security"  # the article's first paragraph: a new one goes before it


async def test_a_note_typed_while_R_moves_the_text_is_saved_on_the_chosen_words(
    store_path: Path,
):
    """The note dialog kept the highlight (and the selection) as they were when it opened: a
    refresh moving the text meanwhile had ``ctrl+s`` write the highlight back at its old
    offsets, over other words, and a selection's note highlight other words altogether."""
    async with council_open(store_path) as (app, pilot, store, council, held):
        main = app.screen
        await pilot.press("G", "h")  # the last sentence, highlighted
        await pilot.pause()
        [marked] = store.highlights(council.id)
        held.change(
            _LEAD, b"<p>Late on Monday, after hours of talks, the vote was held.</p>" + _LEAD
        )
        await pilot.press("R", "n")
        await type_text(pilot, "ask about the vote")
        await held.land()
        await pilot.press("ctrl+s")
        await pilot.pause()
        text = store.article_text(council.id)
        [noted] = store.highlights(council.id)
        assert noted.note == "ask about the vote"
        assert text[noted.start : noted.end] == noted.quote == marked.quote

        held.change(_LEAD, b"<p>A second lead paragraph came in overnight.</p>" + _LEAD)
        await pilot.press("R", "g", "v", "n")
        chosen = main.reader.text[main.reader.cursor_span[0] : main.reader.cursor_span[1]]
        await type_text(pilot, "first")
        await held.land()
        await pilot.press("ctrl+s")
        await pilot.pause()
        text = store.article_text(council.id)
        [made] = [h for h in store.highlights(council.id) if h.note == "first"]
        assert made.quote == chosen.strip() and text[made.start : made.end] == made.quote
