"""Names the user or a feed gives (a feed's name and title, a saved filter's name) reach the
terminal inert: the library's folders, the feeds list, the palette; markup shows literally."""

from __future__ import annotations

from pathlib import Path

from diplotui.model import Article, Feed, SavedFilter
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from tests.reliability.test_hostile_records import make_store
from tests.reliability.test_hostile_ui import ESCAPES, INVISIBLE, MARKUP, assert_inert, drawn
from tests.tui.helpers import settle_start_up

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


async def test_listing_a_hostile_feed_or_saved_filter_names_it_literally(tmp_path: Path):
    """The list's border title and subtitle were read as Textual markup: choosing a feed
    whose title held "[link=http://evil]" ended the app in a MarkupError, and "[World]" in a
    title or filter name would have vanished from the line."""
    path = tmp_path / "library.json"
    with Store.open(path) as writer:
        text = "Talks in Hanoi.\n\nThe ministers met.\n"
        writer.add_article(Article(id="0000000000a1", title="Talks", text_hash=""), text)
        writer.save_feed(Feed(id="feedfeedfeed", url="http://127.0.0.1:9/f.xml", title=NAME))
        writer.save_filter(SavedFilter(name=f"S {MARKUP} [World]", query={"tags": []}))
    store = Store.open(path)
    app = DiplotuiApp(store)
    try:
        async with app.run_test(size=(200, 50)) as pilot:
            await settle_start_up(app, pilot)
            await pilot.press("g", "j", "enter")  # the feeds heading, then the feed
            await pilot.pause()
            assert_inert(drawn(app), "the feed's articles", f"feed: N {MARKUP}")
            await pilot.press("escape", "g", "j", "j", "enter")  # the saved filter
            await pilot.pause()
            assert_inert(drawn(app), "the saved filter's articles", f"▸ S {MARKUP} [World]")
    finally:
        store.close()
