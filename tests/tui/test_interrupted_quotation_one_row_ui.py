"""A quotation its attribution interrupts is one statement in ``W`` and a timeline: one row,
reading whole, where its two parts (the finder's two statements) were two identical rows, each
opening its own part; ``enter`` opens the reader at its first part with the bars of both parts
set apart as the label's, the attribution between them read as one statement's."""

from __future__ import annotations

from pathlib import Path

from rich.style import Style
from textual.widgets import OptionList

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.reader import STATEMENT_MARK, Reader

from .helpers import open_statements_view, screen_cells, settle, timeline_from_the_view, type_text
from .statements_ui_support import add_article
from .test_statements_ui import _prompts

FIRST = (
    "The talks between our two delegations over these two long days in the capital were"
    " frank, detailed and at times difficult,"
)
SECOND = (
    "but in the end they went well, and both of our governments are now ready to sign the"
    " agreement on fisheries and trade before the end of this year."
)
TEXT = (
    "Talks in Hanoi\n"
    "Foreign Minister Wang Yi met his counterpart in Hanoi on Monday.\n"
    f"“{FIRST}” Wang said, “{SECOND}”\n"
    "Deputy Minister Lan Pham said the two sides would meet again in Beijing next spring.\n"
)


def _store(path: Path) -> Store:
    store = Store.open(path)
    add_article(store, TEXT, "Talks in Hanoi", "2025-07-18")
    return store


def _bar_styles(app: DiplotuiApp, reader: Reader) -> list[tuple[int, int, Style]]:
    """Each screen row's statement bar: where its line runs in the text, and its style."""
    region = reader.content_region
    bars = []
    for y, row in enumerate(screen_cells(app)[region.y : region.bottom]):
        marks = [style for char, style in row[region.x : region.x + 3] if char == STATEMENT_MARK]
        if marks and y + int(reader.scroll_y) < len(reader.lines):
            line = reader.lines[y + int(reader.scroll_y)]
            bars.append((line.start, line.end, marks[0]))
    return bars


async def test_w_lists_an_interrupted_quotation_once_and_opens_it_with_both_parts_marked(
    store_path: Path,
):
    store = _store(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_statements_view(app, pilot)
        await type_text(pilot, "wang")
        await pilot.press("enter")
        await settle(app, pilot)
        listing = app.screen.query_one("#statements-list", OptionList)
        rows = _prompts(listing)
        assert len(rows) == 1, rows  # one statement: one row, where there were two
        assert rows[0].startswith("Wang Yi (Foreign Minister) said: “The talks between"), rows
        assert "difficult … but in the end" in " ".join(rows[0].split()), rows
        await pilot.press("enter")
        await settle(app, pilot)
        reader = app.screen.query_one(Reader)
        assert reader.cursor_span[0] <= TEXT.index(FIRST) < reader.cursor_span[1]
        assert str(reader.border_subtitle) == "Wang Yi (Foreign Minister) said"
        bars = _bar_styles(app, reader)
        first_at, second_at = TEXT.index(FIRST), TEXT.index(SECOND)
        quotation = {
            style
            for start, end, style in bars
            if first_at <= end and start < second_at + len(SECOND)
        }
        deputy = {style for start, _, style in bars if start >= TEXT.index("Deputy")}
        second = {
            style
            for start, end, style in bars
            if start < second_at + len(SECOND) and end > second_at + 40
        }
        assert len(quotation) == 1 and second == quotation, bars  # both parts, the label's
        assert deputy and deputy != quotation, bars
    store.close()


async def test_a_timeline_lists_an_interrupted_quotation_once(store_path: Path):
    store = _store(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await timeline_from_the_view(app, pilot, "wang")
        rows = _prompts(timeline.query_one("#timeline-list", OptionList))
        quoted = [row for row in rows if "The talks between" in row]
        assert len(quoted) == 1, rows
        assert "difficult … but in the end" in " ".join(quoted[0].split()), rows
    store.close()
