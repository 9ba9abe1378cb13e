"""A rebuildable cache of each article's entities, kept beside the store.

Recognition runs at about 1 MB/s, far too slow to redo for 10,000 articles at start-up, so the
entities of each text are kept in ``<store>.cache/entities.json``, keyed by the text's hash. The
whole cache is thrown away when the recogniser (its code or data) or the user's corrections
change: it is derived data, never the only copy of anything, so losing it costs only time.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from diplotui.model import Article, EntityCorrection
from diplotui.paths import cache_dir
from diplotui.store import Store, StoreError, atomic_write_bytes

CACHE_NAME = "entities.json"
FORMAT = 2

# (canonical key, type, how often each spelling is used in the article): the spellings, not a
# chosen name, so the library-wide name follows the same rule as the sidebar's.
Entry = tuple[str, str, dict[str, int]]


def recogniser_version() -> str:
    """A hash of the recogniser's code and word lists: any change invalidates the cache."""
    import hashlib  # both hashes are taken in workers, after the first paint

    from diplotui import entities

    root = Path(entities.__file__).parent
    digest = hashlib.sha256()
    for path in sorted([*root.glob("*.py"), *root.glob("data/*")]):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def corrections_hash(corrections: Sequence[EntityCorrection]) -> str:
    """Corrections change what is recognised and how mentions link, so they key the cache."""
    import hashlib

    parts = sorted((c.kind, c.text, c.type, c.canonical) for c in corrections)
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()[:16]


def article_entities(text: str, corrections: Sequence[EntityCorrection]) -> list[Entry]:
    """Recognise ``text`` and group its mentions as the cross-article index links them."""
    from diplotui.entities import EntityIndex, recognise, spellings_of
    from diplotui.entities.linking import aliases_from_corrections

    index = EntityIndex(aliases_from_corrections(corrections))
    index.add("", recognise(text, corrections))
    return [
        (key, entity_type, dict(spellings_of(spans)))
        for (entity_type, key), spans in index.mentions("").items()
    ]


def recognise_texts(
    items: list[tuple[str, str]], corrections: list[dict[str, Any]]
) -> list[tuple[str, list[Entry]]]:
    """``article_entities`` for (digest, text) pairs: the job a helper process runs, so a
    long recognition never holds the UI process's GIL."""
    parsed = [EntityCorrection.from_dict(c) for c in corrections]
    return [(digest, article_entities(text, parsed)) for digest, text in items]


def _rows(rows: list[Any]) -> list[Entry]:
    """Entries from JSON rows (the cache file or the helper's answer), coerced to ``Entry``."""
    return [
        (str(key), str(entity_type), {str(text): int(n) for text, n in spellings.items()})
        for key, entity_type, spellings in rows
    ]


