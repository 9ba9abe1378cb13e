"""A timeline waiting for the library to be read says how far it is: with an 8 MB import in
the library, ``L`` on a speaker of one short article said "reading the library…" for two
minutes, nothing on screen changing, as if it had hung."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Label

from diplotui.library import text_cache
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.controllers import statements as controller
from diplotui.tui.dialogs.timeline import TimelineScreen

from .helpers import START_UP_SECONDS
from .test_reader_support import add_article
from .test_statements_view_still_finding_ui import SHORT


async def test_a_timeline_reading_the_library_says_how_many_articles_are_read(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store.open(store_path)
    add_article(store, "Border talks", SHORT)
    add_article(store, "Long", "The envoy met the delegates.")
    long_read = threading.Event()

    def helper(caches: Any, store: Store, articles: Any, progress: Any, *rest: Any) -> int:
        progress(1, 2)  # the short text read; the long one takes minutes
        long_read.wait(START_UP_SECONDS)
        return 1

    monkeypatch.setattr(controller, "HELPER_FROM", 0)
    monkeypatch.setattr(text_cache.TextCache, "wants_helper", lambda *args: True)
    monkeypatch.setattr(text_cache, "fill_together_in_process", helper)
    app = DiplotuiApp(store)
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            app.screen.statement_actions.open_timeline("Anna Lind")
            title = ""
            for _ in range(100):
                await pilot.pause(0.02)
                if isinstance(app.screen, TimelineScreen):
                    title = str(app.screen.query_one("#timeline-title", Label).render())
                    if "1 of 2" in title:
                        break
            assert title == "Timeline of Anna Lind · reading the library: 1 of 2 articles read…"
    finally:
        long_read.set()
        store.close()
