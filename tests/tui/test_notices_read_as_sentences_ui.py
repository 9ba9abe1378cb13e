"""Every notice reads as a sentence: a capital and a full stop. "nothing new, …" (a refresh
with nothing to bring, ``tests/tui/test_feeds_ui.py``) was the one in lower case; a filter
saved, a filter from the palette, the citation style and a store's errors ended without a
full stop."""

from __future__ import annotations

from pathlib import Path

from diplotui.tui.app import DiplotuiApp
from diplotui.tui.notices import sentence

from .helpers import notices_said
from .library_fixtures import make_library
from .test_library_ui import save_laos_news


async def test_a_filter_saved_and_the_citation_style_end_in_a_full_stop(
    store_path: Path,
):
    store = make_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await save_laos_news(app, pilot)
        await pilot.press("enter", "c")  # the folder's first article, then the next style
        await pilot.pause()
        said = notices_said(app)
        filtered = [line for line in said if line.startswith(("Saved filter", "Citation"))]
        assert len(filtered) == 2, said
        assert all(line.endswith(".") for line in filtered), filtered
        assert "Saved filter “Laos news”." in filtered
    store.close()


def test_a_line_worded_for_the_command_line_is_said_as_a_sentence():
    assert sentence("nothing new, 2 items already in the library") == (
        "Nothing new, 2 items already in the library."
    )
    closed = "/desk/db.json: opened read-only or closed; nothing was written"
    assert sentence(closed) == f"{closed}."  # a path keeps its case
    assert sentence("h dropped: the cursor moved.") == "h dropped: the cursor moved."  # a key
    assert sentence("Fetching it…") == "Fetching it…"
