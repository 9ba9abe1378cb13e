"""The palette's articles sorted a step at a time (so that the sort, on the UI's event loop,
lets it answer keys between steps) come in the library's default order exactly."""

from __future__ import annotations

import random

import pytest

from diplotui.library import query
from diplotui.library.query import LibraryQuery, newest_first_in_steps
from diplotui.model import Article


def _articles(count: int) -> list[Article]:
    """Dates and titles drawn from few values, so that ties (undated, one day, titles equal
    but for case or accents) are common."""
    rng = random.Random(7)
    titles = ["Talks", "talks", "Tälks", "Summit", "summit in Hanoi", "[Draft] notes", ""]
    dates = ["", "2025-01-10", "2025-01-10", "2024-05-01", "2024", "2024-05"]
    return [
        Article(
            id=f"{rng.randrange(16**8):08x}{number}",
            title=rng.choice(titles),
            text_hash=f"{number:064x}",
            date=rng.choice(dates),
        )
        for number in range(count)
    ]


@pytest.mark.parametrize("count", [0, 1, 5, 23, 240])
def test_articles_sorted_in_pieces_come_in_the_default_order(
    monkeypatch: pytest.MonkeyPatch, count: int
):
    monkeypatch.setattr(query, "NEWEST_PIECE", 7)  # many pieces, a short last one
    monkeypatch.setattr(query, "MERGED_AT_ONCE", 3)
    articles = _articles(count)
    steps = newest_first_in_steps(articles)
    taken = 0
    while True:
        try:
            next(steps)
        except StopIteration as done:
            assert done.value == LibraryQuery().sorted(articles)
            break
        taken += 1
    assert taken >= count // 7 + count // 3, "a step at a time, not all at once"
