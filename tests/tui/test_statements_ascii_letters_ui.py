"""``W``'s filter finds a speaker whose name holds letters typed as two or as another in ASCII:
"thordis" and "gylfadottir" are Þórdís Kolbrún Reykfjörð Gylfadóttir (leftovers49: "þ" was
kept, so "thordis" found no one and offered no one)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .helpers import open_statements_view, pane_words, type_text
from .statements_ui_support import add_article

SAGA = (
    "Iceland backs the sanctions\n"
    'Foreign Minister Þórdís Kolbrún Reykfjörð Gylfadóttir said that "Iceland stands with'
    ' Ukraine" at the meeting in Reykjavík.\n'
)


@pytest.mark.parametrize("typed", ["thordis", "gylfadottir", "reykfjord gylfa"])
async def test_a_name_typed_in_ascii_finds_her(store_path: Path, typed: str) -> None:
    store = Store.open(store_path)
    add_article(store, SAGA, "Iceland backs the sanctions", "2024-05-10")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_statements_view(app, pilot)
        await type_text(pilot, typed)
        await pilot.pause()
        speakers = app.screen.query_one("#statements-speakers", OptionList)
        listed = pane_words(app, speakers)  # her name wraps around its count
        assert "Þórdís Kolbrún" in listed and "Reykfjörð Gylfadóttir" in listed, listed
    store.close()
