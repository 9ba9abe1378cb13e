"""A key pressed before the open article is ready for it: held, and acted on once it is.

Until the names and statements are found (in the background, after the article opens), a
key on the cursor's sentence cannot give its words to their speaker; until a long article's
sentences are read apart (in a helper process), ``"`` cannot tell which quotation the cursor's
sentence is in. Such a key used to say "again in a moment" and do nothing: a user who read
nothing lost their first highlight. Now the key waits and acts when what it waits for comes,
on the sentence it was pressed on; what changes that meanwhile (another key that acts, the
cursor or the article changing, a dialog) drops it, and says so. A key that only changes the
view (scrolling, ``tab`` between panes, ``[`` and ``]``, the help) lets it wait.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from diplotui.tui.controllers.base import Controller
from diplotui.tui.widgets.reader import Awaited

COMES = {"names": ("are found", "were found"), "sentences": ("are read", "were read")}
"""How a notice says what a held key waits for comes: now ("once the names are found") and
before a drop ("before the names were found")."""

VIEW_KEYS = frozenset(
    {
        *("up", "down", "pageup", "pagedown", "space", "home", "end"),
        *("tab", "shift+tab", "left_square_bracket", "right_square_bracket", "question_mark"),
    }
)
"""Keys that change only what is in view, never what a held key acts on: they dropped it,
and a user who scrolled on to read while the names were found lost the highlight. A scroll
that takes the cursor along is a cursor moved, and drops it when the wait is over."""


@dataclass(frozen=True)
class HeldKey:
    """A key waiting, with where it was pressed, what it waits for and what it does then."""

    key: str
    article_id: str
    cursor: tuple[int, int]
    act: Callable[[], None]
    awaits: Awaited = "names"


class HeldKeyActions(Controller):
    """The one key waiting for the open article's names or sentences, if any."""

    held: HeldKey | None = None
    dropped = ""
    """The key the key being handled dropped: its own notice, if it is held in turn, says
    so too (a notice replaces the one before, so the drop's went unseen)."""
    under_help = False
    """The help is over the screen: a held key acts once it closes, not out of sight."""

    def hold(
        self, key: str, doing: str, act: Callable[[], None], awaits: Awaited = "names"
    ) -> None:
        """Hold ``key`` (``doing``: what it does, "Highlighting") until the ``awaits`` of the
        open article come; a key held before it (the same one pressed again) gives way to it."""
        reader = self.reader
        self.held = HeldKey(key, reader.article_id or "", reader.cursor_span, act, awaits)
        said = f"{doing} once the {awaits} {COMES[awaits][0]}…"
        if self.dropped:
            said = f"{self.dropped} dropped; {said[0].lower()}{said[1:]}"
        self.notify(said, markup=False)

    def key_pressed(self, key: str) -> None:
        """Another key that acts drops the held one: it was pressed on what the screen shows
        now, and the held one acting after it would act out of order."""
        self.dropped = ""
        if self.held is not None and key != self.held.key and key not in VIEW_KEYS:
            self.dropped = self.held.key
            self.drop("another key came")

    def article_shown(self) -> None:
        """The article it was pressed in is no longer the one read."""
        if self.held is not None and self.held.article_id != self.reader.article_id:
            self.drop("the article changed")

    def names_found(self) -> None:
        self._came("names")

    def sentences_read(self) -> None:
        self._came("sentences")

    def help_shown(self) -> None:
        self.under_help = True

    def help_closed(self) -> None:
        """Back from the help: a key whose wait ended under it acts now."""
        self.under_help = False
        held = self.held
        if held is not None and self._waited(held.awaits):
            self._came(held.awaits)

    def _waited(self, awaits: Awaited) -> bool:
        reader = self.reader
        return reader.statements_found if awaits == "names" else not reader.cursor.provisional

    def _came(self, awaits: Awaited) -> None:
        """What a held key waits for has come: it acts, if the cursor is still where it was
        pressed (a click moves it with no key), or on a sentence of the paragraph it was
        pressed on (a long article's, one unit until its sentences were read), and no help
        is over the screen."""
        held, reader = self.held, self.reader
        if held is None or held.awaits != awaits or self.under_help:
            return
        start, end = reader.cursor_span
        if (
            held.article_id != reader.article_id
            or not held.cursor[0] <= start <= end <= held.cursor[1]
        ):
            self.drop("the cursor moved")
            return
        self.held = None
        held.act()

    def drop(self, why: str) -> None:
        """Forget the held key, saying so: a key that does nothing unsaid is a lost edit."""
        held, self.held = self.held, None
        if held is not None:
            said = f"{held.key} dropped: {why} before the {held.awaits} {COMES[held.awaits][1]}."
            self.notify(said, markup=False)
