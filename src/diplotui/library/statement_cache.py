"""A rebuildable cache of each article's statements, kept beside the store.

Finding statements needs the recogniser's spans, so it costs about what recognition costs: far
too slow to redo for the whole library when the Statements view opens or a CLI query runs.
The statements of each text are kept in ``<store>.cache/statements.json``, keyed by the text's
hash, and thrown away whole when the finder, the recogniser or the user's corrections change.
Derived data: losing it costs only time. A text is read under its article's title, which only
says whether the text starts with its headline (a feed's or a page's does not); a title edited
later leaves its text's statements as found until the text or the finder changes.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from diplotui.library.text_cache import TextCache, code_version
from diplotui.model import EntityCorrection, Statement

CACHE_NAME = "statements.json"
_FIELDS = [f.name for f in dataclasses.fields(Statement)]


def finder_version() -> str:
    """A hash of the finder's and the recogniser's code and word lists, and of the layout
    and sentence rules the finder reads by (and the recogniser's statistical pipeline, if
    one is configured)."""
    from diplotui import entities, layout, statements, text
    from diplotui.entities.statistical import version_suffix

    return code_version(entities, statements, text, layout) + version_suffix()


def article_statements(
    text: str, corrections: Sequence[EntityCorrection], title: str = ""
) -> list[Statement]:
    """Recognise ``text`` and find its statements, under its article's ``title`` (slow: a
    worker's or a command's job)."""
    from diplotui.entities import recognise
    from diplotui.statements import find_statements

    return find_statements(text, recognise(text, corrections), title=title)


def _statement(row: list[Any]) -> Statement:
    if len(row) != len(_FIELDS):
        raise ValueError("wrong number of fields")
    return Statement(**dict(zip(_FIELDS, row, strict=True)))


class StatementCache(TextCache[list[Statement]]):
    """Statements per text hash. Thread-safe: a worker fills it while the UI reads it."""

    FILE_NAME = CACHE_NAME
    FORMAT = 1
    VERSION_FIELD = "finder"

    @classmethod
    def current_version(cls) -> str:
        return finder_version()

    @classmethod
    def decode(cls, row: Any) -> list[Statement]:
        return [_statement(fields) for fields in row]

    @classmethod
    def encode(cls, result: list[Statement]) -> Any:
        return [[getattr(statement, name) for name in _FIELDS] for statement in result]

    def compute(self, text: str, title: str = "") -> list[Statement]:
        return article_statements(text, self.corrections, title)

    def statements(self, digest: str) -> list[Statement]:
        return self._results.get(digest, [])
