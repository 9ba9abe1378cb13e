"""A list row keeps its article's source at 80 columns: when the details line (marks, date,
source, tags) is too long for the pane, the title gives up its second line and the details
take two, the source before the tags, so the tags are what a cut takes.

Found by a new user (session 41): at 80 columns a row read "2024-02-20 ·…", the one-word
source (TradeWinds) cut off whole, and "✎ 3 · 2025-11-20 ·…" lost "The Sudan Times".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from diplotui.anchoring import new_highlight
from diplotui.model import Article
from diplotui.store import Store, text_hash
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.article_list import ArticleList

from .helpers import pane_words, settle, settle_start_up

ROWS = [
    ("Red Sea 'absolutely safe' for ships not linked to Israel, US or UK", "TradeWinds", []),
    ("Sudan Quartet meets in NY amid SAF’s rejection of ceasefire", "The Sudan Times",
     ["sudan talks"]),
    ("Somalia rejects port deal", "Reuters", []),
]  # fmt: skip


def _library(store_path: Path) -> Store:
    store = Store.open(store_path)
    for day, (title, source, tags) in enumerate(ROWS, start=1):
        text = f"{title}\n\nThe ministers spoke on the matter at length on Monday.\n"
        article = Article(
            id=store.new_article_id(text_hash(text)),
            title=title,
            text_hash="",
            source=source,
            date=f"2024-02-{day:02}",
            tags=tags,
        )
        stored = store.add_article(article, text)
        if tags:
            start = text.index("The ministers")
            store.save_highlight(new_highlight(stored.id, text, start, start + 13))
    return store


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_each_row_shows_its_source(store_path: Path, size: tuple[int, int]) -> None:
    store = _library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=size) as pilot:
        await settle_start_up(app, pilot)
        library = app.screen.query_one(ArticleList)
        listed = pane_words(app, library)
        await pilot.press("enter")  # reading: the list narrows beside the reader
        await settle(app, pilot)
        reading = pane_words(app, library).replace("▌", "")
    store.close()
    for shown in (listed, reading):
        for _title, source, _tags in ROWS:
            assert source in shown, shown
        assert "Somalia rejects port deal" in " ".join(shown.split()), shown  # as before
