"""Find a phrase in an article regardless of case and accents ("Ha Noi" finds "Hà Nội").

The text is folded one character for one, so every match is an offset into the stored text.
"""

from __future__ import annotations

from diplotui.entities.folding import fold_for_matching

MAX_MATCHES = 10_000


def fold_same_length(text: str) -> str:
    """Diacritics stripped and case folded, one character for one (offsets stay valid)."""
    folded = fold_for_matching(text)
    lowered = folded.lower()
    if len(lowered) == len(folded):
        return lowered
    return "".join(char if len(char.lower()) != 1 else char.lower() for char in folded)


def find_matches(folded_text: str, query: str) -> list[tuple[int, int]]:
    """Non-overlapping spans of ``query`` in text already passed through ``fold_same_length``."""
    needle = fold_same_length(query.strip())
    if not needle:
        return []
    spans: list[tuple[int, int]] = []
    start = folded_text.find(needle)
    while start != -1 and len(spans) < MAX_MATCHES:
        spans.append((start, start + len(needle)))
        start = folded_text.find(needle, start + len(needle))
    return spans