class EntityCache:
    """Entities per text hash, with lookups by entity for the library filter.

    Thread-safe: a worker fills it while the UI reads it.
    """

    def __init__(self, path: Path, version: str, corrections: Sequence[EntityCorrection]) -> None:
        self.path = path
        self.version = version
        self.corrections = list(corrections)
        self.corrections_key = corrections_hash(self.corrections)
        self._entries: dict[str, list[Entry]] = {}
        self._by_key: dict[str, set[str]] | None = None
        self._lock = threading.Lock()
        self._dirty = False

    @classmethod
    def load(cls, store: Store) -> EntityCache:
        """The cache of ``store``: empty when missing, unreadable or stale."""
        cache = cls(cache_dir(store.path) / CACHE_NAME, recogniser_version(), store.corrections())
        try:
            data = json.loads(cache.path.read_bytes())
        except (OSError, ValueError):
            return cache
        if (
            isinstance(data, dict)
            and data.get("format") == FORMAT
            and data.get("recogniser") == cache.version
            and data.get("corrections") == cache.corrections_key
            and isinstance(data.get("texts"), dict)
        ):
            for digest, rows in data["texts"].items():
                try:
                    cache._entries[digest] = _rows(rows)
                except (TypeError, ValueError, AttributeError):
                    continue
        return cache

    def __len__(self) -> int:
        return len(self._entries)

    def has(self, digest: str) -> bool:
        return digest in self._entries

    def entries(self, digest: str) -> list[Entry]:
        return self._entries.get(digest, [])

    def missing(self, articles: Iterable[Article]) -> list[Article]:
        """The articles whose text has not been recognised yet."""
        return [a for a in articles if a.text_hash not in self._entries]

    def put(self, digest: str, entries: list[Entry]) -> None:
        with self._lock:
            self._entries[digest] = entries
            self._by_key = None
            self._dirty = True

    def add_text(self, text: str, digest: str) -> None:
        """Recognise one text (slow: a worker's or the importer's job) and keep the result."""
        self.put(digest, article_entities(text, self.corrections))

    def fill(
        self,
        store: Store,
        articles: Iterable[Article] | None = None,
        progress: Callable[[int, int], None] | None = None,
        stop: Callable[[], bool] | None = None,
        save_every: int = 500,
    ) -> int:
        """Recognise the articles still missing; saves every ``save_every`` and at the end.

        Returns how many articles it went through before finishing or being stopped.
        """
        todo = self.missing(store.articles() if articles is None else articles)
        done = 0
        for article in todo:
            if stop is not None and stop():
                break
            done += 1
            try:
                text = store.article_text(article.id)
            except StoreError:
                continue
            self.add_text(text, article.text_hash)
            if progress is not None:
                progress(done, len(todo))
            if done % save_every == 0:
                self.save()
        self.save()
        return done

    def fill_in_process(
        self,
        store: Store,
        articles: Iterable[Article],
        progress: Callable[[int, int], None] | None = None,
        stop: Callable[[], bool] | None = None,
        chunk: int = 100,
        save_every: int = 1000,
    ) -> int:
        """Like :meth:`fill`, but recognition runs in a helper process (``python -m
        diplotui.library.entity_cache``, JSON lines over pipes): the caller, a UI thread
        worker, only reads texts and waits, leaving the GIL to the event loop."""
        todo = self.missing(articles)
        corrections = [c.to_dict() for c in self.corrections]
        done = 0
        helper = subprocess.Popen(
            [sys.executable, "-m", "diplotui.library.entity_cache"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        assert helper.stdin is not None and helper.stdout is not None
        try:
            for start in range(0, len(todo), chunk):
                if stop is not None and stop():
                    break
                items = []
                for article in todo[start : start + chunk]:
                    try:
                        items.append((article.text_hash, store.article_text(article.id)))
                    except StoreError:
                        continue
                request = {"items": items, "corrections": corrections}
                helper.stdin.write(json.dumps(request).encode() + b"\n")
                helper.stdin.flush()
                answer = helper.stdout.readline()
                if not answer:
                    break  # the helper died: what is done is kept, the rest waits for next time
                for digest, rows in json.loads(answer):
                    self.put(digest, _rows(rows))
                done = min(start + chunk, len(todo))
                if progress is not None:
                    progress(done, len(todo))
                if done % save_every < chunk:
                    self.save()
        finally:
            helper.stdin.close()
            helper.wait(timeout=10)
        self.save()
        return done

    def save(self) -> None:
        """Write the cache atomically if anything changed (a failure only costs a rebuild)."""
        with self._lock:
            if not self._dirty:
                return
            document: dict[str, Any] = {
                "format": FORMAT,
                "recogniser": self.version,
                "corrections": self.corrections_key,
                "texts": {
                    digest: [list(e) for e in rows] for digest, rows in self._entries.items()
                },
            }
            self._dirty = False
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(self.path, json.dumps(document, ensure_ascii=False).encode())
        except OSError:
            with self._lock:
                self._dirty = True

    def _keys(self) -> dict[str, set[str]]:
        with self._lock:
            if self._by_key is None:
                by_key: dict[str, set[str]] = {}
                for digest, rows in self._entries.items():
                    for key, _type, _spellings in rows:
                        by_key.setdefault(key, set()).add(digest)
                self._by_key = by_key
            return self._by_key

    def lookup(self, store: Store) -> CachedEntities:
        """An ``EntityLookup`` over the store's current articles."""
        return CachedEntities(self, {a.text_hash: a.id for a in store.articles()})

    def digests_for(self, name: str) -> set[str]:
        from diplotui.entities import canonical_key
        from diplotui.entities.linking import aliases_from_corrections

        key = canonical_key(name, "", aliases_from_corrections(self.corrections))
        return self._keys().get(key, set())

    def names(self, digests: Iterable[str]) -> list[tuple[str, str, str, int]]:
        """(key, display, type, article count) over ``digests``, most widely mentioned first."""
        from diplotui.entities import display_name

        articles: Counter[tuple[str, str]] = Counter()
        spellings: dict[tuple[str, str], Counter[str]] = {}
        for digest in digests:
            for key, entity_type, counts in self._entries.get(digest, []):
                articles[(key, entity_type)] += 1
                spellings.setdefault((key, entity_type), Counter()).update(counts)
        rows = [(key, display_name(spellings[(key, t)]), t, n) for (key, t), n in articles.items()]
        rows.sort(key=lambda row: (-row[3], row[0], row[2]))
        return rows


class CachedEntities:
    """The library filter's view of the cache: entity name -> article ids."""

    def __init__(self, cache: EntityCache, ids_by_digest: dict[str, str]) -> None:
        self.cache = cache
        self.ids_by_digest = ids_by_digest

    def articles_for(self, name: str) -> set[str]:
        digests = self.cache.digests_for(name)
        return {self.ids_by_digest[d] for d in digests if d in self.ids_by_digest}

    def entities(self) -> list[tuple[str, str, str, int]]:
        return self.cache.names(self.ids_by_digest)


def serve() -> None:
    """The helper process: one JSON request per line in, one JSON answer per line out."""
    for line in sys.stdin.buffer:
        request = json.loads(line)
        answer = recognise_texts([tuple(i) for i in request["items"]], request["corrections"])
        sys.stdout.write(json.dumps(answer, ensure_ascii=False) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    serve()
