"""The library list at 80x24 and 60x20 (session 51's new user): an article tagged, noted and
highlighted showed "✎ 1 · note ·" above "2025-11-27 ·…" once the list scrolled, its source
and the tags' count gone. The marks give way: "…" stands for those left out beside the date,
and the source and the count keep the line below."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplotui.anchoring import new_highlight
from diplotui.model import Article
from diplotui.store import Store, text_hash
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.article_list import ArticleList

from .helpers import pane_lines, settle_start_up

TEXT = 'Wang Yi meets Lavrov\n\n"Our ties are at their best," Wang Yi said in Beijing.\n'


def _library(store_path: Path) -> Store:
    store = Store.open(store_path)
    article = Article(
        id=store.new_article_id(text_hash(TEXT)), title="Wang Yi meets Lavrov", text_hash="",
        source="Associated Press", date="2025-11-27", note="ask", tags=["china", "russia"],
    )  # fmt: skip
    stored = store.add_article(article, TEXT)
    start = TEXT.index("Our ties")
    store.save_highlight(new_highlight(stored.id, TEXT, start, start + 8))
    for day in range(1, 10):  # rows enough for the list's scrollbar
        text = f"Older news {day}\n\nNothing happened on day {day}.\n"
        older = Article(id=store.new_article_id(text_hash(text)), title=f"Older news {day}",
                        text_hash="", source="Desk", date=f"2025-11-0{day}")  # fmt: skip
        store.add_article(older, text)
    return store


def _list_lines(app: DiplotuiApp) -> list[str]:
    return pane_lines(app, app.screen.query_one(ArticleList))


@pytest.mark.parametrize(
    ("size", "details"),
    [
        ((80, 24), ["✎ 1 · … · 2025-11-27", "Associated Press · #×2"]),
        ((60, 20), ["… · 2025-11-27", "Associated… · #×2"]),
    ],
)
async def test_the_source_and_the_tags_count_outlast_the_marks(
    store_path: Path, size: tuple[int, int], details: list[str]
) -> None:
    store = _library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=size) as pilot:
        await settle_start_up(app, pilot)
        lines = _list_lines(app)
        assert lines[0].strip().startswith("Wang Yi meets"), lines
        assert [line.strip() for line in lines[1:3]] == details, lines
    store.close()
