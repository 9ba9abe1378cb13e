"""A key pressed where it has nothing to act on says so: in the list, ``d`` on an article and
``u`` on a saved filter's row; in the sidebar, ``a`` with no highlights and the list's ``o``
and ``F``; in the reader, the list's ``o``, ``f`` and ``F``, and ``N`` outside a find; in the
list and the sidebar, the reader's keys (``h``, ``y``, ``s``, ``N`` ...), in the reader the
list's ``a`` and the sidebar's ``r``. Each did
nothing and said nothing, and
a new user took ``d`` (the reader's delete) for a failed delete. Sort run from the palette
with the list hidden changed nothing in sight: it says the order."""

from __future__ import annotations

from textual.app import App
from textual.command import CommandPalette
from textual.pilot import Pilot

from diplotui.model import SavedFilter
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.confirm import ConfirmScreen
from diplotui.tui.widgets.article_list import ArticleList
from diplotui.tui.widgets.reader import Reader
from diplotui.tui.widgets.sidebar import Sidebar

from .helpers import settle, settle_start_up, type_text


def _said(app: App[object]) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def _said_to(app: App[object], pilot: Pilot[object], *keys: str) -> list[str]:
    """What each of ``keys`` said, in order: a key's notice takes the place of those said
    before it (tests/tui/test_toast_rows.py), so each is read as its key is handled."""
    said: list[str] = []
    for key in keys:
        before = {n.identity for n in app._notifications}
        await pilot.press(key)
        await settle(app, pilot)
        said += [str(n.message) for n in app._notifications if n.identity not in before]
    return said


async def _reading(app: App[object], pilot: Pilot[object]) -> None:
    """Start, and open the list's first article: the focus is in the reader."""
    await settle_start_up(app, pilot)
    await pilot.press("enter")
    await settle(app, pilot)


async def test_list_keys_off_their_row_say_what_they_act_on(seeded_store: Store) -> None:
    seeded_store.save_filter(SavedFilter("asean", {"tags": ["asean"]}))
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("d")  # an article's row: the article stays, D is named
        await settle(app, pilot)
        assert _said(app) == [
            "d deletes a saved filter, and this row is none: D deletes the article (asking first)."
        ]
        assert len(seeded_store.articles()) == 2
        await pilot.press("g", "u")  # the saved filter's row: nothing to mark read
        await settle(app, pilot)
        assert app.screen.query_one(ArticleList).current_folder == "asean"
        assert _said(app)[-1] == "u acts on an article's row, and this row is none."
        await pilot.press("d")  # where d acts, it asks, as before
        await settle(app, pilot)
        assert isinstance(app.screen, ConfirmScreen)


async def test_the_sidebar_s_author_key_with_no_highlights_says_so(seeded_store: Store) -> None:
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _reading(app, pilot)
        app.screen.query_one(Sidebar).focus()
        await pilot.press("a")
        await settle(app, pilot)
        assert _said(app)[-1] == "No highlights here: a shows one author's at a time."


async def test_the_list_s_keys_in_the_reader_say_where_they_act(seeded_store: Store) -> None:
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _reading(app, pilot)
        assert isinstance(app.focused, Reader)
        assert await _said_to(app, pilot, "o", "f", "F", "N") == [
            "o sorts the list: shift+tab goes to it, or ctrl+p runs Sort here.",
            "f filters the list: shift+tab goes to it, or ctrl+p runs Filter here.",
            "F saves the list's filter as a folder: shift+tab goes to it, "
            "or ctrl+p runs Save filter here.",
            "N goes to the previous match of a find: / finds in the article.",
        ]
        await pilot.press("left_square_bracket", "o")  # the list hidden: [ brings it back
        await settle(app, pilot)
        assert _said(app)[-1] == "o sorts the list: [ shows it, or ctrl+p runs Sort here."


async def test_the_list_s_keys_in_the_sidebar_say_where_they_act(seeded_store: Store) -> None:
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _reading(app, pilot)
        app.screen.query_one(Sidebar).focus()
        # the focus wraps: tab, not shift+tab, goes on to the list
        assert await _said_to(app, pilot, "o", "F") == [
            "o sorts the list: tab goes to it, or ctrl+p runs Sort here.",
            "F saves the list's filter as a folder: tab goes to it, "
            "or ctrl+p runs Save filter here.",
        ]
        await pilot.press("tab")
        assert isinstance(app.focused, ArticleList)
        app.screen.query_one(Sidebar).focus()
        await pilot.press("f")  # the sidebar's own f: filter by the entity under the cursor
        await settle(app, pilot)
        assert not any(said.startswith("f filters the list") for said in _said(app))
        await pilot.press("left_square_bracket", "o")  # the list hidden: [ brings it back
        await settle(app, pilot)
        assert _said(app)[-1] == "o sorts the list: [ shows it, or ctrl+p runs Sort here."


async def test_a_pane_s_keys_in_another_say_where_they_act(seeded_store: Store) -> None:
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("h")  # no article open yet: enter opens one
        await settle(app, pilot)
        assert _said(app) == [
            "h (Highlight) acts in the reader: enter opens the selected article there."
        ]
        await pilot.press("enter")
        await settle(app, pilot)
        app.screen.query_one(Sidebar).focus()
        # n, # and / act in the sidebar: the words typed after them ran as its keys
        assert await _said_to(app, pilot, "N", "h", "y") == [
            "N (Previous match) acts in the reader: shift+tab goes to it.",
            "h (Highlight) acts in the reader: shift+tab goes to it.",
            "y (Copy quote) acts in the reader: shift+tab goes to it.",
        ]
        assert isinstance(app.screen.focused, Sidebar)
        app.clear_notifications()
        # the list's own keys say only their own
        assert await _said_to(app, pilot, "tab", "s", "escape", "d") == [
            "s (Next statement) acts in the reader: tab goes to it.",
            "d deletes a saved filter, and this row is none: D deletes the article (asking first).",
        ]
        # the list's and the sidebar's keys in the reader
        assert await _said_to(app, pilot, "tab", "a", "right_square_bracket", "r") == [
            "a (Archive) acts in the list: shift+tab goes to it.",
            "r (Re-attach orphan) acts in the sidebar: ] shows it.",
        ]
        assert {a.state for a in seeded_store.articles()} == {"read"}  # none archived


async def test_sort_from_the_palette_with_the_list_hidden_says_the_order(
    seeded_store: Store,
) -> None:
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await _reading(app, pilot)
        await pilot.press("left_square_bracket")
        assert not app.screen.library.display
        await pilot.press("ctrl+p")
        await type_text(pilot, "sort")
        await settle(app, pilot)
        await pilot.press("enter")
        if isinstance(app.screen, CommandPalette):  # the first enter highlighted the hit
            await pilot.press("enter")
        await settle(app, pilot)
        assert _said(app)[-1] == "Sorted: title A–Z."
        await pilot.press("left_square_bracket")  # the list back, its key says it too
        app.screen.library.focus()
        await pilot.press("o")
        await settle(app, pilot)
        assert _said(app)[-1] == "Sorted: by source."
