"""A quotation its attribution interrupts ('"The talks," Wang said, "went well."') reads whole
in every row and copy: the finder gives its two parts as two statements, and a row of the
Statements view, a timeline's row, the sidebar and ``y`` showed “The talks” alone."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from diplotui.cite import STYLE_SETTING
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .helpers import open_statements_view, settle, timeline_from_the_view, type_text
from .statements_ui_support import add_article
from .statements_ui_support import open_first as open_first_article
from .test_reader_support import sidebar_rows
from .test_statements_ui import _prompts

TEXT = (
    "Talks in Hanoi\n"
    "Foreign Minister Wang Yi met his counterpart in Hanoi on Monday.\n"
    '"The talks," Wang said, "went well."\n'
    "The visit, Wang said, had strengthened trust between the two countries.\n"
)
WHOLE = "Wang Yi (Foreign Minister) said: “The talks … went well.”"


def _store(path: Path) -> Store:
    store = Store.open(path)
    add_article(store, TEXT, "Talks in Hanoi", "2025-07-18")
    store.set_setting(STYLE_SETTING, "chicago")
    return store


async def test_an_interrupted_quotation_reads_whole_in_its_row_and_copy(
    store_path: Path, clipboard
):
    store = _store(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_statements_view(app, pilot)
        await type_text(pilot, "wang")
        await pilot.press("enter")
        await settle(app, pilot)
        rows = _prompts(app.screen.query_one("#statements-list", OptionList))
        quoted = [row.split("\n")[0] for row in rows if "talks" in row.split("\n")[0]]
        assert quoted == [WHOLE], rows  # the finder's two parts: one statement, read whole
        reported = [row for row in rows if row.startswith("The visit")]
        assert reported and reported[0].startswith(  # its own attribution kept, as copied
            "The visit, Wang said, had strengthened trust between the two countries\n"
        ), rows
        await pilot.press("y")
        await settle(app, pilot)
        assert clipboard[-1].startswith("“The talks … went well.”\nForeign Minister Wang Yi,")
    store.close()


async def test_a_timeline_row_and_the_sidebar_read_an_interrupted_quotation_whole(
    store_path: Path, clipboard
):
    store = _store(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await timeline_from_the_view(app, pilot, "wang")
        rows = _prompts(timeline.query_one("#timeline-list", OptionList))
        assert any(WHOLE in row.split("\n")[0] for row in rows), rows
        assert not any("“The talks”" in row for row in rows), rows
        await pilot.press("escape")
        await pilot.press("escape")
        await pilot.pause()
        reader = await open_first_article(app, pilot)
        while "The talks" not in reader.text[slice(*reader.cursor_span)]:
            await pilot.press("s")
        await pilot.press("h")  # a highlight of the statement: its first part's words
        await settle(app, pilot)
        [row] = [row for row in sidebar_rows(app) if "The talks" in row]
        assert "“The talks … went well.”" in row, row
        await pilot.press("y")
        await settle(app, pilot)
        assert clipboard[-1].startswith("“The talks … went well.”\nForeign Minister Wang Yi,")
    store.close()
