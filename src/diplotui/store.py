"""The store: one TinyDB JSON file, written durably and atomically by a single writer.

TinyDB's own JSONStorage rewrites the file in place (a crash can leave it unparsable) and lets
two processes overwrite each other. Here every write goes to a temp file in the same folder,
is fsynced, ``os.replace``d over the store and the folder is fsynced; an exclusive ``flock`` on a
lock file beside the store keeps a second process from writing. Reads come from memory.

Article bodies live in a content-addressed folder beside the JSON file (``<name>.bodies/``) so the
JSON stays small; the JSON file itself remains a plain TinyDB database.

This is the only module that imports tinydb.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import json
import os
import secrets
import time
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Document

from diplotui.model import (
    Article,
    EntityCorrection,
    Highlight,
    QuoteRecord,
    SavedFilter,
    now_iso,
)

SCHEMA_VERSION = 1
QUOTE_HISTORY_LIMIT = 100

ARTICLES = "articles"
HIGHLIGHTS = "highlights"
CORRECTIONS = "corrections"
QUOTES = "quotes"
SETTINGS = "settings"
META = "meta"

_SETTINGS_DOC_ID = 1
_META_DOC_ID = 1


class StoreError(Exception):
    """Base of every store failure; the message is one line fit for a user."""


class StoreLocked(StoreError):
    """Another process holds the store's write lock."""

    def __init__(self, path: Path, pid: int | None) -> None:
        holder = f"process {pid}" if pid else "another process"
        super().__init__(f"{path}: already open in {holder}; close it first (nothing was written)")
        self.path = path
        self.pid = pid


