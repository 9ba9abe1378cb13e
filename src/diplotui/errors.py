"""One-line messages for failed file operations, shared by the command line and the app."""

from __future__ import annotations


def os_error_line(error: OSError) -> str:
    """``path: reason (nothing more was written)`` for a failed file operation."""
    reason = error.strerror or str(error)
    where = error.filename if error.filename is not None else "output"
    return f"{where}: {reason} (nothing more was written)"
