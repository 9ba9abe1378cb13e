"""A dialog open while ``R`` changes the open article's text: what is typed is saved on what
the user chose, in the text the store now holds, not on the text the dialog was opened over."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from diplotui.model import AnchorStatus
from diplotui.tui.dialogs.note import NoteScreen
from diplotui.tui.dialogs.speaker_correction import SpeakerCorrectionScreen

from .feed_article import LEAD, SAID, council_open, on_the_statement, statements_found
from .helpers import notices_said, pane_words, type_text


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
        held.change(LEAD, b"<p>Late on Monday, after hours of talks, the vote was held.</p>" + LEAD)
        await pilot.press("R", "n")
        await type_text(pilot, "ask about the vote")
        await held.land()
        await pilot.press("ctrl+s")
        await pilot.pause()
        text = store.article_text(council.id)
        [noted] = store.highlights(council.id)
        assert noted.note == "ask about the vote"
        assert text[noted.start : noted.end] == noted.quote == marked.quote

        held.change(LEAD, b"<p>A second lead paragraph came in overnight.</p>" + LEAD)
        await pilot.press("R", "g", "v", "n")
        chosen = main.reader.text[main.reader.cursor_span[0] : main.reader.cursor_span[1]]
        await type_text(pilot, "first")
        await held.land()
        await pilot.press("ctrl+s")
        await pilot.pause()
        text = store.article_text(council.id)
        [made] = [h for h in store.highlights(council.id) if h.note == "first"]
        assert made.quote == chosen.strip() and text[made.start : made.end] == made.quote


async def test_a_speaker_typed_while_R_moves_the_text_corrects_the_chosen_statement(
    store_path: Path,
):
    """P's dialog kept the statement's offsets in the text it opened over: a refresh putting
    a paragraph before it meanwhile had enter correct other words of the new text."""
    async with council_open(store_path) as (app, pilot, store, council, held):
        statement = await on_the_statement(app, pilot, SAID)
        held.change(LEAD, b"<p>Late on Monday, after hours of talks, the vote was held.</p>" + LEAD)
        await pilot.press("R", "P")
        await type_text(pilot, "Nicolas de Riviere")
        await held.land()
        await statements_found(app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        text = store.article_text(council.id)
        [correction] = store.speaker_corrections(council.id)
        assert text[correction.start : correction.end] == correction.quote
        assert correction.quote == statement.text.strip()
        assert correction.speaker == "Nicolas de Riviere"


async def test_a_speaker_typed_for_words_R_took_away_stays_typed_and_corrects_nothing(
    store_path: Path,
):
    async with council_open(store_path) as (app, pilot, store, council, held):
        await on_the_statement(app, pilot, SAID)
        held.change(b"the text reflected a careful balance", b"the vote was long awaited")
        await pilot.press("R", "P")
        await type_text(pilot, "Nicolas de Riviere")
        await held.land()
        await statements_found(app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SpeakerCorrectionScreen), "the typing stays"
        assert app.screen.query_one("#speaker-name", Input).value == "Nicolas de Riviere"
        assert store.speaker_corrections(council.id) == []


SENTENCE = (
    b"Speaking after the vote, the Permanent Representative of France said the text "
    b"reflected a careful balance between the protection of civilians and support for the "
    b"political process."
)


async def test_a_note_typed_for_words_R_took_away_is_saved_on_an_orphan_and_said(
    store_path: Path,
):
    """The note dialog refused ``ctrl+s`` when a refresh took its selection's words away
    (the text changed under it): the note had to be copied out before ``escape``. It is
    saved now, on an orphan the sidebar lists, and the notice says so."""
    async with council_open(store_path) as (app, pilot, store, council, held):
        await on_the_statement(app, pilot, SAID)
        held.change(SENTENCE, b"The vote on the text was postponed to Friday.")
        await pilot.press("R", "v", "n")
        await type_text(pilot, "ask France why")
        await held.land()
        assert SAID not in store.article_text(council.id)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, NoteScreen), "the note is saved, not refused"
        [kept] = store.highlights(council.id)
        assert kept.note == "ask France why" and SAID in kept.quote
        assert kept.status == AnchorStatus.ORPHAN.value
        notices = notices_said(app)
        assert any("saved on an orphan in the sidebar" in n for n in notices), notices
        await pilot.pause()
        assert "Orphans (1)" in pane_words(app, app.screen.sidebar)
