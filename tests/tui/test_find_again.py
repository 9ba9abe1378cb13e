"""The reader's find: a second ``/`` replaces the last query as it is typed (it typed after
it: "sovereigntyparacels", 0 matches), and ``n`` past the last match says it wrapped."""

from __future__ import annotations

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .helpers import notices_said, type_text
from .test_reader_support import add_article, open_first

BODY = "The sea is calm. The sea is blue. The islands are far."


async def _find(pilot, words: str) -> None:
    """``/``, the words typed, ``enter``."""
    await pilot.press("slash")
    await pilot.pause()
    await type_text(pilot, words)
    await pilot.press("enter")
    await pilot.pause()


async def test_a_second_find_replaces_the_query_and_n_says_it_wrapped(store_path):
    store = Store.open(store_path)
    add_article(store, "Talks", BODY)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await open_first(app, pilot)
        reader.focus()
        await _find(pilot, "sea")
        assert reader.find_query == "sea" and len(reader.matches) == 2
        await _find(pilot, "islands")
        assert reader.find_query == "islands" and len(reader.matches) == 1
        await _find(pilot, "sea")
        assert not any("Wrapped" in message for message in notices_said(app))
        await pilot.press("n")  # to the second of two
        await pilot.press("n")  # past the last
        await pilot.pause()
        assert notices_said(app)[-1] == "Wrapped to the first match (1 of 2)."
        assert reader.match_index == 0
        await pilot.press("N")
        await pilot.pause()
        assert notices_said(app)[-1] == "Wrapped to the last match (2 of 2)."
    store.close()
