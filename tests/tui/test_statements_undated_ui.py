"""The Statements view's ``since:`` left out what undated articles quote without a word:
"anwar since:2025-07-20" listed every dated statement, and an undated article's three were
simply not there (newuser43). The title now counts them."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Label

from diplotui.tui.app import DiplotuiApp

from .helpers import open_statements_view, type_text
from .statements_ui_support import add_article, statements_store

UNDATED = (
    "Truce welcomed\n"
    "Foreign Minister Lê Hoài Trung said the monitors would arrive soon.\n"
    "Trung added that the border would reopen.\n"
)


async def test_the_title_counts_the_undated_statements_a_date_leaves_out(store_path: Path):
    store = statements_store(store_path)
    add_article(store, UNDATED, "Truce welcomed", "")
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_statements_view(app, pilot)
        title = app.screen.query_one("#statements-title", Label)
        assert "undated" not in str(title.render())
        await type_text(pilot, "since:2025-07")
        await pilot.pause()
        shown = str(title.render())
        assert shown.endswith(" · newest first · 2 undated statements left out"), shown
        await type_text(pilot, " le hoai")  # the speaker's: the same two
        await pilot.pause()
        assert str(title.render()).endswith(" · 2 undated statements left out")
        await type_text(pilot, " ngo")  # no one's: none left out
        await pilot.pause()
        assert "undated" not in str(title.render())
    store.close()
