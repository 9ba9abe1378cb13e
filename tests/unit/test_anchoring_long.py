"""Long quotes: placed by their ends, with work that does not grow with the quote's length.

A quadratic matcher took 97 s on a 150 KB quote and prefix from a hostile export. The work is
measured here as the cells of the fuzzy matcher (pattern tokens times window tokens), which
no timing noise can flip.
"""

from __future__ import annotations

import random

import pytest

from diplotui import anchoring
from diplotui.anchoring import new_highlight, reanchor, reanchor_all
from diplotui.model import AnchorStatus

MAX_CELLS = 200_000  # a 128-character piece against a window of a few thousand characters


def prose(seed: int, words: int) -> str:
    rng = random.Random(seed)
    vocabulary = [f"w{n}" for n in range(3000)]
    sentences = []
    while words > 0:
        length = rng.randint(8, 20)
        sentences.append(" ".join(rng.choices(vocabulary, k=length)).capitalize() + ".")
        words -= length
    return " ".join(sentences)


@pytest.fixture
def cells(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Records the size of every fuzzy match the anchoring module runs."""
    seen: list[int] = []
    original = anchoring._approximate_matches

    def counted(pattern: list[str], tokens: list[str], max_cost: int) -> list[tuple[int, int]]:
        seen.append(len(pattern) * len(tokens))
        return original(pattern, tokens, max_cost)

    monkeypatch.setattr(anchoring, "_approximate_matches", counted)
    return seen


def edited(text: str, at: list[int]) -> str:
    """Replace the word starting at or after each offset with another word."""
    for offset in sorted(at, reverse=True):
        start = text.index(" ", offset) + 1
        end = text.index(" ", start)
        text = text[:start] + "changed" + text[end:]
    return text


def test_a_long_quote_edited_at_both_ends_drifts_with_bounded_work(cells: list[int]):
    old = prose(1, 40_000)
    start, end = 20_000, 120_000
    highlight = new_highlight("a", old, start, end)
    new = edited(old, [start + 5, start + 40_000, end - 30, 150_000])
    [placed] = reanchor_all([highlight], old, new)
    assert placed.status == AnchorStatus.DRIFTED.value
    assert new[placed.start : placed.end].startswith(old[start : start + 5])
    assert new[placed.end - 20 : placed.end] == old[end - 20 : end]
    assert max(cells, default=0) <= MAX_CELLS


def test_a_hostile_export_of_a_huge_quote_and_prefix_is_bounded(cells: list[int]):
    text = prose(2, 40_000)
    highlight = new_highlight("a", text, 100_000, 150_000)
    highlight.prefix = text[:100_000]  # 150 KB of quote and prefix, as the attack sent
    moved = edited(text, [100_010, 149_900])
    placed = reanchor(highlight, "Inserted first line.\n" + moved)
    assert placed.status == AnchorStatus.DRIFTED.value
    assert max(cells, default=0) <= MAX_CELLS


def test_a_long_quote_of_other_text_stays_an_orphan(cells: list[int]):
    old = prose(3, 20_000)
    highlight = new_highlight("a", old, 10_000, 40_000)
    # keep both ends, replace the middle: the ends alone are not enough evidence
    new = old[:10_300] + prose(4, 5_000) + old[39_700:]
    [placed] = reanchor_all([highlight], old, new)
    assert placed.status == AnchorStatus.ORPHAN.value
    assert max(cells, default=0) <= MAX_CELLS
