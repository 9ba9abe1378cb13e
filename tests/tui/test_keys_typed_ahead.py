"""Keys typed faster than the app handles them act on what the screen shows when each is
handled: a view or a field a key opens takes the keys typed after it, never the pane behind.

The keys are posted straight into the app's queue, as the terminal's driver does while the
app is busy (Pilot's ``press`` waits for the app to be idle after each key)."""

from __future__ import annotations

from pathlib import Path

from textual import events
from textual.widgets import Input

from diplotui.library.priority import KeyWatch
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.statements import StatementsScreen
from diplotui.tui.widgets.article_list import ArticleList

from .helpers import settle, settle_start_up, until_bound
from .library_fixtures import make_library


def _type_fast(app: DiplotuiApp, *keys: str) -> None:
    for key in keys:
        app.post_message(events.Key(key, key if len(key) == 1 else None))


async def _until(app: DiplotuiApp, pilot, done) -> None:  # type: ignore[no-untyped-def]
    for _ in until_bound():
        await settle(app, pilot)
        if done():
            return


async def test_keys_typed_right_after_a_view_or_field_opens_go_to_it(store_path: Path, monkeypatch):
    monkeypatch.setattr(KeyWatch, "STALE", 60.0)  # only a frame ends a key's handling here
    store = make_library(store_path)
    states = {article.id: article.state for article in store.articles()}
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        library = app.screen.query_one(ArticleList)
        library.focus()
        first = library.current_id
        # a tag typed and enter, then j j at once: they move the list once the dialog closed
        at = library.cursor
        _type_fast(app, "t", "x", "enter", "j", "j")
        await _until(app, pilot, lambda: library.cursor == at + 2)
        assert library.cursor == at + 2 and app.focused is library
        assert "x" in store.article(first).tags
        await pilot.press("g")
        # W, then list keys at once: they are the Statements view's filter, not u and a
        _type_fast(app, "W", "a", "u", "n", "g")
        await _until(app, pilot, lambda: app.screen.query(Input).first().value == "aung")
        assert isinstance(app.screen, StatementsScreen)
        assert app.screen.query_one(Input).value == "aung"
        assert {a.id: a.state for a in store.articles()} == states, "no list key acted"
        # escape and a at once: a acts on the list the screen shows again, not the filter
        _type_fast(app, "escape", "a")
        await _until(app, pilot, lambda: store.article(first).state == "archived")
        assert store.article(first).state == "archived"
        states[first] = "archived"
        # / and list keys at once: they are the search, not u (unread) and a (archive)
        _type_fast(app, "slash", "u", "a")
        searched = lambda: [i.value for i in app.screen.query("#library-search").results(Input)]  # noqa: E731
        await _until(app, pilot, lambda: searched() == ["ua"])
        assert searched() == ["ua"] and app.focused is app.screen.query_one("#library-search")
        assert {a.id: a.state for a in store.articles()} == states
        # the letters a field keeps end their handling at the frame showing them
        assert not app.keys.handling
    store.close()
