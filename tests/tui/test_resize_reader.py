"""A terminal resized under the reader keeps the reading cursor in sight.

The reader kept the line at the top of the view on a resize and nothing else: at a smaller
terminal the cursor's sentence could end up below the view, and ``h``, ``y`` or ``n``, which
act on it, acted on words the screen no longer showed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.scrollbar import ScrollTo

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .helpers import screen_text, turn_wheel
from .test_reader_support import add_article, open_first, sidebar_of

BODY = "\n".join(f"Round {n} ends." for n in range(1, 41))


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
        assert "Round 26 ends." in screen_text(app)
        await pilot.resize_terminal(*size)
        await pilot.pause()
        assert "Round 26 ends." in screen_text(app)
        await pilot.press("h")
        await pilot.pause()
    [highlight] = store.highlights(article.id)
    assert "Round 26 ends." in store.article_text(article.id)[highlight.start : highlight.end]
    store.close()


@pytest.mark.parametrize("size", [(120, 20), (150, 22)])
async def test_the_sidebar_row_d_acts_on_stays_on_screen_when_the_terminal_shrinks(
    store_path: Path, size: tuple[int, int]
):
    """The sidebar laid its rows out again at a new width and kept its scroll: the chosen
    highlight's row could fall below the view, and ``d`` deleted a highlight not shown."""
    store = Store.open(store_path)
    article = add_article(store, "Resize me", BODY)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        for _ in range(20):
            await pilot.press("j", "h")
        await pilot.press("tab")  # the sidebar, on its first highlight
        await pilot.press(*["j"] * 8)  # "Round 9", low on a 40-line screen
        await pilot.pause()
        assert "“Round 9 ends.”" in screen_text(app)
        await pilot.resize_terminal(*size)
        await pilot.pause()
        assert "“Round 9 ends.”" in screen_text(app)
        await pilot.press("d")
        await pilot.pause()
    text = store.article_text(article.id)
    quotes = {text[h.start : h.end] for h in store.highlights(article.id)}
    assert "Round 9 ends." not in quotes and len(quotes) == 19
    store.close()


async def test_the_mouse_wheel_in_the_sidebar_brings_the_row_d_acts_on_along(store_path: Path):
    """The wheel scrolled the sidebar and left its cursor on the first highlight, above the
    view: ``d`` deleted "Round 1 ends.", a highlight the screen no longer showed."""
    store = Store.open(store_path)
    article = add_article(store, "Wheel me", BODY)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        for _ in range(20):
            await pilot.press("j", "h")
        await pilot.press("tab")  # the sidebar, on its first highlight
        sidebar = sidebar_of(app)
        await turn_wheel(pilot, sidebar, 10)
        shown = screen_text(app)
        assert "“Round 1 ends.”" not in shown
        await pilot.press("d")
        await pilot.pause()
    text = store.article_text(article.id)
    quotes = {text[h.start : h.end] for h in store.highlights(article.id)}
    [deleted] = {f"Round {n} ends." for n in range(1, 21)} - quotes
    assert f"“{deleted}”" in shown
    store.close()


@pytest.mark.parametrize("size", [(40, 12), (46, 16)])
async def test_a_tiny_terminal_shows_the_reader_s_words_whole(store_path: Path, size):
    """At 40 columns the list kept 26 and the reader, wrapped at no less than 20 columns,
    showed 10 of them: "Secret", "Standi", words cut at the pane's edge, while ``h`` and
    ``y`` acted on the whole sentences."""
    store = Store.open(store_path)
    add_article(store, "Tiny", "Ministers reaffirmed commitments yesterday afternoon.")
    app = DiplotuiApp(store)
    async with app.run_test(size=size) as pilot:
        await open_first(app, pilot)
        await pilot.pause()
        shown = screen_text(app)
        for word in ("Ministers", "reaffirmed", "commitments", "yesterday", "afternoon."):
            assert word in shown, word
    store.close()


async def test_a_dragged_sidebar_scrollbar_brings_the_row_d_acts_on_along(store_path: Path):
    store = Store.open(store_path)
    article = add_article(store, "Drag me", BODY)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        for _ in range(20):
            await pilot.press("j", "h")
        await pilot.press("tab")  # the sidebar, on its first highlight
        sidebar = sidebar_of(app)
        sidebar.vertical_scrollbar.post_message(ScrollTo(y=20, animate=True))
        await pilot.pause(0.3)
        shown = screen_text(app)
        assert "“Round 1 ends.”" not in shown
        await pilot.press("d")
        await pilot.pause()
    text = store.article_text(article.id)
    quotes = {text[h.start : h.end] for h in store.highlights(article.id)}
    [deleted] = {f"Round {n} ends." for n in range(1, 21)} - quotes
    assert f"“{deleted}”" in shown
    store.close()
