"""The sidebar draws a reported statement's highlight with the verb its statement gives.

Newcomer 40 highlighted "Prime Minister Pham Minh Chinh noted with pleasure that after two years
in office, ..." and, on reopening the article, the sidebar read "Pham Minh Chinh (Prime
Minister) said: after two years ...", where ``y``, ``quote``, ``annotations`` and the brief all
say "noted:". The sidebar lists its highlights as soon as the article opens, before its
statements are found ("said:" then); listed again once they are, the row kept the lines
drawn for the first listing, since what it was wrapped from left out the verb.
"""

from __future__ import annotations

from pathlib import Path

from diplotui.model import Article
from diplotui.store import Store, text_hash
from diplotui.tui.app import DiplotuiApp
from tests.cli_runner import run_main

from .test_reader_support import open_first, sidebar_of

TEXT = (
    "Phone talks with Hun Manet\n\n"
    "Prime Minister Pham Minh Chinh noted with pleasure that after two years in office, "
    "Prime Minister Hun Manet has accelerated infrastructure development.\n\n"
    "He requested the Cambodian side to continue facilitating the naturalization of "
    "Vietnamese-origin residents.\n"
)
ARTICLE_ID = text_hash(TEXT)[:12]


def _drawn(app: DiplotuiApp) -> str:
    """The sidebar's lines as drawn on screen, joined."""
    sidebar = sidebar_of(app)
    height = sidebar.scrollable_content_region.height
    return " ".join(sidebar.render_line(y).text.strip() for y in range(height))


async def test_the_drawn_row_takes_the_verb_once_the_statements_are_found(store_path: Path):
    with Store.open(store_path) as store:
        article = Article(id=ARTICLE_ID, title="Phone talks with Hun Manet", text_hash="")
        store.add_article(article, TEXT)
    for words in ("after two years in office", "the Cambodian side to continue"):
        done = run_main("--db", str(store_path), "highlight", ARTICLE_ID, "--quote", words)
        assert done.returncode == 0, done.stderr
    store = Store.open(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        await pilot.pause()
        drawn = _drawn(app)
        assert "Minister) noted: after two" in drawn, drawn
        assert "requested the Cambodian side" in drawn, drawn
        assert "said:" not in drawn, drawn
    store.close()
