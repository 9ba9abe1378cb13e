"""One-line messages for failed file operations and failed finding, shared by the command line
and the app."""

from __future__ import annotations

from typing import NamedTuple


def os_error_line(error: OSError) -> str:
    """``path: reason (nothing more was written)`` for a failed file operation."""
    reason = error.strerror or str(error)
    where = error.filename if error.filename is not None else "output"
    return f"{where}: {reason} (nothing more was written)"


class Failed(NamedTuple):
    """A text whose result could not be made: the recogniser or the finder raised on it (a
    bug one odd text meets). Its article is left out of what the cache answers, and named,
    rather than the error ending every library-wide answer (the Statements view, ``statements
    --speaker``, ``timeline``) for a library of 5,000 articles; never kept in the file, so the
    next run tries it again."""

    why: str  # the error, on one line


FAILED_WHY_CHARS = 160
"""The most of an error's message a failure keeps: one line naming the article and why."""


def failed(error: Exception) -> Failed:
    """``error`` as a :class:`Failed`, its message on one short line."""
    message = " ".join(str(error).split())
    if len(message) > FAILED_WHY_CHARS:
        message = message[: FAILED_WHY_CHARS - 1] + "…"
    return Failed(f"{type(error).__name__}: {message}" if message else type(error).__name__)
