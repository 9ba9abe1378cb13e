"""An entity filter that names no person, body or place of the library says where its words
are, and the key that finds them, rather than that no article matches.

Found by a new user (session 41): "Somaliland", typed in the filter's entity field, listed
nothing and said "No article matches this filter", while the open article's headline named
it and two articles spoke of nothing else (the recogniser had found it in neither). Words
typed in that field that are a topic, not a name ("port deal"), read the same way.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.article_list import ArticleList

from .helpers import pane_words, settle, settle_start_up, type_text
from .statements_ui_support import add_article as _add

PORT = "Port deal\n\nOfficials said the port deal gave the navy access to the coast.\n"
QUIT = "Minister quits\n\nThe minister resigned over the port deal, the radio reported.\n"
TALKS = "Talks\n\nForeign Minister Penny Wong met envoys in Canberra.\n"


def _library(store_path: Path) -> Store:
    store = Store.open(store_path)
    _add(store, PORT, "Port deal", "2024-01-02")
    _add(store, QUIT, "Minister quits", "2024-01-08")
    _add(store, TALKS, "Talks", "2024-01-09")
    return store


async def _filtered(app: DiplotuiApp, pilot, entity: str) -> str:
    """The list's pane, as drawn, once ``f`` and ``entity`` in its entity field are applied."""
    await settle_start_up(app, pilot)
    await app.workers.wait_for_complete()
    library = app.screen.query_one(ArticleList)
    library.focus()
    await pilot.press("f", "tab")  # the entity field
    await type_text(pilot, entity)
    await pilot.press("enter")
    await app.workers.wait_for_complete()
    await settle(app, pilot)
    return pane_words(app, library)


async def _said(store_path: Path, entity: str, size: tuple[int, int] = (120, 40)) -> str:
    """What the list says once the library is filtered by ``entity``."""
    store = _library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=size) as pilot:
        said = await _filtered(app, pilot, entity)
    store.close()
    return said


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_words_no_entity_has_name_the_articles_holding_them(
    store_path: Path, size: tuple[int, int]
) -> None:
    said = await _said(store_path, "port deal", size)
    assert said.startswith("No person, body or place is named “port deal”"), said
    assert "its words are in 2 articles: / searches them." in said, said
    assert said.endswith("Escape in the list clears the filter."), said


async def test_a_name_found_nowhere_says_only_that_nothing_matches(store_path: Path) -> None:
    said = await _said(store_path, "Zanzibar")
    assert said == "No article matches this filter: escape in the list clears it.", said
