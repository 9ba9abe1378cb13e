"""At 80x24, nothing open, ``]`` showed the sidebar in the list's stead, and the reader still
said "Open an article from the list (enter)." of a list no longer on screen (the footer there
has no room for ``[``). It says how to bring the list back while it is hidden, and the
plain hint again once it is shown; the first run's welcome keeps its words."""

from __future__ import annotations

from pathlib import Path

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.panes import OPEN_HINT

from .helpers import settle, settle_start_up
from .test_reader_support import add_article, reader_of


async def test_the_reader_says_how_to_bring_back_a_hidden_list(store_path: Path) -> None:
    store = Store.open(store_path)
    add_article(store, "Nothing open yet", "The ministers met in Hanoi.\n")
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle_start_up(app, pilot)
        reader = reader_of(app)
        assert reader.placeholder == OPEN_HINT
        await pilot.press("right_square_bracket")  # the sidebar, in the list's stead
        await settle(app, pilot)
        assert not app.screen.query_one("#library").display
        assert reader.placeholder == "Open an article from the list: [ shows it, then enter."
        await pilot.press("left_square_bracket")  # the list back
        await settle(app, pilot)
        assert app.screen.query_one("#library").display
        assert reader.placeholder == OPEN_HINT
    store.close()
