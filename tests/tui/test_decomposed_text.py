"""Accents typed or stored decomposed find what composed ones find.

Vietnamese input methods have a "combining" mode that types "Hà Nội" as letters followed by
combining accents, and some sites serve their articles so. A search typed that way split each
word at its accents ("ha no i") and found nothing; the reader's find matched neither way
between a decomposed text and a composed query or the reverse, not even "ha noi".
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.article_list import ArticleList

from .helpers import settle_start_up, type_as_a_terminal, type_text
from .test_reader_support import add_article, highlighted_by_keys, open_first

COMPOSED = "Hà Nội"
DECOMPOSED = unicodedata.normalize("NFD", COMPOSED)


def _titles(app: DiplotuiApp) -> list[str]:
    return [row.title for row in app.screen.query_one(ArticleList).rows]


async def test_a_search_typed_with_combining_accents_finds_the_place(store_path: Path):
    store = Store.open(store_path)
    add_article(store, "Composed", f"The envoys met in {COMPOSED} on Monday.")
    add_article(store, "Decomposed", f"The envoys met in {DECOMPOSED} on Tuesday.", "2030-01-02")
    add_article(store, "Elsewhere", "The envoys met in Vientiane.", "2030-01-03")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("slash")
        await type_as_a_terminal(app, pilot, DECOMPOSED.lower())
        await pilot.pause()
        assert _titles(app) == ["Decomposed", "Composed"]
    store.close()


async def test_find_in_a_decomposed_text_matches_any_form_and_marks_whole_letters(
    store_path: Path,
):
    store = Store.open(store_path)
    text_before = "Talks\nThe envoys met in "
    add_article(store, "Talks", f"The envoys met in {DECOMPOSED}. They left {COMPOSED} later.")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await open_first(app, pilot)
        first = len(text_before)
        second = reader.text.index(COMPOSED)
        spans = [(first, first + len(DECOMPOSED)), (second, second + len(COMPOSED))]
        for query in ("ha noi", COMPOSED, DECOMPOSED):
            await pilot.press("slash")
            await type_as_a_terminal(app, pilot, query)
            await pilot.press("enter")
            await pilot.pause()
            assert reader.matches == spans, query
            await pilot.press("escape")
        await pilot.press("slash")
        await type_text(pilot, "ha no")  # a match ending inside a letter keeps its accents
        await pilot.press("enter")
        await pilot.pause()
        assert reader.matches[0] == (first, first + len("Ha\u0300 No\u0323\u0302"))
    store.close()


async def test_a_selection_moved_by_words_keeps_each_letters_accents(store_path: Path):
    """``b`` stopped between "No" and its accents: combining marks were no word characters,
    so the highlight quoted "They met in Hà No", a word the article does not hold."""
    store = Store.open(store_path)
    article = add_article(store, "Talks", f"They met in {DECOMPOSED} today.")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        await pilot.press("j", "v", "b", "h")
        await pilot.press("j", "v", "b", "b", "2")
        await pilot.pause()
    text = store.article_text(article.id)
    quotes = sorted(text[h.start : h.end] for h in store.highlights(article.id))
    assert quotes == [f"They met in {DECOMPOSED[:3]}", f"They met in {DECOMPOSED}"]
    store.close()


async def test_the_quotation_key_reads_an_apostrophe_after_an_accent_as_one(store_path: Path):
    """``"`` took the apostrophe of "Hà’s" for the closing quote when "à" was stored as "a"
    and a combining grave (a mark, not a letter, stood before it): it selected "the plan of
    Hà" and the highlight cut the quotation short."""
    quoted = f"the plan of {DECOMPOSED[:3]}’s team works"
    body = f"He said ‘{quoted}’ today."
    highlighted = await highlighted_by_keys(store_path, "Talks", body, "j", "quotation_mark", "h")
    assert highlighted == [quoted]
