"""A rebuildable cache of each article's statements, kept beside the store.

Finding statements needs the recogniser's spans, so it costs about what recognition costs: far
too slow to redo for the whole library when the Statements view opens or a CLI query runs.
The statements of each text are kept in ``<store>.cache/statements.json``, keyed by the text's
hash, and thrown away whole when the finder, the recogniser or the user's corrections change.
Derived data: losing it costs only time.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from diplotui.model import Article, EntityCorrection, Statement
from diplotui.paths import cache_dir
from diplotui.store import Store, StoreError, atomic_write_bytes

CACHE_NAME = "statements.json"
FORMAT = 1
_FIELDS = [f.name for f in dataclasses.fields(Statement)]


def finder_version() -> str:
    """A hash of the finder's and the recogniser's code and word lists."""
    from diplotui import entities, statements

    digest = hashlib.sha256()
    for package in (entities, statements):
        root = Path(package.__file__ or ".").parent
        for path in sorted([*root.glob("*.py"), *root.glob("data/*")]):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def corrections_key(corrections: Sequence[EntityCorrection]) -> str:
    parts = sorted((c.kind, c.text, c.type, c.canonical) for c in corrections)
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()[:16]


def article_statements(text: str, corrections: Sequence[EntityCorrection]) -> list[Statement]:
    """Recognise ``text`` and find its statements (slow: a worker's or a command's job)."""
    from diplotui.entities import recognise
    from diplotui.statements import find_statements

    return find_statements(text, recognise(text, corrections))


def _row(statement: Statement) -> list[Any]:
    return [getattr(statement, name) for name in _FIELDS]


def _statement(row: list[Any]) -> Statement:
    if len(row) != len(_FIELDS):
        raise ValueError("wrong number of fields")
    return Statement(**dict(zip(_FIELDS, row, strict=True)))


class StatementCache:
    """Statements per text hash. Thread-safe: a worker fills it while the UI reads it."""

    def __init__(self, path: Path, version: str, corrections: Sequence[EntityCorrection]) -> None:
        self.path = path
        self.version = version
        self.corrections = list(corrections)
        self.corrections_key = corrections_key(self.corrections)
        self._statements: dict[str, list[Statement]] = {}
        self._lock = threading.Lock()
        self._dirty = False

    @classmethod
    def load(cls, store: Store) -> StatementCache:
        """The cache of ``store``: empty when missing, unreadable or stale."""
        cache = cls(cache_dir(store.path) / CACHE_NAME, finder_version(), store.corrections())
        try:
            data = json.loads(cache.path.read_bytes())
        except (OSError, ValueError):
            return cache
        if (
            not isinstance(data, dict)
            or data.get("format") != FORMAT
            or data.get("finder") != cache.version
            or data.get("corrections") != cache.corrections_key
            or not isinstance(data.get("texts"), dict)
        ):
            return cache
        for digest, rows in data["texts"].items():
            try:
                cache._statements[digest] = [_statement(row) for row in rows]
            except (TypeError, ValueError):
                continue
        return cache

    def __len__(self) -> int:
        return len(self._statements)

    def statements(self, digest: str) -> list[Statement]:
        return self._statements.get(digest, [])

    def missing(self, articles: Iterable[Article]) -> list[Article]:
        """The articles whose statements have not been found yet."""
        return [a for a in articles if a.text_hash not in self._statements]

    def put(self, digest: str, statements: list[Statement]) -> None:
        with self._lock:
            self._statements[digest] = statements
            self._dirty = True

    def fill(
        self,
        store: Store,
        articles: Iterable[Article],
        progress: Callable[[int, int], None] | None = None,
        stop: Callable[[], bool] | None = None,
        save_every: int = 500,
    ) -> int:
        """Find the statements of the articles still missing; saves as it goes and at the end.

        Returns how many articles it went through before finishing or being stopped.
        """
        todo = self.missing(articles)
        done = 0
        for article in todo:
            if stop is not None and stop():
                break
            done += 1
            try:
                text = store.article_text(article.id)
            except StoreError:
                continue
            self.put(article.text_hash, article_statements(text, self.corrections))
            if progress is not None:
                progress(done, len(todo))
            if done % save_every == 0:
                self.save()
        self.save()
        return done

    def save(self) -> None:
        """Write the cache atomically if anything changed (a failure only costs a rebuild)."""
        with self._lock:
            if not self._dirty:
                return
            document = {
                "format": FORMAT,
                "finder": self.version,
                "corrections": self.corrections_key,
                "texts": {
                    digest: [_row(s) for s in found] for digest, found in self._statements.items()
                },
            }
            self._dirty = False
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(self.path, json.dumps(document, ensure_ascii=False).encode())
        except OSError:
            with self._lock:
                self._dirty = True
