"""Find within the article: incremental, case- and diacritic-insensitive, n/N, escape."""

from __future__ import annotations

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.note import NoteScreen

from .helpers import bottom_line, type_text
from .test_reader_support import add_article, open_first

BODY = (
    "Delegates met in Hà Nội on Monday. The HA NOI talks went well.\n"
    "Later, in ha noi again, a third meeting."
)


async def test_find_n_and_escape(store_path):
    store = Store.open(store_path)
    add_article(store, "Find test", BODY)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await open_first(app, pilot)
        await pilot.press("slash")
        await type_text(pilot, "ha n")
        assert len(reader.matches) == 3  # incremental: already matching while typing
        await type_text(pilot, "oi")
        await pilot.press("enter")
        text = reader.text
        assert [text[s:e] for s, e in reader.matches] == ["Hà Nội", "HA NOI", "ha noi"]
        first = reader.match_index
        await pilot.press("n")
        assert reader.match_index == (first + 1) % 3
        assert reader.cursor_span[0] <= reader.matches[reader.match_index][0]
        await pilot.press("N")
        assert reader.match_index == first
        await pilot.press("escape")
        assert reader.matches == [] and reader.find_query == ""
        await pilot.press("n")  # with no find, n is the note key again
        assert isinstance(app.screen, NoteScreen)
        await pilot.press("escape")
    store.close()


async def test_find_keys_in_the_footer_at_80_columns(store_path):
    """During a find the footer leads with its keys (next, previous, end), so they are in view
    at 80 columns, where before only quit, help, select and highlight fitted; with no find
    they leave the line to the reader's usual keys."""
    store = Store.open(store_path)
    add_article(store, "Find test", BODY)
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_first(app, pilot)
        assert "Next match" not in bottom_line(app)
        await pilot.press("slash")
        await type_text(pilot, "ha noi")
        await pilot.press("enter")
        footer = bottom_line(app)
        for key in (" n Next match ", " N Previous match ", " esc End find "):
            assert key in footer
        await pilot.press("escape")
        footer = bottom_line(app)
        assert "Next match" not in footer and "End find" not in footer
        assert " v Select " in footer
    store.close()
