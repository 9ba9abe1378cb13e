"""Who said what in the reader: marks, s/S jumps, the speaker label, copies and highlights."""

from __future__ import annotations

from pathlib import Path

import pyperclip
import pytest

from diplotui.cite import STYLE_SETTING
from diplotui.export import export
from diplotui.model import Article
from diplotui.store import Store, text_hash
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.article_list import ArticleList
from diplotui.tui.widgets.reader import STATEMENT_MARK, Reader

TEXT = (
    "Enhancing capacity of people's organizations\n"
    "WVR - On July 18, a conference on external relations was held in Hanoi.\n"
    "Deputy Minister of Foreign Affairs Ngo Le Van stressed that the Ministry is ready to help.\n"
    "The weather was fine.\n"
    '"We will keep working together," he said.\n'
)


@pytest.fixture
def clipboard(monkeypatch) -> list[str]:
    """pyperclip faked at the boundary: what was copied, in order."""
    copied: list[str] = []
    monkeypatch.setattr(pyperclip, "copy", copied.append)
    monkeypatch.setattr(pyperclip, "paste", lambda: copied[-1] if copied else "")
    return copied


def _store(path: Path) -> Store:
    store = Store.open(path)
    digest = text_hash(TEXT)
    article = Article(
        id=store.new_article_id(digest),
        title="Enhancing capacity of people's organizations",
        text_hash=digest,
        source="World & Vietnam Report",
        date="2025-07-18",
    )
    store.add_article(article, TEXT)
    store.set_setting(STYLE_SETTING, "chicago")
    return store


async def _open_first(app: DiplotuiApp, pilot) -> Reader:
    await pilot.pause()
    await app.workers.wait_for_complete()
    library = app.screen.query_one(ArticleList)
    library.focus()
    library.cursor = len(library.folders)
    await pilot.press("enter")
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()
    return app.screen.query_one(Reader)


async def test_statements_are_marked_jumped_to_labelled_and_cited(store_path: Path, clipboard):
    store = _store(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await _open_first(app, pilot)
        assert [s.text for s in reader.statements] == [
            "the Ministry is ready to help",
            "We will keep working together,",
        ]
        gutters = [reader.render_line(y).text[:2] for y in range(reader.size.height)]
        assert sum(STATEMENT_MARK in g for g in gutters) >= 2  # both statements are marked
        await pilot.press("s")
        assert reader.cursor_span[0] <= reader.statements[0].start < reader.cursor_span[1]
        assert reader.border_subtitle == "Ngo Le Van (Deputy Minister of Foreign Affairs) stressed"
        await pilot.press("s")
        assert reader.border_subtitle == "Ngo Le Van (Deputy Minister of Foreign Affairs) said"
        await pilot.press("S")
        assert reader.border_subtitle.endswith("stressed")
        await pilot.press("k")  # off the statement: no label
        assert reader.border_subtitle == ""
        await pilot.press("s", "y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert clipboard[-1].endswith(
            "Deputy Minister of Foreign Affairs Ngo Le Van, quoted in “Enhancing capacity of "
            "people's organizations,” World & Vietnam Report, July 18, 2025."
        )
        await pilot.press("h")
        await pilot.pause()
    (highlight,) = [h for a in store.articles() for h in store.highlights(a.id)]
    assert (highlight.speaker, highlight.speaker_role) == (
        "Ngo Le Van",
        "Deputy Minister of Foreign Affairs",
    )
    brief = export(store, "markdown")
    assert "> — Ngo Le Van (Deputy Minister of Foreign Affairs)" in brief
    assert "Ngo Le Van (Deputy Minister of Foreign Affairs)" in export(store, "csv")
    store.close()
