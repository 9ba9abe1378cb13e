"""An article a feed brought in, stored without its headline, in the reader: its title drawn
once above the text, its lede read as body (a statement, ``S`` goes to it), and a highlight
stored on the lede before (offsets into the stored text) painted and cited where it was."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from diplotui.anchoring import new_highlight
from diplotui.layout import BlockKind
from diplotui.model import AnchorStatus
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.article_list import ArticleList
from diplotui.tui.widgets.reader import GUTTER, Reader
from tests.feeds.headline_feed import FROM_PAGE, headline_server, refreshed_from

from .helpers import settle, settle_start_up

LEDE = "Foreign Minister Leila Haddad said on Wednesday"


@pytest.fixture
def store(store_path: Path) -> Iterator[Store]:
    """A store with the feed's articles, refreshed before the app starts (its loop)."""
    with headline_server() as server, Store.open(store_path) as opened:
        yield refreshed_from(opened, server)


async def test_the_reader_draws_the_title_once_and_reads_the_lede_as_body(
    store: Store, clipboard: list[str]
):
    article = next(a for a in store.articles() if a.title == FROM_PAGE)
    text = store.article_text(article.id)
    start = text.index("new sanctions")
    before = new_highlight(article.id, text, start, text.index(" if the talks"))
    store.save_highlight(before)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        assert app.screen.query_one(ArticleList).rows[0].title == FROM_PAGE  # the newest
        await pilot.press("enter")
        await settle(app, pilot)
        reader = app.screen.query_one(Reader)
        drawn = [reader.render_line(y).text[GUTTER:].strip() for y in range(len(reader.lines))]
        assert drawn[:3] == [FROM_PAGE, "", drawn[2]] and drawn[2].startswith(LEDE[:30])
        assert sum(line.count(FROM_PAGE) for line in drawn) == 1
        assert reader.blocks[0].kind is BlockKind.PARAGRAPH and reader.blocks[0].start == 0
        assert [(h.id, h.start, h.end) for h in reader.highlights] == [
            (before.id, before.start, before.end)
        ]
        assert store.highlights(article.id)[0].status == AnchorStatus.ANCHORED.value
        lede_statements = [s for s in reader.statements if s.end <= text.index("\n")]
        assert [s.speaker for s in lede_statements] == ["Leila Haddad"]
        await pilot.press("j", "S")  # to the next paragraph, then back to the statement
        await pilot.pause()
        assert reader.cursor_span[0] == 0
        assert str(reader.border_subtitle) == "Leila Haddad (Foreign Minister) said"
        await pilot.press("y")
        await settle(app, pilot)  # the copy runs in a worker: a pause may end before it
        assert clipboard and clipboard[-1].count(FROM_PAGE) == 1
        assert "new sanctions against the regime were possible" in clipboard[-1]
