"""Find within the open article, incremental, ignoring case and accents ("Ha Noi" finds "Hà Nội").

Matching is done on a folded copy of the text that keeps every offset, so matches are offsets
into the stored text and paint directly as the reader's "matches" layer.
"""

from __future__ import annotations

from diplotui.text.find import FoldedText, find_matches, fold_for_finding, joined_returns
from diplotui.tui.controllers.base import Controller


class FindActions(Controller):
    """``/`` in the reader opens the find bar; ``n``/``N`` then step through matches."""

    _folded: tuple[str, FoldedText] | None = None  # the reader's shown text, and its folded copy

    def _folded_text(self) -> FoldedText:
        """The text as the reader shows it, folded: a phrase across a hard-wrapped text's
        soft wrap ("foreign\\nminister") is found as the reader draws it, on one line, a
        CR LF's two spaces read as one."""
        cursor = self.reader.cursor
        text = cursor.shown
        cached = self._folded
        if cached is None or cached[0] is not text:
            cached = self._folded = (
                text,
                fold_for_finding(text, joined_returns(cursor.text, text)),
            )
        return cached[1]

    def find(self) -> None:
        reader = self.reader
        if not reader.article_id:
            self.notify("Open an article first.", markup=False)
            return

        def search(query: str) -> int:
            matches = find_matches(self._folded_text(), query)
            reader.set_matches(query.strip(), matches)
            return len(matches)

        put_back = reader.held_place()

        def done(query: str | None) -> None:
            if not query or not query.strip():
                reader.set_matches("", [])
                put_back()
                return
            # a selection held from before the find (grown by its jump to the match) would
            # make ``n`` Note on it and ``h`` highlight all of it: the find's own ``v``
            # selects a match, after this
            reader.clear_selection()
            if not reader.matches:
                self.notify("No matches.", markup=False)

        from diplotui.tui.dialogs.find import FindScreen  # dialogs load when first opened

        self.app.push_screen(FindScreen(reader.find_query or reader.ended_find, search), done)
