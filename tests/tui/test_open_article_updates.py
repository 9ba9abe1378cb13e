"""The open article's text changes under the reader (``R`` brings a changed item): the reader
shows the new text, so a highlight made next is placed in the text the store holds."""

from __future__ import annotations

from pathlib import Path

from .feed_article import LEAD, SAID, council_open, on_the_statement, statements_found
from .helpers import notices_said, type_text


async def test_R_changing_the_open_article_shows_its_new_text_before_anything_is_marked(
    store_path: Path,
):
    """The reader kept the old text after R updated it: 'h' then stored a highlight at the old
    text's offsets, over other words of the new text, and called it anchored."""
    async with council_open(store_path) as (app, pilot, store, council, held):
        reader = app.screen.reader
        old_text = reader.text
        held.change(
            b"The Security Council", b"Late on Monday, after hours of talks, the Security Council"
        )
        await pilot.press("R")
        await held.land()
        await app.workers.wait_for_complete()
        await pilot.pause()
        new_text = store.article_text(council.id)
        assert new_text != old_text
        assert reader.article_id == council.id and reader.text == new_text
        assert reader.border_title.startswith("Reader · updated")
        await pilot.press("G", "h")
        await pilot.pause()
        [made] = store.highlights(council.id)
        assert new_text[made.start : made.end] == made.quote


async def test_R_changing_the_open_article_keeps_the_cursor_on_the_sentence_being_read(
    store_path: Path,
):
    """A paragraph added on top of the open article: the reading cursor stayed at its old
    offset, on another sentence than the one being read (``h`` then marked that one)."""
    async with council_open(store_path) as (app, pilot, store, council, held):
        reader = app.screen.reader
        await pilot.press("G")
        start, end = reader.cursor_span
        reading = reader.text[start:end]
        held.change(
            b"The Security Council",
            b"Editors added a long preface overnight, with the background of the dispute "
            b"and of the talks so far. The Security Council",
        )
        await pilot.press("R")
        await held.land()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert reader.text == store.article_text(council.id) != ""
        start, end = reader.cursor_span
        assert reader.text[start:end] == reading


async def test_R_editing_the_sentence_being_read_keeps_the_cursor_on_it_where_the_text_moved(
    store_path: Path,
):
    """A paragraph added on top and the sentence being read edited: not found word for word,
    the cursor stayed at its old offset, a paragraph's length above it, on another sentence
    (seen as a desk read a corrected statement; ``h`` there marks the wrong one)."""
    async with council_open(store_path) as (app, pilot, store, council, held):
        reader = app.screen.reader
        await pilot.press("G")
        start, end = reader.cursor_span
        assert reader.text[start:end].startswith("The Secretary-General welcomed")
        preface = (
            b"Editors added a long preface overnight, with the background of the dispute "
            b"and of the talks so far. The Security Council"
        )
        held.change(b"The Security Council", preface)
        held.change(b"urged the parties to return", b"urged both parties to go back")
        await pilot.press("R")
        await held.land()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "urged both parties to go back" in reader.text == store.article_text(council.id)
        start, end = reader.cursor_span
        assert reader.text[start:end].startswith("The Secretary-General welcomed the decision")


async def test_u_after_R_moved_the_text_takes_the_speaker_correction_back_in_place(
    store_path: Path,
):
    """Undoing a speaker correction wrote its statement's highlights back as they were when it
    was made: after a refresh had moved the text, at their old offsets, over other words."""
    async with council_open(store_path) as (app, pilot, store, council, held):
        await on_the_statement(app, pilot, SAID)
        await pilot.press("h", "P")
        await type_text(pilot, "Nicolas de Riviere")
        await pilot.press("enter")
        await pilot.pause()
        [marked] = store.highlights(council.id)
        assert marked.speaker == "Nicolas de Riviere"
        held.change(LEAD, b"<p>Late on Monday, after hours of talks, the vote was held.</p>" + LEAD)
        await pilot.press("R")
        await held.land()
        await statements_found(app, pilot)
        await pilot.press("u")
        await pilot.pause()
        text = store.article_text(council.id)
        [kept] = store.highlights(council.id)
        assert text[kept.start : kept.end] == kept.quote == marked.quote
        assert kept.speaker != "Nicolas de Riviere"
        assert store.speaker_corrections(council.id) == []
        await pilot.press("ctrl+y")  # redo: the correction again, on its words in the new text
        await pilot.pause()
        [again] = store.speaker_corrections(council.id)
        assert text[again.start : again.end] == again.quote
        [kept] = store.highlights(council.id)
        assert text[kept.start : kept.end] == kept.quote == marked.quote
        assert kept.speaker == "Nicolas de Riviere"


async def test_R_that_orphans_a_highlight_says_so_in_its_line(store_path: Path):
    """newuser45: ``R`` said "nothing new, 1 updated" over the highlight it had just left
    with no words (its sentence rewritten upstream): the sidebar's orphan, unsaid."""
    async with council_open(store_path) as (app, pilot, store, council, held):
        await pilot.press("G", "h")
        await pilot.pause()
        [made] = store.highlights(council.id)
        held.change(
            b"The Secretary-General welcomed the decision and urged the parties to return "
            b"to the negotiating table without preconditions.",
            b"Talks are to go on next week.",
        )
        app.clear_notifications()
        await pilot.press("R")
        await held.land()
        await app.workers.wait_for_complete()
        await pilot.pause()
        [after] = store.highlights(council.id)
        assert after.id == made.id and after.status == "orphan"
        said = notices_said(app)
        assert "Nothing new, 1 updated (highlights: 1 orphaned)." in said, said
