"""Words of "X, he said." that open with their speaker as subject ('NATO chief Mark Rutte
praised the US effort “to break the deadlock,” he said.') name him once in ``W``'s row, a
timeline's and ``y``'s copy: the words alone, where the row read "Mark Rutte (NATO chief)
said: NATO chief Mark Rutte praised ..."."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .helpers import open_statements_view, settle, type_text
from .statements_ui_support import add_article
from .test_statements_ui import _prompts

TEXT = (
    "Rutte praises US effort\n"
    "NATO chief Mark Rutte praised the US effort “to break the deadlock,” he said on Tuesday.\n"
)
WORDS = "NATO chief Mark Rutte praised the US effort “to break the deadlock”"


async def test_w_and_its_copy_name_rutte_once(store_path: Path, clipboard) -> None:
    store = Store.open(store_path)
    add_article(store, TEXT, "Rutte praises US effort", "2025-07-18")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_statements_view(app, pilot)
        await type_text(pilot, "rutte")
        await pilot.press("enter")
        await settle(app, pilot)
        (row,) = _prompts(app.screen.query_one("#statements-list", OptionList))
        assert row.startswith(WORDS) and row.count("Mark Rutte") == 1, row
        await pilot.press("y")
        await settle(app, pilot)
        assert clipboard[-1].startswith(f"{WORDS}.\n"), clipboard[-1]
        assert clipboard[-1].count("Mark Rutte") == 2, clipboard[-1]  # the words, the citation
        await pilot.press("L")
        await settle(app, pilot)
        rows = _prompts(app.screen.query_one("#timeline-list", OptionList))
        [entry] = [r for r in rows if "praised" in r]
        assert WORDS in entry and entry.count("Mark Rutte") == 1, rows
    store.close()
