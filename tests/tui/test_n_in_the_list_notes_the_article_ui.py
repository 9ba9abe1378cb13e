"""``n`` in the list opens the note of the article on the list's row (``#`` its tags, as
``t``), and ``n``, ``#`` and ``/`` in the sidebar act there (on its highlight, else the
article; the find opens): each key a user types words after opens where they go, so no
typed word runs as keys.

Found by a new user (session 41b): ``n`` in the list said "n (Note) acts in the reader:
shift+tab goes to it", but the note was typed already: "Baltic angle: ..." ran as list keys,
``a`` archived the article and ``t`` opened the tag dialog.
"""

from __future__ import annotations

from textual.app import App

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.find import FindScreen
from diplotui.tui.dialogs.note import NoteScreen
from diplotui.tui.dialogs.tags import AddTagsScreen
from diplotui.tui.widgets.article_list import ArticleList
from diplotui.tui.widgets.sidebar import Sidebar

from .helpers import notices_said, settle, settle_start_up, type_text

NOTE = "Baltic angle: ask the desk"


def _said(app: App[object]) -> list[str]:
    return notices_said(app)


async def test_n_in_the_list_notes_the_row_s_article(seeded_store: Store) -> None:
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        library = app.screen.query_one(ArticleList)
        assert isinstance(app.focused, ArticleList)
        await pilot.press("j")  # the second row, no article open: its own note
        chosen = library.current_id
        await pilot.press("n")
        await settle(app, pilot)
        assert isinstance(app.screen, NoteScreen), _said(app)
        await type_text(pilot, NOTE)
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert not isinstance(app.screen, NoteScreen)
        assert _said(app)[-1].startswith("Saved the note on “"), _said(app)
        await pilot.press("number_sign")  # the row's tags, as t: never "acts in the reader"
        await settle(app, pilot)
        assert isinstance(app.screen, AddTagsScreen), _said(app)
    noted = {a.id: a for a in seeded_store.articles()}
    assert noted[chosen].note == NOTE
    assert {a.state for a in noted.values()} != {"archived"}
    assert [a.id for a in noted.values() if a.note] == [chosen]


async def test_n_hash_and_slash_in_the_sidebar_act_there(seeded_store: Store) -> None:
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        article_id = app.screen.reader.article_id
        app.screen.query_one(Sidebar).focus()
        await pilot.press("n")  # no highlight row: the article's note
        await settle(app, pilot)
        assert isinstance(app.screen, NoteScreen), _said(app)
        await type_text(pilot, NOTE)
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert seeded_store.article(article_id).note == NOTE
        await pilot.press("slash")
        await settle(app, pilot)
        assert isinstance(app.screen, FindScreen), _said(app)
        await pilot.press("escape")
        await settle(app, pilot)
        await pilot.press("number_sign")  # no highlight: said, and nothing typed waits
        await settle(app, pilot)
        assert not isinstance(app.screen, AddTagsScreen)
        assert _said(app)[-1].startswith("No highlight here"), _said(app)
