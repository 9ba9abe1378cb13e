"""An article of many tags leaves the sidebar's other sections in view: its tags take a few
lines, the rest counted, as the list counts them ("+198").

Found looking at every screen (session 44): an article of 200 tags (the most `tag` allows)
filled the sidebar at 120x40 with a hundred lines of tags, its note, highlights and entities
below them, out of sight until scrolled past them all.
"""

from __future__ import annotations

from pathlib import Path

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.sidebar import Sidebar

from .helpers import pane_words
from .statements_ui_support import add_article, open_first

TEXT = "Talks\nForeign Minister Wang Yi met his counterpart in Hanoi on Monday.\n"


async def test_many_tags_leave_the_note_and_highlights_in_view(store_path: Path) -> None:
    store = Store.open(store_path)
    tags = [f"topic-{number}" for number in range(1, 201)]
    add_article(store, TEXT, "Talks", "2025-07-18", tags=tags)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        shown = pane_words(app, app.screen.query_one(Sidebar))
    store.close()
    assert "#topic-1 " in shown and "Note" in shown and "Highlights (0)" in shown, shown
    more = shown.split(" more")[0].rsplit("+", 1)[-1]
    assert more.isdigit() and shown.count("#topic-") + int(more) == len(tags), shown
