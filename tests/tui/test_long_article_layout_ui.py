"""A long article is laid out a stretch at a time: its first screen shows at once and keys act
while the rest is wrapped (an 8 MB article's 37,000 paragraphs froze the reader for 0.8-1.7 s
before its first line showed). ``G`` and a find still land on the right words."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets import reader as reader_module
from diplotui.tui.widgets.reader import Reader

from .helpers import screen_text, type_text
from .test_reader_support import add_article, reader_of

SENTENCE = "The minister met the ambassador in Hanoi on Monday."
BODY = "\n\n".join(f"Part {n}. {SENTENCE} Talks went on." for n in range(1_500))
"""About 115,000 characters in 1,500 paragraphs: helped by no other process, as a longer text
is, and laid out in some sixty stretches of 2,000 characters."""


@pytest.fixture
def held_stretches(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Reader, int]]:
    """The stretches the reader asks to lay out after a frame, held until the test runs them."""
    held: list[tuple[Reader, int]] = []
    monkeypatch.setattr(reader_module, "LAYOUT_STRETCH", 2_000, raising=False)
    hold = lambda self, turn: held.append((self, turn))  # noqa: E731
    monkeypatch.setattr(Reader, "_lay_out_more", hold, raising=False)
    return held


_REAL_LAY_OUT_MORE = getattr(Reader, "_lay_out_more", None)


async def run_held(pilot: Pilot[object], reader: Reader, held: list[tuple[Reader, int]]) -> None:
    """Lay out the held stretches as the event loop would, each asking for the next."""
    for _ in range(10_000):
        if not reader.layout_pending:
            return
        if held and _REAL_LAY_OUT_MORE is not None:
            _REAL_LAY_OUT_MORE(*held.pop(0))
        else:
            await pilot.pause()


async def test_the_first_screen_shows_and_keys_act_before_the_rest_is_laid_out(
    store_path, held_stretches
):
    store = Store.open(store_path)
    add_article(store, "Long talks", BODY)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        reader = reader_of(app)
        assert len(reader.lines) < 200  # of about 5,900: the rest not wrapped yet
        assert reader.layout_pending and held_stretches
        shown = screen_text(app)
        assert "Part 0. The minister met the ambassador" in shown
        assert "Part 9. The minister met the ambassador" in shown
        await pilot.press("j", "j")
        start, end = reader.cursor_span
        assert reader.text[start:end] == SENTENCE  # Part 1's: "Part 0." "The minister..."
        assert reader.layout_pending  # acted on before the layout finished
        await pilot.press("tab")
        assert not reader.has_focus
        reader.focus()
        await pilot.press(*["pagedown"] * 6)  # to the end of what is laid out: the cursor
        top, height = int(reader.scroll_y), reader.scrollable_content_region.height
        shown_from, shown_to = reader.lines[top].start, reader.lines[top + height - 1].end
        assert top > 0 and shown_from <= reader.cursor_span[0] < shown_to  # came along
        await pilot.press("G")  # the last sentence, laid out at once as far as needed
        start, end = reader.cursor_span
        assert reader.text[start:end] == "Talks went on."
        assert "Part 1499. The minister" in screen_text(app)
        await run_held(pilot, reader, held_stretches)
        assert not reader.layout_pending
    store.close()


async def test_stretch_by_stretch_is_the_layout_at_once_and_a_find_lands_on_its_match(
    store_path, held_stretches, monkeypatch
):
    store = Store.open(store_path)
    add_article(store, "Long talks", BODY.replace("Part 1200. The", "Part 1200. Khmer. The"))
    app = DiplotuiApp(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        reader = reader_of(app)
        assert reader.layout_pending
        await pilot.press("slash")
        await type_text(pilot, "khmer")
        await pilot.press("enter")
        await pilot.pause()
        (match,) = reader.matches
        assert reader.text[match[0] : match[1]] == "Khmer"
        line = reader.line_index_of(match[0])
        assert int(reader.scroll_y) <= line < int(reader.scroll_y) + reader.size.height
        assert "Part 1200. Khmer." in screen_text(app)
        await run_held(pilot, reader, held_stretches)
        stretched = reader.lines
        monkeypatch.setattr(reader_module, "LAYOUT_STRETCH", len(reader.text) + 1)
        reader._relayout()  # at once, as before stretches
        assert not reader.layout_pending
        assert len(stretched) > 3_000 and stretched == reader.lines
    store.close()