class StoreCorrupt(StoreError):
    """The store file cannot be read; it is left untouched."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: cannot read the store ({reason}); the file was left untouched")
        self.path = path
        self.reason = reason


class StoreTooNew(StoreError):
    """The store was written by a newer diplotui."""

    def __init__(self, path: Path, found: int) -> None:
        super().__init__(
            f"{path}: written by a newer diplotui (schema {found}, this one knows up to "
            f"{SCHEMA_VERSION}); upgrade diplotui to open it"
        )
        self.path = path
        self.found = found


class StoreReadOnly(StoreError):
    """A write was attempted on a store opened read-only."""


class UnknownId(StoreError):
    """No record has that id or id prefix."""


class AmbiguousId(StoreError):
    """Several records share that id prefix."""


def text_hash(text: str) -> str:
    """The content address of an article text (sha256 of its UTF-8 bytes)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _temp_prefix(path: Path) -> str:
    return f".{path.name}.tmp-"


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` so that ``path`` holds either its old or its new content, never a mix."""
    temp = path.with_name(f"{_temp_prefix(path)}{os.getpid()}-{secrets.token_hex(4)}")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise
    _fsync_dir(path.parent)


def remove_stray_temp_files(path: Path) -> list[Path]:
    """Delete temp files a crashed writer left beside ``path`` (only while holding the lock)."""
    removed = []
    for stray in path.parent.glob(f"{_temp_prefix(path)}*"):
        with contextlib.suppress(FileNotFoundError):
            stray.unlink()
            removed.append(stray)
    return removed


def load_store_json(path: Path) -> dict[str, dict[str, Any]]:
    """Parse and shape-check a store file, raising StoreCorrupt with the reason."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise StoreCorrupt(path, error.strerror or str(error)) from error
    if not raw.strip(b" \t\r\n"):
        raise StoreCorrupt(path, "the file is empty")
    if b"\x00" in raw:
        raise StoreCorrupt(path, "the file contains NUL bytes")
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise StoreCorrupt(path, f"not UTF-8 at byte {error.start}") from error
    except json.JSONDecodeError as error:
        raise StoreCorrupt(
            path, f"invalid JSON at line {error.lineno} column {error.colno}"
        ) from error
    if not isinstance(data, dict):
        raise StoreCorrupt(path, "not a TinyDB database (top level is not an object)")
    for name, table in data.items():
        if not isinstance(table, dict) or not all(isinstance(d, dict) for d in table.values()):
            raise StoreCorrupt(path, f"not a TinyDB database (table {name!r} is malformed)")
    return data


class DurableJSONStorage(Storage):
    """A TinyDB storage that keeps the data in memory and writes it atomically and durably.

    Serialising 10,000 documents on every write is what makes TinyDB slow at scale, so each
    document's JSON is cached and only the documents the store marks dirty are re-encoded.
    """

    def __init__(self, path: str | os.PathLike[str], initial: dict[str, dict[str, Any]]) -> None:
        self._path = Path(path)
        self._data = initial
        self._encoded: dict[str, dict[str, str]] = {
            name: {doc_id: self._encode(doc) for doc_id, doc in table.items()}
            for name, table in initial.items()
        }
        self._dirty: set[tuple[str, str]] = set()
        self._deferred = 0
        self._pending = False

    @staticmethod
    def _encode(doc: Any) -> str:
        return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))

    def mark_dirty(self, table: str, doc_id: int) -> None:
        """Tell the storage which document the next write changes."""
        self._dirty.add((table, str(doc_id)))

    def read(self) -> dict[str, dict[str, Any]]:
        return self._data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        self._data = data
        if self._deferred:
            self._pending = True
            return
        self._flush()

    @contextlib.contextmanager
    def deferred(self) -> Iterator[None]:
        """Coalesce every write inside the block into one durable write at its end."""
        self._deferred += 1
        try:
            yield
        finally:
            self._deferred -= 1
            if not self._deferred and self._pending:
                self._flush()

    def _flush(self) -> None:
        for table_name, doc_id in self._dirty:
            table = self._data.get(table_name, {})
            cache = self._encoded.setdefault(table_name, {})
            if doc_id in table:
                cache[doc_id] = self._encode(table[doc_id])
            else:
                cache.pop(doc_id, None)
        self._dirty.clear()
        self._pending = False
        parts = []
        for table_name, table in self._data.items():
            cache = self._encoded.setdefault(table_name, {})
            docs = ",".join(f'"{doc_id}":{cache[doc_id]}' for doc_id in table)
            parts.append(f"{json.dumps(table_name)}:{{{docs}}}")
        atomic_write_bytes(self._path, ("{" + ",".join(parts) + "}").encode("utf-8"))

    def close(self) -> None:
        """Nothing to release: every write was already on disk when it returned."""


class _WriteLock:
    """An exclusive ``flock`` on ``<store>.lock``; the kernel releases it even on kill -9."""

    def __init__(self, store_path: Path) -> None:
        self.path = store_path.with_name(store_path.name + ".lock")
        self._fd: int | None = None

    def holder_pid(self) -> int | None:
        try:
            return int(self.path.read_text().strip() or 0) or None
        except (OSError, ValueError):
            return None

    def acquire(self, wait_seconds: float = 0.0) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        deadline = time.monotonic() + wait_seconds
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as error:
                if error.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                    os.close(fd)
                    raise
                if time.monotonic() >= deadline:
                    os.close(fd)
                    raise StoreLocked(self.path.with_suffix(""), self.holder_pid()) from None
                time.sleep(0.05)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None


def _doc_id(record_id: str) -> int:
    """Records use hex ids; TinyDB wants integer document ids, so the hex is the integer."""
    return int(record_id, 16)


class Store:
    """The library on disk: articles, highlights, corrections, quote history and settings.

    Records returned by the accessors are the cached objects: treat them as read-only and
    save changes through the ``save_*`` methods, which are on disk before they return.
    """

    def __init__(self, path: Path, data: dict[str, dict[str, Any]], lock: _WriteLock | None):
        self.path = path
        self.read_only = lock is None
        self._lock = lock
        self.bodies_dir = path.with_name(path.name + ".bodies")
        self._storage: DurableJSONStorage | None = None

        def storage_factory(_path: str) -> DurableJSONStorage:
            self._storage = DurableJSONStorage(_path, data)
            return self._storage

        self._db = TinyDB(str(path), storage=storage_factory)
        self._articles = {a["id"]: Article.from_dict(a) for a in data.get(ARTICLES, {}).values()}
        self._highlights = {
            h["id"]: Highlight.from_dict(h) for h in data.get(HIGHLIGHTS, {}).values()
        }
        self._corrections = {
            c["id"]: EntityCorrection.from_dict(c) for c in data.get(CORRECTIONS, {}).values()
        }
        self._quotes = {q["id"]: QuoteRecord.from_dict(q) for q in data.get(QUOTES, {}).values()}
        self._settings: dict[str, Any] = dict(data.get(SETTINGS, {}).get(str(_SETTINGS_DOC_ID), {}))
        self._by_hash = {a.text_hash: a.id for a in self._articles.values()}
        self._text_cache = lru_cache(maxsize=64)(self._read_body)

    # -- opening and closing -------------------------------------------------------------

    @classmethod
    def open(
        cls, path: str | os.PathLike[str], *, read_only: bool = False, wait_seconds: float = 0.0
    ) -> Store:
        """Open (or create) the store at ``path``.

        Raises StoreLocked when another process writes to it (unless ``read_only``),
        StoreCorrupt when the file does not parse, StoreTooNew for a newer schema.
        """
        path = Path(path).expanduser().absolute()
        lock = None
        if not read_only:
            path.parent.mkdir(parents=True, exist_ok=True)
            lock = _WriteLock(path)
            lock.acquire(wait_seconds)
        try:
            data = load_store_json(path) if path.exists() else {}
            meta = data.get(META, {}).get(str(_META_DOC_ID), {})
            schema = meta.get("schema", SCHEMA_VERSION)
            if not isinstance(schema, int):
                raise StoreCorrupt(path, "schema version is not a number")
            if schema > SCHEMA_VERSION:
                raise StoreTooNew(path, schema)
            if lock is not None:
                remove_stray_temp_files(path)
            store = cls(path, data, lock)
            if lock is not None and not meta:
                store._put(META, _META_DOC_ID, {"schema": SCHEMA_VERSION, "app": "diplotui"})
            return store
        except BaseException:
            if lock is not None:
                lock.release()
            raise

    def close(self) -> None:
        self._db.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def is_new(self) -> bool:
        """True when the store holds no article yet (first run)."""
        return not self._articles

    # -- low level ------------------------------------------------------------------------

    def _require_writable(self) -> None:
        if self.read_only:
            raise StoreReadOnly(f"{self.path}: opened read-only; nothing was written")

    def _put(self, table_name: str, doc_id: int, doc: dict[str, Any]) -> None:
        self._require_writable()
        assert self._storage is not None
        self._storage.mark_dirty(table_name, doc_id)
        table = self._db.table(table_name)
        if table.contains(doc_id=doc_id):
            existing = self._storage.read()[table_name][str(doc_id)]
            existing.clear()
            table.update(doc, doc_ids=[doc_id])
        else:
            table.insert(Document(doc, doc_id=doc_id))

    def _delete(self, table_name: str, doc_ids: list[int]) -> None:
        self._require_writable()
        assert self._storage is not None
        table = self._db.table(table_name)
        present = [doc_id for doc_id in doc_ids if table.contains(doc_id=doc_id)]
        if not present:
            return
        for doc_id in present:
            self._storage.mark_dirty(table_name, doc_id)
        table.remove(doc_ids=present)

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Group several changes into a single durable write (all or nothing on disk)."""
        self._require_writable()
        assert self._storage is not None
        with self._storage.deferred():
            yield

    # -- bodies -------------------------------------------------------------------------

    def _body_path(self, digest: str) -> Path:
        return self.bodies_dir / digest[:2] / f"{digest}.txt"

    def _write_body(self, text: str) -> str:
        digest = text_hash(text)
        body_path = self._body_path(digest)
        if not body_path.exists():
            body_path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(body_path, text.encode("utf-8", "surrogatepass"))
        return digest

    def _read_body(self, digest: str) -> str:
        try:
            return self._body_path(digest).read_bytes().decode("utf-8", "surrogatepass")
        except OSError as error:
            raise StoreError(
                f"{self._body_path(digest)}: article text missing ({error.strerror})"
            ) from error

    # -- articles -------------------------------------------------------------------------

    def articles(self) -> list[Article]:
        return list(self._articles.values())

    def article(self, article_id: str) -> Article:
        try:
            return self._articles[article_id]
        except KeyError:
            raise UnknownId(f"no article with id {article_id!r}") from None

    def article_text(self, article_id: str) -> str:
        return self._text_cache(self.article(article_id).text_hash)

    def resolve_article_id(self, prefix: str) -> str:
        """Accept a unique id prefix, like git does."""
        return _resolve(prefix, self._articles, "article")

    def article_by_hash(self, digest: str) -> Article | None:
        article_id = self._by_hash.get(digest)
        return self._articles.get(article_id) if article_id else None

    def article_by_origin(self, origin_path: str) -> Article | None:
        for article in self._articles.values():
            if article.origin_path == origin_path:
                return article
        return None

    def new_article_id(self, digest: str) -> str:
        """Stable ids: the shortest unused prefix (from 12 hex digits) of the text's hash."""
        for length in range(12, len(digest) + 1):
            candidate = digest[:length]
            if candidate not in self._articles:
                return candidate
        raise StoreError("article id space exhausted")  # pragma: no cover - needs a sha collision

    def add_article(self, article: Article, text: str) -> Article:
        """Store a new article and its text; the text is on disk before the record refers to it."""
        self._require_writable()
        article.text_hash = self._write_body(text)
        self._put(ARTICLES, _doc_id(article.id), article.to_dict())
        self._articles[article.id] = article
        self._by_hash[article.text_hash] = article.id
        return article

    def save_article(self, article: Article) -> None:
        """Persist changed metadata, tags or note of an existing article."""
        article.updated_at = now_iso()
        self._put(ARTICLES, _doc_id(article.id), article.to_dict())
        self._articles[article.id] = article

    def replace_article_text(
        self, article: Article, text: str, highlights: list[Highlight]
    ) -> None:
        """Swap in a changed text together with its re-anchored highlights, in one write."""
        self._require_writable()
        old_hash = article.text_hash
        new_hash = self._write_body(text)
        with self.batch():
            article.text_hash = new_hash
            self.save_article(article)
            for highlight in highlights:
                self.save_highlight(highlight)
        self._by_hash.pop(old_hash, None)
        self._by_hash[new_hash] = article.id

    def remove_article(self, article_id: str) -> None:
        article = self.article(article_id)
        doomed = [h.id for h in self.highlights(article_id)]
        with self.batch():
            self._delete(HIGHLIGHTS, [_doc_id(h) for h in doomed])
            self._delete(ARTICLES, [_doc_id(article_id)])
        for highlight_id in doomed:
            del self._highlights[highlight_id]
        del self._articles[article_id]
        self._by_hash.pop(article.text_hash, None)

    def tag_counts(self) -> dict[str, int]:
        """Every tag in use (on articles and highlights) with how often it is used."""
        counts: dict[str, int] = {}
        for record in (*self._articles.values(), *self._highlights.values()):
            for tag in record.tags:
                counts[tag] = counts.get(tag, 0) + 1
        return counts

    # -- highlights -----------------------------------------------------------------------

    def highlights(self, article_id: str | None = None) -> list[Highlight]:
        """Highlights in reading order (all of them, or one article's)."""
        found = [
            h for h in self._highlights.values() if article_id is None or h.article_id == article_id
        ]
        return sorted(found, key=lambda h: (h.article_id, h.start, h.end))

    def highlight(self, highlight_id: str) -> Highlight:
        try:
            return self._highlights[highlight_id]
        except KeyError:
            raise UnknownId(f"no highlight with id {highlight_id!r}") from None

    def resolve_highlight_id(self, prefix: str) -> str:
        return _resolve(prefix, self._highlights, "highlight")

    def save_highlight(self, highlight: Highlight) -> None:
        highlight.updated_at = now_iso()
        article = self.article(highlight.article_id)
        with self.batch():
            self._put(HIGHLIGHTS, _doc_id(highlight.id), highlight.to_dict())
            article.last_annotated_at = highlight.updated_at
            self._put(ARTICLES, _doc_id(article.id), article.to_dict())
        self._highlights[highlight.id] = highlight

    def remove_highlight(self, highlight_id: str) -> Highlight:
        highlight = self.highlight(highlight_id)
        self._delete(HIGHLIGHTS, [_doc_id(highlight_id)])
        del self._highlights[highlight_id]
        return highlight

    # -- entity corrections ---------------------------------------------------------------

    def corrections(self) -> list[EntityCorrection]:
        return sorted(self._corrections.values(), key=lambda c: c.created_at)

    def save_correction(self, correction: EntityCorrection) -> None:
        self._put(CORRECTIONS, _doc_id(correction.id), correction.to_dict())
        self._corrections[correction.id] = correction

    def remove_correction(self, correction_id: str) -> None:
        self._delete(CORRECTIONS, [_doc_id(correction_id)])
        self._corrections.pop(correction_id, None)

    # -- quote history --------------------------------------------------------------------

    def quotes(self) -> list[QuoteRecord]:
        """The quote history, newest first."""
        return sorted(self._quotes.values(), key=lambda q: q.created_at, reverse=True)

    def add_quote(self, quote: QuoteRecord) -> None:
        """Record a copied quote, keeping only the most recent ``QUOTE_HISTORY_LIMIT``."""
        overflow = self.quotes()[QUOTE_HISTORY_LIMIT - 1 :]
        with self.batch():
            self._delete(QUOTES, [_doc_id(q.id) for q in overflow])
            self._put(QUOTES, _doc_id(quote.id), quote.to_dict())
        for old in overflow:
            del self._quotes[old.id]
        self._quotes[quote.id] = quote

    # -- settings and saved filters -------------------------------------------------------

    def setting(self, key: str, default: Any = None) -> Any:
        return self._settings.get(key, default)

    def set_setting(self, key: str, value: Any) -> None:
        if self._settings.get(key) == value and key in self._settings:
            return
        updated = {**self._settings, key: value}
        self._put(SETTINGS, _SETTINGS_DOC_ID, updated)
        self._settings = updated

    def saved_filters(self) -> list[SavedFilter]:
        return [SavedFilter.from_dict(f) for f in self._settings.get("saved_filters", [])]

    def save_filter(self, saved: SavedFilter) -> None:
        others = [f for f in self.saved_filters() if f.name != saved.name]
        self.set_setting("saved_filters", [f.to_dict() for f in [*others, saved]])

    def remove_filter(self, name: str) -> None:
        kept = [f for f in self.saved_filters() if f.name != name]
        self.set_setting("saved_filters", [f.to_dict() for f in kept])

    def with_updates(self, article: Article, **changes: Any) -> Article:
        """Save a copy of ``article`` with ``changes`` applied and return it."""
        updated = replace(article, **changes)
        self.save_article(updated)
        return updated


def _resolve(prefix: str, records: dict[str, Any], kind: str) -> str:
    prefix = prefix.strip().lower()
    if prefix in records:
        return prefix
    matches = [record_id for record_id in records if record_id.startswith(prefix)] if prefix else []
    if not matches:
        raise UnknownId(f"no {kind} with id {prefix!r}")
    if len(matches) > 1:
        shown = ", ".join(sorted(matches)[:5])
        raise AmbiguousId(f"{kind} id {prefix!r} is ambiguous: it matches {shown}")
    return matches[0]
