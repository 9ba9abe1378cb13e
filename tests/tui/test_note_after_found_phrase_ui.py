"""A phrase picked with a find (``/``, ``enter``, ``v``) and highlighted is noted with ``n``,
as any highlight is: the find's ``n`` (next match) no longer takes the note's key once its
phrase is chosen.

Found by a new user (session 41), used to Hypothesis (select, highlight, annotate): ``/``
"rebel militias", ``enter``, ``v``, ``4``, then ``n`` and a note typed. ``n`` went to the next
match, and the note's words ran as keys in the reader: ``a`` and ``o`` were said to act in
the list, ``d`` looked for a highlight to delete, ``e`` turned the entity colours off, ``S``
moved the cursor and ``A`` opened the feed dialog, which took the rest of the note.
"""

from __future__ import annotations

from pathlib import Path

from diplotui.model import Article
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.note import NoteScreen

from .helpers import notices_said, type_text
from .test_reader_support import add_article, open_first
from .test_select_a_found_phrase_ui import _found

BODY = (
    "Burhan reiterated that there would be no truce with rebel militias while fighting "
    "continues. The envoy said rebel militias had left the city. Talks resume in Jeddah."
)
PHRASE = "rebel militias"


async def _noted(app: DiplotuiApp, pilot, store: Store, article: Article, note: str) -> None:
    """``note`` typed in the note dialog ``n`` opened, saved: the article's one highlight is
    the phrase, with that note."""
    assert isinstance(app.screen, NoteScreen), "n opened no note"
    await type_text(pilot, note)
    await pilot.press("ctrl+s")
    await pilot.pause()
    [highlight] = store.highlights(article.id)
    assert (highlight.quote, highlight.note) == (PHRASE, note)


async def test_n_notes_the_phrase_just_highlighted_from_a_find(store_path: Path) -> None:
    store = Store.open(store_path)
    article = add_article(store, "No truce", BODY)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await _found(app, pilot, PHRASE)
        await pilot.press("v", "4")
        await pilot.pause()
        said = notices_said(app)
        assert any(s.startswith("Highlighted “rebel militias”") for s in said), said
        assert any("/ finds “rebel militias” again" in s for s in said), said
        await pilot.press("n")
        await pilot.pause()
        await _noted(app, pilot, store, article, "ask: does SAF still refuse?")
        assert reader.show_entities, "the note's letters ran as reader keys"
        assert reader.find_query == ""
        await pilot.press("slash", "enter")  # the find comes back as it was
        await pilot.pause()
        assert reader.find_query == PHRASE
        assert len(reader.matches) == 2
    store.close()


async def test_n_on_a_found_phrase_selected_notes_it(store_path: Path) -> None:
    store = Store.open(store_path)
    article = add_article(store, "No truce", BODY)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _found(app, pilot, PHRASE)
        await pilot.press("v", "n")
        await pilot.pause()
        await _noted(app, pilot, store, article, "Burhan's line")
    store.close()


async def test_without_a_selection_n_still_steps_through_the_matches(store_path: Path) -> None:
    store = Store.open(store_path)
    add_article(store, "No truce", BODY)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await _found(app, pilot, PHRASE)
        first = reader.match_index
        await pilot.press("h", "n")  # a whole sentence highlighted: the find goes on
        await pilot.pause()
        assert not isinstance(app.screen, NoteScreen)
        assert reader.find_query == PHRASE
        assert reader.match_index == (first + 1) % 2
    store.close()


async def test_a_selection_made_before_a_find_ends_so_n_steps_through_the_matches(
    store_path: Path,
) -> None:
    """``v`` on the first sentence, then ``/`` "Jeddah", ``enter``, ``n``: the selection held
    from before the find (grown by the find's jump to the last sentence) made ``n`` Note on
    all three sentences, the next ``n``s typed into it, and ``h`` highlighted them all, not
    the sentence the match is in."""
    store = Store.open(store_path)
    article = add_article(store, "No truce", BODY)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await open_first(app, pilot)
        await pilot.press("v")
        assert reader.selection is not None
        await pilot.press("slash")
        await type_text(pilot, "Jeddah")
        await pilot.press("enter")
        await pilot.pause()
        assert reader.selection is None
        await pilot.press("n")
        await pilot.pause()
        assert not isinstance(app.screen, NoteScreen)
        assert reader.find_query == "Jeddah"
        await pilot.press("h")
        await pilot.pause()
        [highlight] = store.highlights(article.id)
        assert highlight.quote == "Talks resume in Jeddah."
    store.close()


async def test_a_find_cancelled_leaves_the_cursor_and_the_selection_as_they_were(
    store_path: Path,
) -> None:
    """``v``, ``j``, then ``/`` "Jeddah" and ``escape``: the find had moved the cursor to the
    match while it was typed, and the cancelled find left it there, the selection grown to
    the last sentence, so ``h`` highlighted all three sentences."""
    store = Store.open(store_path)
    article = add_article(store, "No truce", BODY)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await open_first(app, pilot)
        await pilot.press("v", "j")
        await pilot.pause()
        selected, cursor = reader.selection, reader.cursor_span
        await pilot.press("slash")
        await type_text(pilot, "Jeddah")
        await pilot.press("escape")
        await pilot.pause()
        assert (reader.selection, reader.cursor_span) == (selected, cursor)
        await pilot.press("h")
        await pilot.pause()
        [highlight] = store.highlights(article.id)
        assert not highlight.quote.endswith("Jeddah.")
    store.close()
