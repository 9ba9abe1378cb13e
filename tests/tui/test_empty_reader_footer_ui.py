"""The key line over an empty reader (newuser63, left; newuser64): a new user tabbing into the
pane before opening anything read "v Select  h Highlight  n Note  y Copy quote" at 80x24 over
"Open an article from the list", and each of those keys only answered "Open an article first".
With no article open they are left out of the footer, still saying so when pressed; an
article opened, they are offered again."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.reader import Reader

from .helpers import bottom_line, notices_said
from .test_reader_support import add_article

BODY = '"We must not let history stand in the way," Foreign Minister Cho Tae-yul said.'
READER_KEYS = ("Select", "Highlight", "Note", "Copy quote")


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_footer_offers_no_reader_key_until_an_article_is_open(
    store_path: Path, size: tuple[int, int]
) -> None:
    store = Store.open(store_path)
    add_article(store, "Shuttle diplomacy", BODY)
    app = DiplotuiApp(store)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        reader = app.screen.query_one(Reader)
        reader.focus()
        await pilot.pause()
        empty = bottom_line(app)
        assert "Help" in empty, empty
        assert not any(key in empty for key in READER_KEYS), empty
        await pilot.press("shift+tab", "enter")  # to the list, and open its article
        await pilot.pause()
        reader.focus()
        await pilot.pause()
        assert reader.article_id
        opened = bottom_line(app)
        assert all(key in opened for key in READER_KEYS[:3]), opened  # y too where it fits
    store.close()


@pytest.mark.parametrize(
    ("key", "said"),
    [
        ("v", "Open an article first."),
        ("h", "Open an article first."),
        ("n", "Open an article first."),
        ("y", "Open an article first: there is nothing to quote."),
    ],
)
async def test_a_key_left_out_of_the_footer_still_says_to_open_an_article(
    store_path: Path, key: str, said: str
) -> None:
    store = Store.open(store_path)
    add_article(store, "Shuttle diplomacy", BODY)
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        app.screen.query_one(Reader).focus()
        await pilot.pause()
        await pilot.press(key)
        await pilot.pause()
        assert notices_said(app) == [said]
    store.close()
