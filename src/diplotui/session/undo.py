"""One undo stack for every kind of change a session makes, newest undone first, and the
changes undone, which redo makes again until a new change is made."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Container
from dataclasses import dataclass

UNDO_DEPTH = 100


@dataclass(frozen=True, slots=True)
class Change:
    """One undoable change: what it was and what it touched (for the user), how to put it
    back, and how to make it again. ``article_id`` names the article whose list row the
    change takes away or brings back (a deletion, archiving), so the list's cursor can
    follow it; ``reopen_at``, the reading cursor's offset in that article when the change
    closed it (the deletion of the open article): undone, it opens there again.
    ``touches``: the articles its undo and redo act on, so a change whose article was filed
    under another id can be dropped rather than act on an id no article has."""

    label: str
    undo: Callable[[], None]
    redo: Callable[[], None]
    article_id: str | None = None
    reopen_at: int | None = None
    touches: frozenset[str] = frozenset()


class UndoStack:
    """The session's last ``UNDO_DEPTH`` changes, whatever their kind, and those undone."""

    def __init__(self, depth: int = UNDO_DEPTH) -> None:
        self._changes: deque[Change] = deque(maxlen=depth)
        self._undone: deque[Change] = deque(maxlen=depth)

    def __len__(self) -> int:
        return len(self._changes)

    def record(
        self,
        label: str,
        undo: Callable[[], None],
        redo: Callable[[], None],
        article_id: str | None = None,
        reopen_at: int | None = None,
        touches: frozenset[str] = frozenset(),
    ) -> None:
        """A new change: what was undone before it can no longer be redone."""
        self._changes.append(Change(label, undo, redo, article_id, reopen_at, touches))
        self._undone.clear()

    def forget(self, article_ids: Container[str]) -> int:
        """Drop the changes, done or undone, touching any of ``article_ids`` (filed under
        another id: their undo would act on an id no article has); how many went."""
        count = 0
        for changes in (self._changes, self._undone):
            kept = [c for c in changes if not any(a in article_ids for a in c.touches)]
            count += len(changes) - len(kept)
            changes.clear()
            changes.extend(kept)
        return count

    def next_undo(self) -> Change | None:
        """The change ``undo`` would put back, left on the stack."""
        return self._changes[-1] if self._changes else None

    def next_redo(self) -> Change | None:
        """The change ``redo`` would make again, left undone."""
        return self._undone[-1] if self._undone else None

    def undo(self) -> Change | None:
        """Undo the most recent change and return it (None when there is nothing to undo).

        A change whose undo fails stays on the stack, so it can be tried again.
        """
        if not self._changes:
            return None
        change = self._changes[-1]
        change.undo()
        self._undone.append(self._changes.pop())
        return change

    def redo(self) -> Change | None:
        """Make the most recently undone change again (None when there is none to redo).

        A change whose redo fails stays undone, so it can be tried again.
        """
        if not self._undone:
            return None
        change = self._undone[-1]
        change.redo()
        self._changes.append(self._undone.pop())
        return change
