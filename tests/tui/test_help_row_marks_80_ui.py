"""At 80x24 a new user's list rows read "2025-12-30? ·" and "World & Vietnam… · #×2": the
help's "List row marks" said what "⚠ kept", "✎ 3" and "note" mean, not the "?" after a
date nor the "#×2" of a row too narrow to name its tags. It says both now."""

from __future__ import annotations

from pathlib import Path

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.help import HelpScreen
from diplotui.tui.widgets.article_list import ArticleList
from tests.tui.helpers import pane_lines, screen_text, settle_start_up, until_screen

from .test_reader_support import add_article


async def test_the_help_says_the_marks_an_80_column_row_shows(store_path: Path):
    store = Store.open(store_path)
    article = add_article(store, "Talks on the sea", "The ministers met in Hanoi.\n", "2025-12")
    article.tags = ["people diplomacy", "strategy"]
    article.source = "World & Vietnam Report"
    article.date_is_guess = True
    store.save_article(article)
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle_start_up(app, pilot)
        rows = "\n".join(pane_lines(app, app.screen.query_one(ArticleList)))
        assert "2025-12?" in rows and "#×2" in rows, rows
        await pilot.press("question_mark")
        await until_screen(app, pilot, HelpScreen)
        await pilot.press("end")
        await pilot.pause()
        shown = " ".join(screen_text(app).split())
        assert "List row marks" in shown
        assert "2025-07-18? a date guessed" in shown, shown
        assert "#×3 3 tags" in shown, shown
    store.close()
