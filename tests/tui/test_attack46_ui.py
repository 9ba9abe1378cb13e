"""What attack46 found in the reader and the annotation workflow, by real keys."""

from __future__ import annotations

from pathlib import Path

from diplotui import layout
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .test_reader_support import add_article, highlighted_by_keys, open_first

CHINESE = "王毅表示，中越双方应加强合作。越南外长说：“我们欢迎这一倡议。”双方还讨论了贸易问题。"


async def test_h_on_a_chinese_sentence_highlights_that_sentence_alone(store_path: Path):
    """A Chinese paragraph puts no space after its stops: it was one sentence, so ``j``
    jumped over all of it and ``h`` highlighted three sentences."""
    highlighted = await highlighted_by_keys(store_path, "中越会谈", CHINESE, "j", "j", "h")
    assert highlighted == ["越南外长说：“我们欢迎这一倡议。”"]


async def test_a_line_of_chinese_with_no_space_opens_measured_once(store_path: Path, monkeypatch):
    """An article of one 200,000-character line of Chinese (no space to wrap at) took 190 s
    of CPU to open: each line hard-broken off it measured the whole rest again. Counted here
    as letters measured while it opens and ``G`` goes to its end, on 20,000 of them."""
    store = Store.open(store_path)
    article = add_article(store, "长文", "中" * 20_000)
    measured: list[int] = []
    real = layout.cell_len
    monkeypatch.setattr(layout, "cell_len", lambda text: measured.append(len(text)) or real(text))
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await open_first(app, pilot)
        await pilot.press("G", "h")
        await pilot.pause()
        assert reader.article_id == article.id
    assert sum(measured) < 10 * 20_000, "the rest of the line measured again at each line"
    assert [(h.start, h.end) for h in store.highlights(article.id)] == [(3, 20_003)]
    store.close()


async def test_finding_strasse_in_an_article_selects_its_strasse(store_path: Path):
    """The library's search finds "Straße" by "strasse"; ``/strasse`` in the article found
    nothing there, so ``v`` and ``h`` took the sentence instead of the word."""
    body = "Die Gespräche fanden in der Friedrichstraße statt. Danach reisten sie ab."
    keys = ("slash", *"strasse", "enter", "v", "h")
    assert await highlighted_by_keys(store_path, "Berlin", body, *keys) == ["straße"]
