"""One undo stack for every kind of change a session makes, newest undone first."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

UNDO_DEPTH = 100


@dataclass(frozen=True, slots=True)
class Change:
    """One undoable change: what it was and what it touched (for the user), how to put it back."""

    label: str
    undo: Callable[[], None]


class UndoStack:
    """The session's last ``UNDO_DEPTH`` changes, whatever their kind."""

    def __init__(self, depth: int = UNDO_DEPTH) -> None:
        self._changes: deque[Change] = deque(maxlen=depth)

    def __len__(self) -> int:
        return len(self._changes)

    def record(self, label: str, undo: Callable[[], None]) -> None:
        self._changes.append(Change(label, undo))

    def undo(self) -> Change | None:
        """Undo the most recent change and return it (None when there is nothing to undo).

        A change whose undo fails stays on the stack, so it can be tried again.
        """
        if not self._changes:
            return None
        change = self._changes[-1]
        change.undo()
        self._changes.pop()
        return change
