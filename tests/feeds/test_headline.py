"""Feed and page articles are stored without their headline (the title is kept apart): their
first paragraph is body, where a lede's statement is found, against a live local server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from diplotui.anchoring import new_highlight
from diplotui.cite import format_quote
from diplotui.layout import BlockKind, article_blocks
from diplotui.library.statement_cache import StatementCache
from diplotui.model import Article
from diplotui.store import Store
from tests.cli_runner import run_main
from tests.feeds.headline_feed import FROM_PAGE, FULL_TEXT, PAGE, headline_server, refreshed_from


@pytest.fixture
def refreshed(store_path: Path) -> Iterator[Store]:
    with headline_server() as server, Store.open(store_path) as store:
        yield refreshed_from(store, server)


def _titled(store: Store, title: str) -> Article:
    return next(article for article in store.articles() if article.title == title)


def test_a_refreshed_articles_lede_is_body_and_its_statement_is_found(refreshed: Store):
    cache = StatementCache.load(refreshed)
    cache.fill(refreshed)
    for title, speaker in ((FULL_TEXT, "Chidi Okafor"), (FROM_PAGE, "Leila Haddad")):
        article = _titled(refreshed, title)
        text = refreshed.article_text(article.id)
        assert text.startswith("Foreign Minister ") and title not in text  # stored as fetched
        lede_end = text.index("\n")
        blocks = article_blocks(text, article.title)
        assert blocks[0].kind is BlockKind.PARAGRAPH and blocks[0].start == 0
        assert article_blocks(text)[0].kind is BlockKind.TITLE  # what a bare text is read as
        lede = [s for s in cache.statements(article) if s.end <= lede_end]
        assert [(s.speaker, s.kind) for s in lede] == [(speaker, "reported")]
        printed = run_main("--db", str(refreshed.path), "statements", article.id, "--jsonl")
        first = json.loads(printed.stdout.splitlines()[0])
        assert (first["speaker"], first["start"]) == (speaker, lede[0].start)


def test_a_quote_from_the_lede_is_cited_with_the_title_once(refreshed: Store):
    article = _titled(refreshed, FULL_TEXT)
    text = refreshed.article_text(article.id)
    start = text.index("the government would open")
    highlight = new_highlight(article.id, text, start, text.index(" to the northern"))
    assert highlight.quote == "the government would open an aid corridor"
    for style in ("plain", "markdown", "chicago", "apa"):
        citation = format_quote(highlight.quote, article, style)
        assert citation.count(FULL_TEXT) == 1 and "Capital Desk" in citation
    refreshed.save_highlight(highlight)
    printed = run_main("--db", str(refreshed.path), "quote", highlight.id, "--style", "plain")
    assert printed.stdout.startswith(f"“{highlight.quote}”") and FULL_TEXT in printed.stdout


def test_imported_files_with_a_title_apart_read_their_lede_as_body(
    store_path: Path, tmp_path: Path
):
    """Front matter's title, a saved page's headline outside its article: as a feed's."""
    (tmp_path / "moreau.md").write_text(
        "---\ntitle: Moreau calls for a ceasefire\n---\nForeign Minister Claire Moreau said on"
        " Thursday that a ceasefire must come first.\n\nTalks are expected next week.\n"
    )
    (tmp_path / "haddad.html").write_text(PAGE.format(page=FROM_PAGE))
    assert run_main("--db", str(store_path), "import", str(tmp_path)).returncode == 0
    with Store.open(store_path) as store:
        ids = {a.title: a.id for a in store.articles() if a.origin_path.startswith(str(tmp_path))}
    for title, speaker in (
        ("Moreau calls for a ceasefire", "Claire Moreau"),
        (FROM_PAGE, "Leila Haddad"),
    ):
        printed = run_main("--db", str(store_path), "statements", ids[title], "--jsonl")
        first = json.loads(printed.stdout.splitlines()[0])
        assert (first["speaker"], first["start"] < 60) == (speaker, True)
