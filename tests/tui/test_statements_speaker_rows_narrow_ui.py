"""``W``'s speakers at every size: at 40 columns the pane's 36% left a name five cells, folded
a few letters a row ("Mevl" / "üt" / "Çavu" / "şoğl" / "u"); cut to one row with "…" (ui50d,
reverted) a name lost its surname at every width. Now a name breaks between its words, the
count on its first row; in a narrow pane on two rows at most, the surname kept after "…"
("Recep" / "… Erdoğan"); at 80x24 and 120x40 whole, however many rows it takes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from textual.widgets import OptionList

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .helpers import open_statements_view, screen_cells
from .statements_ui_support import add_article

SPEAKERS = {  # name: statements
    "Mevlüt Çavuşoğlu": 3,
    "Recep Tayyip Erdoğan": 2,
    "Þórdís Kolbrún Reykfjörð Gylfadóttir": 1,
}


def _store(path: Path) -> Store:
    store = Store.open(path)
    for day, (name, count) in enumerate(SPEAKERS.items(), 1):
        said = "".join(
            f"Foreign Minister {name} said the talks {n} went well.\n" for n in range(count)
        )
        add_article(store, f"Talks {day}\n{said}", f"Talks {day}", f"2025-03-0{day}")
    return store


def _speaker_rows(app: DiplotuiApp) -> list[str]:
    """The speakers pane's rows as drawn, inside its border and scrollbar."""
    pane = app.screen.query_one("#statements-speakers", OptionList)
    region = pane.scrollable_content_region
    return [
        "".join(char for char, _ in row[region.x : region.right]).rstrip()
        for row in screen_cells(app)[region.y : region.bottom]
    ]


def _words(entry: list[str]) -> list[str]:
    """A speaker's name as its rows show it, word by word, its count left out."""
    return re.sub(r" ×[\d,]+", " ", " ".join(entry)).split()


def _entries(rows: list[str]) -> list[list[str]]:
    """The rows grouped by speaker: each speaker's first row starts at the pane's edge, the
    rows after it are indented."""
    entries: list[list[str]] = []
    for row in rows:
        if not row.strip():
            break
        if not row.startswith(" "):
            entries.append([row])
        else:
            assert entries, rows  # an indented row before any name
            assert " ×" not in row, rows  # a count off its name's first row
            entries[-1].append(row)
    return entries


@pytest.mark.parametrize("size", [(40, 12), (60, 20)])
async def test_a_narrow_pane_shows_names_by_whole_words_on_two_rows(
    store_path: Path, size: tuple[int, int]
) -> None:
    store = _store(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=size) as pilot:
        await open_statements_view(app, pilot)
        rows = _speaker_rows(app)
        entries = _entries(rows)
        counts = [entry[0].split(" ×")[-1] if " ×" in entry[0] else "" for entry in entries]
        assert counts == ["3", "2", ""], rows  # one statement needs no count
        words = {word for name in SPEAKERS for word in name.split()} | {"…"}
        for entry in entries:
            assert len(entry) <= 2, rows
            for word in _words(entry):  # whole, or its start cut with "…", never in pieces
                assert word in words or any(w.startswith(word[:-1]) for w in words), rows
        assert _words(entries[0]) == ["Mevlüt", "Çavuşoğlu"], rows
        assert _words(entries[1])[-1] == "Erdoğan", rows  # the surname kept after "…"
        assert _words(entries[2])[-1].startswith("Gylfad"), rows  # or its start
    store.close()


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_a_wide_pane_shows_every_name_whole(store_path: Path, size: tuple[int, int]):
    store = _store(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=size) as pilot:
        await open_statements_view(app, pilot)
        rows = _speaker_rows(app)
        assert [" ".join(_words(entry)) for entry in _entries(rows)] == list(SPEAKERS), rows
    store.close()
