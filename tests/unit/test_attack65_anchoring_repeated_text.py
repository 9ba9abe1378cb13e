"""A text whose sentences repeat (a paragraph pasted over and over, a page's boilerplate):
the diff re-anchoring reads took time quadratic in the repeats (6,400 repeats, 580 KB, 9 s of
CPU for each highlight: its matching blocks over thousands of equal chunks), and a highlight
of repeated words was orphaned though only a few words before it had changed (attack65).
What the two texts share at their starts and ends is taken whole, from a chunk's edge, and
only what lies between is diffed."""

from __future__ import annotations

import time

from diplotui.anchoring import new_highlight, reanchor_all
from diplotui.model import AnchorStatus

MOVED = AnchorStatus.MOVED.value

PARAGRAPH = "The ministers agreed to keep talking about the dams. Trade was not discussed. "


def _highlighted(repeats: int) -> tuple[str, int, int]:
    text = PARAGRAPH * repeats
    start = text.index("The ministers", len(text) // 2)
    return text, start, start + len(PARAGRAPH) - 1


def test_a_highlight_of_repeated_words_moves_with_a_cut_before_it():
    text, start, end = _highlighted(200)
    new = text[: start - 100] + text[start - 60 :]  # a few words cut well before it
    [result] = reanchor_all([new_highlight("a", text, start, end)], text, new)
    assert result.status == MOVED
    assert (result.start, result.end) == (start - 40, end - 40)


def test_a_repeated_text_is_diffed_in_linear_time():
    timings = []
    for repeats in (1_000, 8_000):
        text, start, end = _highlighted(repeats)
        new = text[: start - 100] + text[start - 60 :]
        began = time.process_time()
        reanchor_all([new_highlight("a", text, start, end)], text, new)
        timings.append(time.process_time() - began)
    assert timings[1] < 2.0  # 14 s before
    assert timings[1] < 8 * 4 * max(timings[0], 0.005)  # 8x the text: 64x the time before


def test_a_word_cut_at_the_shared_starts_edge_is_still_a_word():
    """The texts share "A" ("AI Abdel ..." became "Abdel ..."): a shared run ending inside
    a word left the diff no "Abdel" to find, and its highlight was orphaned."""
    text = "AI Abdel According Affairs After Akbar"
    new = "Abdel Affairs After Akbar"
    [result] = reanchor_all([new_highlight("a", text, 3, 8)], text, new)
    assert new[result.start : result.end] == "Abdel"
