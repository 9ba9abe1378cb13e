"""An article opened again in the same session opens where its reading cursor was left: read
down to paragraph 39 of a long article, a look at another one and back put the cursor on the
headline, the place lost, though a restart would have kept it."""

from __future__ import annotations

from pathlib import Path

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.article_list import ArticleList
from diplotui.tui.widgets.reader import Reader

from .helpers import screen_text
from .test_quotes_ui import _open
from .test_reader_support import add_article

PARAGRAPH = "Paragraph {n}. The spokesperson said the ministry had lodged a protest."


async def test_an_article_opened_again_opens_where_its_cursor_was_left(store_path: Path) -> None:
    store = Store.open(store_path)
    body = "\n\n".join(PARAGRAPH.format(n=n) for n in range(1, 41))
    add_article(store, "East Sea tensions rise", body, "2025-11-12")
    add_article(store, "Penny Wong visits Jakarta", "Wong said the talks were useful.")
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(app, pilot, "East Sea tensions rise")
        reader = app.screen.query_one(Reader)
        reader.focus()
        await pilot.press("G", "k", "k", "k")
        await pilot.pause()
        left_at = reader.cursor_span
        assert reader.text[left_at[0] :].startswith("Paragraph 39")
        for title in ("Penny Wong visits Jakarta", "East Sea tensions rise"):
            app.screen.query_one(ArticleList).focus()
            await _open(app, pilot, title)
        await pilot.pause()
        assert reader.cursor_span == left_at
        [line] = [line for line in screen_text(app).splitlines() if "Paragraph 39." in line]
        assert "▌" in line.split("Paragraph 39.")[0].split("││")[-1], "in view, the cursor on it"
    store.close()
