"""A tagged article's row keeps its date in view: the tags came before it and pushed it off
the pane's edge ("✎ 1 · #east sea #sovereignty #China…"), where the untagged rows showed it."""

from __future__ import annotations

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.article_list import ArticleList

from .helpers import settle_start_up, type_text


async def test_a_tagged_row_shows_its_date(seeded_store: Store):
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle_start_up(app, pilot)
        library = app.screen.query_one(ArticleList)
        library.focus()
        article = seeded_store.article(library.current_id)
        await pilot.press("t")
        await type_text(pilot, "east sea, sovereignty, China")
        await pilot.press("enter")
        await pilot.pause()
        assert seeded_store.article(article.id).tags == ["east sea", "sovereignty", "China"]
        strips = app.screen._compositor.render_strips()
        shown = "\n".join("".join(segment.text for segment in strip) for strip in strips)
        lines = shown.splitlines()
        # the three tags counted after the source (no room for one of them at 80 columns)
        tagged = next(n for n, line in enumerate(lines) if "#×3" in line)
        # the details on the row's last line, or its two last when too long for one
        assert article.date_label in lines[tagged] + lines[tagged - 1]
