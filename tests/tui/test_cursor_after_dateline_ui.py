"""The reading cursor's bar starts after the dateline a paragraph opens with, as ``y`` quotes
the sentence and ``h`` highlights it: on a seed's first sentence it covered "WVR - " too, so
the bar promised a copy of words the copy left out."""

from __future__ import annotations

from rich.style import Style

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.reader import Reader

from .test_quote_after_dateline_ui import on_the_wvr_seeds_first_sentence


def _backgrounds(reader: Reader, y: int, text: str) -> list[object]:
    """The background of each of the cells of row ``y`` that draw ``text``'s characters."""
    cells: list[tuple[str, Style | None]] = []
    for segment in reader.render_line(y):
        cells.extend((char, segment.style) for char in segment.text)
    row = "".join(char for char, _ in cells)
    at = row.index(text)
    return [style.bgcolor if style else None for _, style in cells[at : at + len(text)]]


async def test_the_cursor_bar_leaves_a_seeds_dateline_out(seeded_store: Store) -> None:
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(80, 24)) as pilot:
        reader = await on_the_wvr_seeds_first_sentence(app, pilot)
        start, end = reader.cursor_span
        y = reader.line_index_of(start) - int(reader.scroll_y)
        dateline = _backgrounds(reader, y, "WVR - On")
        words = dateline[-2:]  # "On": the bar's
        assert len(set(words)) == 1
        assert words[0] not in dateline[:5], "the bar covers the dateline"
        await pilot.press("j")  # a sentence with no dateline: the bar from its first letter
        await pilot.pause()
        start, end = reader.cursor_span
        y = reader.line_index_of(start) - int(reader.scroll_y)
        first_word = reader.text[start:end].split()[0]
        assert _backgrounds(reader, y, first_word)[0] == words[0]
