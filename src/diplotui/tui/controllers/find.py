"""Find within the open article, incremental, ignoring case and accents ("Ha Noi" finds "Hà Nội").

Matching is done on a folded copy of the text that keeps every offset, so matches are offsets
into the stored text and paint directly as the reader's "matches" layer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from diplotui.entities.folding import fold_for_matching
from diplotui.tui.screens.find import FindScreen

if TYPE_CHECKING:
    from diplotui.tui.controllers.host import ScreenHost

    _Host = ScreenHost
else:
    _Host = object

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


class FindActions(_Host):
    """``/`` in the reader opens the find bar; ``n``/``N`` then step through matches."""

    def _folded_text(self) -> str:
        text = self.reader.text
        cached = self.__dict__.get("_find_folded")
        if cached is None or cached[0] is not text:
            cached = self.__dict__["_find_folded"] = (text, fold_same_length(text))
        return cached[1]

    def action_find(self) -> None:
        reader = self.reader
        if not reader.article_id:
            self.notify("Open an article first.", markup=False)
            return

        def search(query: str) -> int:
            matches = find_matches(self._folded_text(), query)
            reader.set_matches(query.strip(), matches)
            return len(matches)

        def done(query: str | None) -> None:
            if not query or not query.strip():
                reader.set_matches("", [])
            elif not reader.matches:
                self.notify("No matches.", markup=False)

        self.app.push_screen(FindScreen(reader.find_query, search), done)
