"""Notices read as sentences: a line the core words for the command line ("nothing new, 2
items already in the library", "/…/db.json: opened read-only or closed; nothing was written")
is said in the app with a capital and a full stop, as every notice the app words itself."""

from __future__ import annotations

ENDS = (".", "…", "?", "!")


def sentence(line: str) -> str:
    """``line`` with a capital first letter when it starts with a word (never a key, "h
    dropped", nor a path) and a full stop at its end when it has none."""
    first = line.split(" ", 1)[0]
    if len(first) > 1 and first.isalpha() and first.islower():
        line = line[0].upper() + line[1:]
    return ended(line)


def ended(line: str) -> str:
    """``line`` with a full stop at its end when it has none, its first word left as it is:
    an error that starts with the word typed ("since '2025-13': use an ISO date like …")."""
    return line if line.endswith(ENDS) else f"{line}."
