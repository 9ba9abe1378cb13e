"""A tagged article's row keeps its date in view: the tags came before it and pushed it off
the pane's edge ("✎ 1 · #east sea #sovereignty #China…"), where the untagged rows showed it."""

from __future__ import annotations

from diplotui.dates import date_shown
from diplotui.model import Article
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.article_list import ArticleList

from .helpers import settle_start_up, type_text


async def _tag_first_row(
    store: Store, size: tuple[int, int], tags: str
) -> tuple[Article, list[str]]:
    """The list's first article, tagged with ``tags`` by ``t``, and the screen's lines then."""
    app = DiplotuiApp(store)
    async with app.run_test(size=size) as pilot:
        await settle_start_up(app, pilot)
        library = app.screen.query_one(ArticleList)
        library.focus()
        article = store.article(library.current_id)
        await pilot.press("t")
        await type_text(pilot, tags)
        await pilot.press("enter")
        await pilot.pause()
        assert store.article(article.id).tags == [tag.strip() for tag in tags.split(",")]
        strips = app.screen._compositor.render_strips()
        return article, ["".join(segment.text for segment in strip) for strip in strips]


async def test_a_tagged_row_shows_its_date(seeded_store: Store):
    article, lines = await _tag_first_row(seeded_store, (80, 24), "east sea, sovereignty, China")
    # the three tags counted after the source (no room for one of them at 80 columns)
    tagged = next(n for n, line in enumerate(lines) if "#×3" in line)
    # the details on the row's last line, or its two last when too long for one
    assert date_shown(article.date, article.date_is_guess) in lines[tagged] + lines[tagged - 1]


async def test_a_tagged_row_shows_its_tags_where_its_source_fills_the_line(
    seeded_store: Store,
):
    """At 120 columns the seed's date and outlet ("2025-12-30? · World & Vietnam Report")
    filled its details line: tagged, the row showed no sign of its tags (at 80 columns,
    "#×3"). Its title gives up its second line to them."""
    article, lines = await _tag_first_row(seeded_store, (120, 40), "asean, mekong, talks")
    details = next(
        n for n, line in enumerate(lines) if date_shown(article.date, article.date_is_guess) in line
    )
    assert "World & Vietnam Report" in lines[details]
    assert "#asean #mekong #talks" in lines[details + 1]
