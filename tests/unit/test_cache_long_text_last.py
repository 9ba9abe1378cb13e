"""A long text does not hold back the statements of the articles sent with it: the helper
answers a request when its every text is done, and one 8 MB import among a hundred articles
kept the Statements view at "0 of 0 · finding statements in 7 more articles…" for two
minutes, the six short articles' statements found in a second but not shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplotui.library import text_cache
from diplotui.library.statement_cache import StatementCache
from diplotui.model import Article
from diplotui.store import Store, text_hash

SHORT = "Foreign Minister Anna Lind said on Monday that the {} talks would resume in Geneva.\n"
LONG = "The envoy said the border talks were useful. " * 200


def _add(store: Store, title: str, text: str) -> Article:
    digest = text_hash(text)
    article = Article(id=store.new_article_id(digest), title=title, text_hash=digest)
    store.add_article(article, text)
    return article


def test_short_articles_are_answered_before_a_long_one_listed_among_them(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(text_cache, "REQUEST_CHARACTERS", 2_000, raising=False)
    with Store.open(store_path) as store:
        first = _add(store, "Border", SHORT.format("border"))
        long = _add(store, "Long", LONG)
        rest = [_add(store, name, SHORT.format(name)) for name in ("trade", "water", "fishing")]
        cache = StatementCache.load(store)
        seen: list[tuple[int, int]] = []
        done = cache.fill_in_process(
            store, [first, long, *rest], progress=lambda d, t: seen.append((d, t)),
            stop=lambda: bool(seen),
        )  # fmt: skip
        assert done == 4 and seen == [(4, 5)], seen
        for article in (first, *rest):
            assert [s.speaker for s in cache.statements(article)] == ["Anna Lind"]
        assert cache.missing([long]) == [long], "the long text was not sent with them"
        cache.fill_in_process(store, [long])
        assert cache.missing([long]) == []


def test_progress_is_told_again_before_a_long_text_so_what_was_found_is_shown(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A caller showing progress every few seconds (the Statements view) had just shown the
    index when the short texts were answered: told nothing more until the long one was done,
    it showed none of their statements meanwhile."""
    monkeypatch.setattr(text_cache, "REQUEST_CHARACTERS", 2_000)
    with Store.open(store_path) as store:
        short = _add(store, "Border", SHORT.format("border"))
        long = _add(store, "Long", LONG)
        cache = StatementCache.load(store)
        seen: list[tuple[int, int]] = []
        cache.fill_in_process(store, [long, short], progress=lambda d, t: seen.append((d, t)))
        assert seen == [(1, 2), (1, 2), (2, 2)]
