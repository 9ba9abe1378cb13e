"""The help (``?``) says when ``v`` is "Unselect": its reader keys read "v Select" and
"v Unselect" one under the other, the same key said to do two opposite things."""

from __future__ import annotations

import re
from pathlib import Path

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.help import DrawnOnce, HelpScreen

from .test_reader_support import add_article, open_first

BODY = "The ministers met in Hanoi. They signed a trade pact."


async def test_the_help_says_when_v_unselects(store_path: Path) -> None:
    store = Store.open(store_path)
    add_article(store, "Talks", BODY)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        keys = app.screen.query_one(DrawnOnce)
        lines = [keys.render_line(y).text.strip() for y in range(keys.size.height)]
    store.close()
    assert any(re.fullmatch(r"v +Select", line) for line in lines), lines
    assert any(re.fullmatch(r"v +Unselect \(while a selection grows\)", line) for line in lines)
