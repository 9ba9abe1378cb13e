"""A terminal resized under the reader keeps the reading cursor in sight.

The reader kept the line at the top of the view on a resize and nothing else: at a smaller
terminal the cursor's sentence could end up below the view, and ``h``, ``y`` or ``n``, which
act on it, acted on words the screen no longer showed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .helpers import screen_cells
from .test_reader_support import add_article, open_first

BODY = "\n".join(f"Round {n} ends." for n in range(1, 41))


def _screen_text(app: DiplotuiApp) -> str:
    return "\n".join("".join(char for char, _ in line) for line in screen_cells(app))


@pytest.mark.parametrize("size", [(80, 24), (120, 20), (60, 20)])
async def test_the_cursor_sentence_stays_on_screen_when_the_terminal_shrinks(
    store_path: Path, size: tuple[int, int]
):
    store = Store.open(store_path)
    article = add_article(store, "Resize me", BODY)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        await pilot.press(*["j"] * 26)  # "Round 26", low on a 40-line screen
        await pilot.pause()
        assert "Round 26 ends." in _screen_text(app)
        await pilot.resize_terminal(*size)
        await pilot.pause()
        assert "Round 26 ends." in _screen_text(app)
        await pilot.press("h")
        await pilot.pause()
    [highlight] = store.highlights(article.id)
    assert "Round 26 ends." in store.article_text(article.id)[highlight.start : highlight.end]
    store.close()
