"""The reader's keys pressed before any article is open, as a new user tabbing into the empty
pane does: each says to open one, as ``h``, ``n`` and ``P`` say it. ``s`` and ``S`` said the
names were "still being found" and to press again in a moment (they never would be), ``L``
spoke of "this sentence", ``m`` of "this article" and ``>`` of entities "(yet)"; ``v``
said nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.reader import Reader

from .helpers import notices_said
from .test_reader_support import add_article

BODY = '"We must not let history stand in the way," Foreign Minister Cho Tae-yul said.'


@pytest.mark.parametrize("key", ["s", "S", "L", "m", "M", ">", "<", "v"])
async def test_a_reader_key_with_no_article_open_says_to_open_one(store_path: Path, key: str):
    store = Store.open(store_path)
    add_article(store, "Shuttle diplomacy", BODY)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.pause()
        app.screen.query_one(Reader).focus()
        await pilot.pause()
        await pilot.press(key)
        await pilot.pause()
        said = notices_said(app)
        assert said == ["Open an article first."], said
    store.close()
