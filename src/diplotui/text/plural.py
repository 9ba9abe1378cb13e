"""A count with its noun ("1 annotation", "3 annotations"): one rule for every message the app,
the command line and sync print, so none of them says "1 annotations"."""

from __future__ import annotations


def plural(count: int, noun: str) -> str:
    """``count`` and ``noun``, the noun with an "s" unless the count is one."""
    return f"{count} {noun}" if count == 1 else f"{count:,} {noun}s"
