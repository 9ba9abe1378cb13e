"""A search that finds nothing in titles and texts says which note holds its words.

Newcomer 40 wrote "compare with Khmer Times coverage" in an article's note, typed ``/`` and
"khmer" a day later, as Zotero's search finds a note's words, and read "Nothing matches
“khmer”": the search reads titles and texts only, and nothing said where the words were.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from diplotui.anchoring import new_highlight
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.article_list import ArticleList

from .helpers import pane_words, settle, type_text
from .library_fixtures import make_library


async def _searched(app: DiplotuiApp, pilot, words: str) -> str:
    """The list's pane, as drawn, once ``/`` and ``words`` are typed."""
    await settle(app, pilot)
    library = app.screen.query_one(ArticleList)
    library.focus()
    await pilot.press("slash")
    await type_text(pilot, words)
    await settle(app, pilot)
    return pane_words(app, library)


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_an_article_notes_words_are_named(store_path: Path, size: tuple[int, int]):
    store = make_library(store_path)
    article = store.articles()[0]
    store.with_updates(article, note="Brief: compare with Khmer Times coverage.")
    app = DiplotuiApp(store)
    async with app.run_test(size=size) as pilot:
        said = await _searched(app, pilot, "khmer")
    store.close()
    assert said.startswith("Nothing matches “khmer” in titles and texts."), said
    assert "The note on “" in said and "holds it." in said, said
    assert said.endswith("Escape clears the search."), said


async def test_a_highlights_note_is_named_by_its_article(store_path: Path):
    store = make_library(store_path)
    article = store.articles()[0]
    text = store.article_text(article.id)
    end = text.index(" ", 40)
    highlight = new_highlight(article.id, text, 0, end, note="ask the Khmér desk")
    store.save_highlight(highlight)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        said = await _searched(app, pilot, "khmer desk")
    store.close()
    assert "A highlight's note in “" in said and "holds it." in said, said


async def test_words_no_note_holds_say_nothing_more(store_path: Path):
    store = make_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        said = await _searched(app, pilot, "zanzibar")
    store.close()
    assert said == "Nothing matches “zanzibar”: escape clears the search.", said
