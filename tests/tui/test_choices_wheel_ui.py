"""The mouse wheel, the scrollbar and a resize keep a list of choices' highlight in view.

Scrolled by the wheel, the quote history (as every list of choices: the Statements view, the
timeline, untag) kept its highlight on a row out of sight, and ``enter`` copied a quote the
screen no longer showed.
"""

from __future__ import annotations

from pathlib import Path

from textual.scrollbar import ScrollTo
from textual.widgets import OptionList

from diplotui.model import QuoteRecord
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.quote_history import QuoteHistoryScreen

from .helpers import screen_text, settle_start_up, turn_wheel


def _store_with_quotes(store_path: Path) -> Store:
    """A store whose quote history holds 40 quotes, more than a screen shows."""
    store = Store.open(store_path)
    for n in range(1, 41):
        created = f"2030-01-01T00:{n:02d}:00+00:00"
        store.add_quote(
            QuoteRecord(id=f"q{n:02d}", text=f"Quote {n:02d}", style="plain", created_at=created)
        )
    return store


async def test_enter_after_the_wheel_copies_a_quote_shown(store_path: Path, clipboard) -> None:
    store = _store_with_quotes(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("Q")
        await pilot.pause()
        assert isinstance(app.screen, QuoteHistoryScreen)
        choices = app.screen.query_one(OptionList)
        first = str(choices.get_option_at_index(0).prompt)
        await turn_wheel(pilot, choices, 6)
        shown = screen_text(app)
        assert first not in shown  # the highlighted row, left above the view
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert clipboard and clipboard[-1] in shown
    store.close()


async def test_enter_after_the_scrollbar_is_dragged_copies_a_quote_shown(
    store_path: Path, clipboard
) -> None:
    store = _store_with_quotes(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("Q")
        await pilot.pause()
        choices = app.screen.query_one(OptionList)
        choices.vertical_scrollbar.post_message(ScrollTo(y=20, animate=True))
        await pilot.pause(0.3)
        shown = screen_text(app)
        assert "Quote 40" not in shown
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert clipboard and clipboard[-1] in shown
    store.close()


async def test_enter_after_a_resize_copies_the_quote_shown_highlighted(
    store_path: Path, clipboard
) -> None:
    """Shrunk to 14 rows, the quote history showed its first quotes while its highlight
    stayed on the fifteenth, below the view, where ``enter`` then copied."""
    store = _store_with_quotes(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("Q")
        await pilot.pause()
        await pilot.press(*["j"] * 14)
        await pilot.resize_terminal(80, 14)
        await pilot.pause()
        await pilot.pause()
        shown = screen_text(app)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert clipboard == ["Quote 26"] and "Quote 26" in shown
    store.close()
