"""What attack46 found in the reader and the annotation workflow, by real keys."""

from __future__ import annotations

from pathlib import Path

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .test_reader_support import add_article, open_first

CHINESE = "王毅表示，中越双方应加强合作。越南外长说：“我们欢迎这一倡议。”双方还讨论了贸易问题。"


async def test_h_on_a_chinese_sentence_highlights_that_sentence_alone(store_path: Path):
    """A Chinese paragraph puts no space after its stops: it was one sentence, so ``j``
    jumped over all of it and ``h`` highlighted three sentences."""
    store = Store.open(store_path)
    article = add_article(store, "中越会谈", CHINESE)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        await pilot.press("j", "j", "h")
        await pilot.pause()
    text = store.article_text(article.id)
    assert [text[h.start : h.end] for h in store.highlights(article.id)] == [
        "越南外长说：“我们欢迎这一倡议。”"
    ]
    store.close()
