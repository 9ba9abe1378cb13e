"""The first ``L`` of a library reads the articles that can name its name, not all of them.

At 10,000 articles the first ``L`` handed every text to the helper process (25-29 s) before
showing one person's timeline; it now hands it those whose words can name the person, and
the timeline is the one every article read gives.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from diplotui.library import text_cache
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.controllers import statements as controller
from diplotui.tui.dialogs.timeline import TimelineScreen

from .test_reader_support import add_article
from .test_statements_view_still_finding_ui import SHORT


async def test_the_first_l_hands_the_helper_the_articles_naming_the_name(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store.open(store_path)
    named = add_article(store, "Border talks", SHORT)
    for number in range(3):
        add_article(store, f"Weather {number}", f"It rained in Hue on day {number}.")
    handed: list[str] = []
    helper = text_cache.fill_together_in_process

    def counted(caches: Any, store: Store, articles: Any, *rest: Any, **named: Any) -> int:
        handed.extend(article.title for article in articles)
        return helper(caches, store, articles, *rest, **named)

    shown: list[Any] = []
    show = TimelineScreen.show_entries

    def kept(screen: TimelineScreen, entries: list[Any], undated: int = 0) -> None:
        shown.extend(entries)
        show(screen, entries, undated)

    monkeypatch.setattr(controller, "HELPER_FROM", 0)
    monkeypatch.setattr(text_cache, "fill_together_in_process", counted)
    monkeypatch.setattr(TimelineScreen, "show_entries", kept)
    app = DiplotuiApp(store)
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            app.screen.statement_actions.open_timeline("Anna Lind")
            for _ in range(500):
                await pilot.pause(0.05)
                if shown:
                    break
            assert isinstance(app.screen, TimelineScreen)
            assert [entry.article.id for entry in shown] == [named.id]
            assert handed == ["Border talks"]
    finally:
        store.close()
