"""An article a sync kept and flagged (a teammate deleted it, we tagged it meanwhile) was
marked only in the sidebar's note heading, once opened: its list row looked like any other
(newuser57). The row now opens with "⚠ kept", and the help's "List row marks" says what it
means."""

from __future__ import annotations

from pathlib import Path

from diplotui.share import sync
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.help import HelpScreen
from diplotui.tui.widgets.article_list import ArticleList
from tests.sharing import article_ids, git_identity, shared_copies
from tests.tui.helpers import pane_lines, screen_text, settle_start_up, until_screen

from .test_share_ui import shared_pair

__all__ = ["git_identity", "shared_copies", "shared_pair"]  # fixtures


async def test_a_row_kept_by_a_sync_is_marked_and_the_help_says_why(
    shared_pair: tuple[Path, Path],
) -> None:
    mine, theirs = shared_pair
    first = article_ids()[0]
    with Store.open(theirs) as store:
        store.delete_article(first)
        sync(store, "mai")
    with Store.open(mine) as store:
        article = store.article(first)
        article.tags = [*article.tags, "mekong"]
        store.save_article(article)
        said = sync(store, "bob").summary()
    assert "1 article you deleted kept" not in said  # bob never deleted it: mai did
    store = Store.open(mine)
    assert store.article(first).conflict.endswith("kept")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        rows = pane_lines(app, app.screen.query_one(ArticleList))
        kept = [line for line in rows if "⚠ kept" in line]
        assert len(kept) == 1, rows
        await pilot.press("question_mark")
        await until_screen(app, pilot, HelpScreen)
        await pilot.press("end")
        await pilot.pause()
        shown = screen_text(app)
        assert "List row marks" in shown
        assert "a sync kept it: deleted by one teammate" in shown
    store.close()
