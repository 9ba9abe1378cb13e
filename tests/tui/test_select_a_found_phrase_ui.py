"""``v`` during a find selects the match: a phrase inside a sentence, highlighted or copied.

Newcomer 40, a Hypothesis user, wanted to highlight "comprehensive strategic cooperative
partnership" in the middle of a sentence. ``v`` selects from the sentence's start, ``w`` and
``b`` move only the selection's end, and a find's match was no selection: ``/``, ``n`` then
``h`` or ``y`` took the whole sentence. No key could start a selection inside a sentence.
"""

from __future__ import annotations

from pathlib import Path

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .helpers import type_text
from .test_reader_support import add_article, open_first

BODY = (
    "Maintaining the time-honoured friendship and the comprehensive strategic cooperative "
    "partnership with China is one of the top priorities. The two ministers spoke on April 16."
)
PHRASE = "comprehensive strategic cooperative partnership"


async def _found(app: DiplotuiApp, pilot, words: str):
    reader = await open_first(app, pilot)
    await pilot.press("slash")
    await type_text(pilot, words)
    await pilot.press("enter")
    await pilot.pause()
    return reader


async def test_v_selects_the_match_and_h_highlights_it(store_path: Path):
    store = Store.open(store_path)
    article = add_article(store, "Partnership", BODY)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await _found(app, pilot, "comprehensive strategic")
        await pilot.press("v")
        assert reader.text[slice(*reader.selection)] == "comprehensive strategic"
        await pilot.press("w", "w")  # its end moves on by words, as after any v
        assert reader.text[slice(*reader.selection)] == PHRASE
        await pilot.press("h")
        await pilot.pause()
        [highlight] = store.highlights(article.id)
        assert highlight.quote == PHRASE
    store.close()


async def test_v_on_the_match_copies_the_phrase_and_v_again_lets_it_go(
    store_path: Path, clipboard: list[str]
):
    store = Store.open(store_path)
    add_article(store, "Partnership", BODY)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await _found(app, pilot, "april 16")
        await pilot.press("v", "y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert clipboard[-1].startswith("“April 16”"), clipboard
        assert reader.text[slice(*reader.selection)] == "April 16"  # kept after the copy
        await pilot.press("v")  # v on the selected match ends the selection, as v does
        assert reader.selection is None
        await pilot.press("v")  # and takes the match again
        assert reader.text[slice(*reader.selection)] == "April 16"
    store.close()
