"""A key pressed before the open article's names are found: held, and acted on once they are.

Until the names and statements are found (in the background, after the article opens), a
key on the cursor's sentence cannot give its words to their speaker. It used to say "again
in a moment" and do nothing: a user who read nothing lost their first highlight. Now the key
waits and acts when they are found, on the sentence it was pressed on; anything done
meanwhile (another key, the cursor or the article changing) drops it, and says so.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from diplotui.tui.controllers.base import Controller


@dataclass(frozen=True)
class HeldKey:
    """A key waiting for the names, with where it was pressed and what it does then."""

    key: str
    article_id: str
    cursor: tuple[int, int]
    act: Callable[[], None]


class HeldKeyActions(Controller):
    """The one key waiting for the open article's names, if any."""

    held: HeldKey | None = None
    dropped = ""
    """The key the key being handled dropped: its own notice, if it is held in turn, says
    so too (a notice replaces the one before, so the drop's went unseen)."""

    def hold(self, key: str, doing: str, act: Callable[[], None]) -> None:
        """Hold ``key`` (``doing``: what it does, "Highlighting") until the names are found;
        a key held before it (the same one pressed again) gives way to it."""
        reader = self.reader
        self.held = HeldKey(key, reader.article_id or "", reader.cursor_span, act)
        said = f"{doing} once the names are found…"
        if self.dropped:
            said = f"{self.dropped} dropped; {said[0].lower()}{said[1:]}"
        self.notify(said, markup=False)

    def key_pressed(self, key: str) -> None:
        """Any other key drops the held one: it was pressed on what the screen shows now,
        and the held one acting after it would act out of order."""
        self.dropped = ""
        if self.held is not None and key != self.held.key:
            self.dropped = self.held.key
            self.drop("another key came")

    def article_shown(self) -> None:
        """The article it was pressed in is no longer the one read."""
        if self.held is not None and self.held.article_id != self.reader.article_id:
            self.drop("the article changed")

    def names_found(self) -> None:
        """The open article's names are found: the held key acts, if it is still where it
        was pressed (a click moves the cursor with no key)."""
        held, reader = self.held, self.reader
        if held is None:
            return
        if (held.article_id, held.cursor) != (reader.article_id, reader.cursor_span):
            self.drop("the cursor moved")
            return
        self.held = None
        held.act()

    def drop(self, why: str) -> None:
        """Forget the held key, saying so: a key that does nothing unsaid is a lost edit."""
        held, self.held = self.held, None
        if held is not None:
            said = f"{held.key} dropped: {why} before the names were found."
            self.notify(said, markup=False)
