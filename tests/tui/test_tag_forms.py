"""A tag typed in another Unicode form is the same tag.

"café" can reach the app composed (é, one character) or decomposed (e and a combining acute
accent, as text pasted from a PDF or a macOS file name often is). Tags were kept as typed: the
article showed "#café #café", two tags no eye can tell apart, and the filter by the tag typed
one way missed the articles tagged the other way.
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from pathlib import Path

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .helpers import type_as_a_terminal
from .test_reader_support import add_article, open_first, reader_of

COMPOSED = "caf\u00e9"
DECOMPOSED = unicodedata.normalize("NFD", COMPOSED)


async def test_a_decomposed_tag_typed_on_a_composed_one_is_the_same_tag(store_path: Path):
    store = Store.open(store_path)
    article = add_article(store, "Talks", "The ministers met in Hanoi. They agreed.")
    store.save_article(replace(article, tags=[COMPOSED]))
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        await pilot.press("t")
        await type_as_a_terminal(app, pilot, f"{DECOMPOSED}, r{DECOMPOSED}")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("j", "h", "number_sign")  # the sentence highlighted, tagged alike
        await type_as_a_terminal(app, pilot, DECOMPOSED)
        await pilot.press("enter")
        await pilot.pause()
        assert reader_of(app).highlights
    assert store.article(article.id).tags == [COMPOSED, f"r{COMPOSED}"]
    [highlight] = store.highlights(article.id)
    assert highlight.tags == [COMPOSED]
    store.close()
