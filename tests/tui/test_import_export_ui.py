"""Importing a JSON export from the app (``I``): the file is loaded and checked in the import's
worker, not on the UI thread (10,000 articles froze the app ~30 s), and merged in parts, each a
write made on the UI thread; what the store then holds is what the CLI's import makes."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input

import diplotui.exchange as exchange
from diplotui.export import export
from diplotui.model import Article, Highlight, new_id
from diplotui.store import Store, text_hash
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.import_files import ImportScreen
from tests.cli_runner import run_main

from .helpers import settle, settle_start_up
from .library_fixtures import make_library

NEW = ["Epsilon talks in Jakarta", "Zeta accord in Manila", "Eta visit to Phnom Penh"]


def _exported(tmp_path: Path) -> Path:
    """An export of a library holding the fixture's articles and three more, each of those
    with a highlight: duplicates and new articles, in more parts than one."""
    with make_library(tmp_path / "source" / "library.json") as source:
        for title in NEW:
            text = f"{title}\n\nEnvoys met for a second day and agreed on a joint statement.\n"
            article = Article(
                id=source.new_article_id(text_hash(text)), title=title, text_hash=text_hash(text)
            )
            source.add_article(article, text)
            start = text.index("Envoys met")
            quote = Highlight(new_id(), article.id, start, start + 10, "Envoys met")
            source.save_highlight(quote)
        path = tmp_path / "export.json"
        path.write_text(export(source, "json"), encoding="utf-8")
    return path


def _held(store: Store) -> tuple[list[Any], list[Any]]:
    """What an import leaves in a store: its articles and their texts, its highlights."""
    titles = {a.id: a.title for a in store.articles()}
    articles = sorted(
        (a.title, a.text_hash, a.source, a.date, tuple(a.tags), store.article_text(a.id))
        for a in store.articles()
    )
    highlights = sorted(
        (titles[h.article_id], h.start, h.end, h.quote, h.note) for h in store.highlights()
    )
    return articles, highlights


async def test_an_export_is_read_off_the_ui_thread_and_stored_as_the_cli_stores_it(
    store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(exchange, "MERGE_PART", 1)  # a write per article, as 10,000 make 200
    exported = _exported(tmp_path)
    by_cli = tmp_path / "cli" / "library.json"
    make_library(by_cli).close()
    assert run_main("--db", str(by_cli), "import", str(exported)).returncode == 0

    loading, release, on_ui_thread = threading.Event(), threading.Event(), []
    loaded = exchange._loaded

    def slowed(text: str) -> Any:
        """The export's loading, held until the test has pressed its key."""
        on_ui_thread.append(threading.current_thread() is threading.main_thread())
        loading.set()
        release.wait(timeout=20)  # a net only: the test releases it
        return loaded(text)

    monkeypatch.setattr(exchange, "_loaded", slowed)
    store = make_library(store_path)
    writes: list[str] = []
    store.on_change(lambda changed: writes.append(threading.current_thread().name))
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("I")
        assert isinstance(app.screen, ImportScreen)
        field = app.screen.query_one("#import-path", Input)
        field.value = str(exported)
        await pilot.press("enter")
        assert await asyncio.to_thread(loading.wait, 20)
        await pilot.press("x")  # handled while the export is loading
        status = str(app.screen.query_one("#import-status").render())
        typed, still_loading = field.value, not release.is_set()
        release.set()
        await settle(app, pilot)
        assert on_ui_thread == [False]
        assert (typed, status, still_loading) == (f"{exported}x", "importing…", True)
        assert str(app.screen.query_one("#import-status").render()) == "done"
        assert "3 imported, 4 duplicate" in str(app.screen.query_one("#import-report").render())
    assert len(writes) == len(NEW) and set(writes) == {threading.main_thread().name}
    with Store.open(by_cli) as cli_store:
        assert _held(store) == _held(cli_store)
    store.close()
