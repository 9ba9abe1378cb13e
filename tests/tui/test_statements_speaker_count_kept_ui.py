"""In the Statements view at 80 columns a speaker's count stays on its name's first row: a
name near the pane's width ("Veronica Mihailov-Moraru ×1") wrapped "×1" onto a row of its own.

Found by a new user (session 41b) on the speakers pane of ``W`` at 80x24.
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.statements import StatementsScreen

from .helpers import open_statements_view, pane_words, screen_cells
from .statements_ui_support import add_article as _add

TEXT = (
    "Moldova reform\n"
    "Justice Minister Veronica Mihailov-Moraru said the reform of the courts would go on.\n"
    "Veronica Mihailov-Moraru said the prosecutors would be vetted.\n"
)


async def test_a_long_speaker_name_keeps_its_count_on_its_row(store_path: Path) -> None:
    store = Store.open(store_path)
    _add(store, TEXT, "Moldova reform", "2024-02-07")
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_statements_view(app, pilot)
        screen = app.screen
        assert isinstance(screen, StatementsScreen)
        speakers = screen.query_one("#statements-speakers", OptionList)
        region = speakers.content_region
        rows = [
            "".join(char for char, _ in row[region.x : region.right]).strip()
            for row in screen_cells(app)[region.y : region.bottom]
        ]
        shown = pane_words(app, speakers)
    store.close()
    assert "Mihailov-Moraru" in shown, shown
    assert "×2" not in [row.strip("▁▂▃▄▅▆▇█ ") for row in rows], rows
    assert rows[0].startswith("Veronica") and rows[0].endswith("×2"), rows  # the name's row


def _speaker_rows(app: DiplotuiApp) -> list[str]:
    """The speakers' pane's rows as drawn, its scrollbar and trailing spaces left out."""
    speakers = app.screen.query_one("#statements-speakers", OptionList)
    region = speakers.content_region
    return [
        "".join(char for char, _ in row[region.x : region.right]).rstrip("▁▂▃▄▅▆▇█ ")
        for row in screen_cells(app)[region.y : region.bottom]
    ]


async def test_the_counts_stand_in_one_column_whatever_the_names_length(
    store_path: Path,
) -> None:
    """A count followed its name ("Lin Jian  ×2") but stood at the pane's edge where the name
    wrapped ("Veronica Mihailov-  ×2"): counts at two places, read as misaligned; they now
    end at the pane's right edge on every row."""
    store = Store.open(store_path)
    _add(store, TEXT, "Moldova reform", "2024-02-07")
    briefing = (
        "Briefing\nSpokesperson Lin Jian said China opposes it.\nLin Jian said talks go on.\n"
    )
    _add(store, briefing, "Briefing", "2024-02-08")
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_statements_view(app, pilot)
        rows = _speaker_rows(app)
    store.close()
    counted = [row for row in rows if "×2" in row]
    assert len(counted) == 2 and any(row.lstrip().startswith("Lin Jian") for row in counted), rows
    assert len({len(row) for row in counted}) == 1, counted  # each ends in the same column


async def test_one_statement_has_no_count_and_a_wrapped_name_is_indented(
    store_path: Path,
) -> None:
    """ "×1" beside a name said nothing (session 60, at 80 columns); without it, the rows after
    a name's first are indented, so where the next speaker begins is still seen."""
    store = Store.open(store_path)
    _add(
        store, "Briefing\nSpokesperson Lin Jian said China opposes it.\n", "Briefing", "2024-02-08"
    )
    long = "Iceland\nForeign Minister Þórdís Kolbrún Reykfjörð Gylfadóttir said it goes on.\n"
    _add(store, long, "Iceland", "2024-02-07")
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_statements_view(app, pilot)
        rows = _speaker_rows(app)
    store.close()
    assert not any("×" in row for row in rows), rows
    named = [row for row in rows if row.strip()]
    assert named[0] == "Lin Jian" and named[1].startswith("Þórdís"), rows
    assert len(named) > 2 and all(row.startswith("  ") for row in named[2:]), rows
