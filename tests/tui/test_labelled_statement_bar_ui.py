"""The bar of the statement the reader's label names stands out from the other statements' bars,
so the label under the pane is read with its own lines, and every bar can be seen."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.style import Style

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.reader import STATEMENT_MARK, Reader

from .helpers import redrawn_whole, screen_cells
from .screen_cells import contrast_ratio
from .statements_ui_support import add_article as _add
from .statements_ui_support import open_first as _open_first

TWO_SPEAKERS = (
    "A conference on people-to-people diplomacy\n"
    "The conference was held in Hanoi on Monday.\n"
    "Contributions from delegates at the conference also proposed new, creative and practical"
    " methods to work with friendly organizations abroad.\n"
    "Deputy Minister of Foreign Affairs Lan Pham emphasized the achievements of the past year"
    " and the role of the ministry in the work ahead.\n"
)


def _bars(app: DiplotuiApp, reader: Reader) -> dict[str, set[Style]]:
    """The styles of the statement bars on screen, by the speaker of the lines they mark."""
    region = reader.content_region
    bars: dict[str, set[Style]] = {}
    for y, row in enumerate(screen_cells(app)[region.y : region.bottom]):
        cells = row[region.x : region.right]
        marks = [style for char, style in cells[:3] if char == STATEMENT_MARK]
        if not marks:
            continue
        line = reader.lines[y + int(reader.scroll_y)]
        [speaker] = {
            s.speaker for s in reader.statements if line.start < s.end and s.start < line.end
        }
        bars.setdefault(speaker, set()).update(marks)
    return bars


def _colour(styles: set[Style]) -> tuple[int, int, int]:
    [style] = styles
    assert style.color is not None
    triplet = style.color.get_truecolor()
    return (triplet.red, triplet.green, triplet.blue)


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
async def test_the_labelled_statement_s_bar_stands_out_and_follows_the_label(
    store_path: Path, theme: str
) -> None:
    """After ``s`` the label read "delegates proposed" while the lines marked beside it, all
    barred alike in a blue barely darker than the background (1.9:1), were the Deputy
    Minister's: nothing told which marked lines the label named."""
    store = Store.open(store_path)
    _add(store, TWO_SPEAKERS, "A conference on people-to-people diplomacy", "2025-12-30")
    app = DiplotuiApp(store)
    app.theme = theme
    async with app.run_test(size=(80, 24)) as pilot:
        reader = await _open_first(app, pilot)
        assert [s.speaker for s in reader.statements] == ["delegates", "Lan Pham"]
        await pilot.press("s")
        await pilot.pause()
        assert str(reader.border_subtitle) == "delegates proposed"
        bars = _bars(app, reader)
        labelled, other = _colour(bars["delegates"]), _colour(bars["Lan Pham"])
        assert labelled != other
        background = reader.rich_style.bgcolor
        assert background is not None
        ground = background.get_truecolor()
        for colour in (labelled, other):  # WCAG's 3:1 for what tells parts of a view apart
            assert contrast_ratio(colour, (ground.red, ground.green, ground.blue)) >= 3.0
        await pilot.press("s")  # the label names the minister: her bar stands out now
        await pilot.pause()
        assert str(reader.border_subtitle).startswith("Lan Pham (Deputy Minister")
        bars = _bars(app, reader)
        assert (_colour(bars["Lan Pham"]), _colour(bars["delegates"])) == (labelled, other)
        assert screen_cells(app) == await redrawn_whole(app, pilot)  # no line left stale
        await pilot.press("k", "k")  # off both statements: no label, no bar set apart
        await pilot.pause()
        assert str(reader.border_subtitle) == ""
        assert {_colour(styles) for styles in _bars(app, reader).values()} == {other}
    store.close()
