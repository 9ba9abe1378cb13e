"""Names the user or a feed gives (a feed's name and title, a saved filter's name) reach the
terminal inert: the library's folders, the feeds list, the palette; markup shows literally."""

from __future__ import annotations

from pathlib import Path

from diplotui.model import Feed, SavedFilter
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from tests.reliability.test_hostile_records import make_store
from tests.reliability.test_hostile_ui import ESCAPES, INVISIBLE, MARKUP, assert_inert, drawn

NAME = f"N {MARKUP} {ESCAPES} {INVISIBLE}"


async def test_hostile_feed_and_saved_filter_names_are_drawn_inert(tmp_path: Path):
    path = tmp_path / "library.json"
    make_store(path)
    with Store.open(path) as writer:
        writer.save_feed(Feed(id="feedfeedfeed", url="http://127.0.0.1:9/f.xml", title=NAME))
        writer.save_filter(SavedFilter(name=NAME, query={"tags": []}))
    store = Store.open(path)
    app = DiplotuiApp(store)
    try:
        async with app.run_test(size=(160, 50), notifications=True) as pilot:
            await pilot.pause()
            assert_inert(drawn(app), "library folders", f"N {MARKUP}")
            await pilot.press("ctrl+p")
            await pilot.pause()
            assert_inert(drawn(app), "palette")
    finally:
        store.close()
