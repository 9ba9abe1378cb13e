"""The Statements view's title at 80 columns (newuser64): "since:July" over a library of
imported articles, most undated, titled "Statements · 0 of 1,400 · newest first · since
2026-07-01 · 1,278 undated s…", the count of what the dates left out cut; while the view was
still finding statements, "finding statements in 199 more articl…". Too long for its row, the
title drops "newest first" (the order of every listing), and what still does not fit wraps."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Label

from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.statements import fitted_title

from .helpers import open_statements_view, pane_words, type_text
from .statements_ui_support import add_article, statements_store

UNDATED = (
    "Truce welcomed\n"
    "Foreign Minister Lê Hoài Trung said the monitors would arrive soon.\n"
    "Trung added that the border would reopen.\n"
)


async def test_a_long_title_keeps_its_count_of_undated_statements_at_80_columns(
    store_path: Path,
) -> None:
    store = statements_store(store_path)
    add_article(store, UNDATED, "Truce welcomed", "")
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_statements_view(app, pilot)
        await type_text(pilot, "le hoai since:1 July 2025 until:31 December 2025")
        await pilot.pause()
        title = app.screen.query_one("#statements-title", Label)
        shown = pane_words(app, title)
        assert "…" not in shown, shown
        assert shown.endswith("· 2 undated statements left out"), shown
        assert "newest first" not in shown, shown  # what it gave up for them
        await pilot.press("ctrl+u")  # the filter erased
        await pilot.pause()
        shown = pane_words(app, title)
        assert shown.startswith("Statements · 4 of 4 · newest first"), shown  # room again
    store.close()


def test_a_title_that_fits_keeps_its_order_and_one_too_long_drops_it() -> None:
    title = "Statements · 3 of 16 · newest first · finding statements in 199 more articles…"
    assert fitted_title(title, 0) == title  # not laid out yet: whole
    assert fitted_title(title, len(title)) == title
    assert fitted_title(title, 77) == (
        "Statements · 3 of 16 · finding statements in 199 more articles…"
    )
