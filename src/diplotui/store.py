"""The store: one TinyDB JSON file, written durably and atomically by a single writer.

TinyDB's own JSONStorage rewrites the file in place (a crash can leave it unparsable) and lets
two processes overwrite each other. Here every write goes to a temp file in the same folder,
is fsynced, ``os.replace``d over the store and the folder is fsynced; an exclusive ``flock`` on a
lock file beside the store keeps a second process from writing. Reads come from memory.

TinyDB's ``Table`` rebuilds a whole table dict on every update, which at 10,000 documents costs
more than the write itself, so the store keeps the TinyDB *file format* (``TinyDB(path)`` reads
it) but writes through ``DurableJSONStorage`` directly, re-encoding only the changed documents.

Article bodies live in a content-addressed folder beside the JSON file (``<name>.bodies/``) so the
JSON stays small. A file that cannot be read is reported and never written over.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import fcntl
import gc
import json
import os
import re
import stat
import threading
import time
import typing
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any

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

Tables = dict[str, dict[str, dict[str, Any]]]


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
        super().__init__(
            f"{path}: cannot read the store ({reason}); the file was left untouched "
            "(run 'diplotui doctor' for help)"
        )
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
    """A write was attempted on a store opened read-only (or already closed)."""


class ArticleUnreadable(StoreError):
    """An article's stored text is missing, altered or undecodable; the rest stays usable."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: article text unreadable ({reason})")
        self.path = path
        self.reason = reason


class StoreWriteFailed(StoreError):
    """A write failed (disk full, folder read-only or gone); nothing of it was saved."""

    def __init__(self, path: Path, error: OSError) -> None:
        reason = error.strerror or str(error)
        super().__init__(f"{path}: cannot write ({reason}); nothing was saved")
        self.path = path
        self.reason = reason


@contextlib.contextmanager
def _write_failures_reported(path: Path) -> Iterator[None]:
    try:
        yield
    except OSError as error:
        raise StoreWriteFailed(path, error) from error


class UnknownId(StoreError):
    """No record has that id or id prefix."""


class AmbiguousId(StoreError):
    """Several records share that id prefix."""


def text_hash(text: str) -> str:
    """The content address of an article text (sha256 of its UTF-8 bytes)."""
    import hashlib  # OpenSSL's binding: loaded on the first import, not at every start

    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


# -- durable files ------------------------------------------------------------------------


def fsync_dir(directory: Path) -> None:
    """Make a rename in ``directory`` survive a power cut."""
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _temp_prefix(path: Path) -> str:
    return f".{path.name}.tmp-"


def atomic_write_bytes(path: Path, data: bytes | list[bytes]) -> None:
    """Write ``data`` (or its chunks, in order) so that ``path`` holds its old or its new
    content, never a mix."""
    temp = path.with_name(f"{_temp_prefix(path)}{os.getpid()}-{os.urandom(4).hex()}")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.writelines([data] if isinstance(data, bytes) else data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise
    fsync_dir(path.parent)


def stray_temp_files(path: Path) -> list[Path]:
    """Temp files an interrupted writer left beside the store at ``path`` or among its bodies."""
    bodies = path.with_name(path.name + ".bodies")
    beside = path.parent.glob(f"{_temp_prefix(path)}*")
    return sorted([*beside, *bodies.glob("*/.*.txt.tmp-*")])


def remove_stray_temp_files(path: Path) -> list[Path]:
    """Delete temp files a crashed writer left (only while holding the lock; this process's
    own, of a write under way in another thread, are left alone)."""
    removed = []
    own = f".tmp-{os.getpid()}-"
    for stray in (s for s in stray_temp_files(path) if own not in s.name):
        with contextlib.suppress(FileNotFoundError):
            stray.unlink()
            removed.append(stray)
    return removed


# -- reading and checking a store file ----------------------------------------------------

_HEX_ID = re.compile(r"[0-9a-f]+")


def _value_check(annotation: Any) -> Callable[[Any], bool]:
    """A predicate for one dataclass field type; fails loudly on a type it does not know."""
    origin = typing.get_origin(annotation) or annotation
    if annotation is bool:
        return lambda value: isinstance(value, bool)
    if annotation is int:
        return lambda value: isinstance(value, int) and not isinstance(value, bool)
    if annotation is str:
        return lambda value: isinstance(value, str)
    if origin is list and typing.get_args(annotation) == (str,):
        return lambda value: isinstance(value, list) and all(isinstance(v, str) for v in value)
    if origin is dict:
        return lambda value: isinstance(value, dict)
    raise TypeError(f"no store check for field type {annotation!r}")


@dataclasses.dataclass(frozen=True)
class _RecordShape:
    """What a stored record of one model class must look like.

    Opening checks 20,000 records, so the common case is kept to set operations and exact
    ``type() is`` tests (JSON only ever yields exact built-in types).
    """

    cls: type
    required: frozenset[str]
    fields: frozenset[str]
    simple_types: dict[str, type]
    other_checks: dict[str, Callable[[Any], bool]]
    list_fields: tuple[str, ...]

    @classmethod
    def of(cls, record_cls: type) -> _RecordShape:
        hints = typing.get_type_hints(record_cls)
        fields = dataclasses.fields(record_cls)
        required = frozenset(
            f.name
            for f in fields
            if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        )
        simple = {f.name: hints[f.name] for f in fields if hints[f.name] in (str, int, bool)}
        others = {f.name: _value_check(hints[f.name]) for f in fields if f.name not in simple}
        lists = tuple(f.name for f in fields if typing.get_origin(hints[f.name]) is list)
        return cls(record_cls, required, frozenset(hints), simple, others, lists)

    def problem(self, doc: dict[str, Any]) -> str | None:
        """Why ``doc`` is not a valid record, or None."""
        if not self.required <= doc.keys():
            return f"missing {', '.join(sorted(self.required - doc.keys()))}"
        simple_types = self.simple_types
        for name, value in doc.items():
            expected = simple_types.get(name)
            if expected is not None:
                if type(value) is not expected:
                    return f"{name} has the wrong type"
            elif name in self.other_checks and not self.other_checks[name](value):
                return f"{name} has the wrong type"
        return None

    def build(self, doc: dict[str, Any]) -> Any:
        """The model object for a checked doc; lists are copied so the raw doc stays as read."""
        if doc.keys() <= self.fields:
            record = self.cls(**doc)
        else:
            record = self.cls(**{k: v for k, v in doc.items() if k in self.fields})
        for name in self.list_fields:
            setattr(record, name, list(getattr(record, name)))
        return record


_RECORD_TABLES = {
    ARTICLES: _RecordShape.of(Article),
    HIGHLIGHTS: _RecordShape.of(Highlight),
    CORRECTIONS: _RecordShape.of(EntityCorrection),
    QUOTES: _RecordShape.of(QuoteRecord),
}
_SAVED_FILTER = _RecordShape.of(SavedFilter)


def _schema_of(path: Path, data: Tables) -> int:
    meta = data.get(META, {}).get(str(_META_DOC_ID), {})
    schema = meta.get("schema", SCHEMA_VERSION)
    if not isinstance(schema, int) or isinstance(schema, bool) or schema < 1:
        raise StoreCorrupt(path, "the schema version is not a positive whole number")
    return schema


def _check_records(path: Path, data: Tables) -> None:
    for name, shape in _RECORD_TABLES.items():
        for key, doc in data.get(name, {}).items():
            problem = shape.problem(doc)
            record_id = doc.get("id")
            if problem is None and not _HEX_ID.fullmatch(record_id):
                problem = "its id is not lowercase hex"
            if problem is None and str(int(record_id, 16)) != key:
                problem = "its id does not match its document number"
            if problem is not None:
                raise StoreCorrupt(path, f"{name} document {key}: {problem}")
    filters = data.get(SETTINGS, {}).get(str(_SETTINGS_DOC_ID), {}).get("saved_filters", [])
    if not isinstance(filters, list) or not all(
        isinstance(f, dict) and _SAVED_FILTER.problem(f) is None for f in filters
    ):
        raise StoreCorrupt(path, "the saved filters are malformed")


def load_store_json(path: Path, raw: bytes | None = None, check_records: bool = True) -> Tables:
    """Parse and check a store file (or its ``raw`` bytes), naming the reason when it is bad.

    Only StoreCorrupt and StoreTooNew come out of here, whatever the bytes are, so a caller can
    tell the user exactly why the file was refused instead of crashing or writing over it.
    """
    if raw is None:
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
            path, f"invalid JSON at line {error.lineno} column {error.colno}, likely truncated"
        ) from error
    except (ValueError, RecursionError) as error:
        raise StoreCorrupt(path, f"unreadable JSON ({type(error).__name__})") from error
    if not isinstance(data, dict):
        raise StoreCorrupt(path, "not a TinyDB database (the top level is not an object)")
    for name, table in data.items():
        if not isinstance(table, dict) or not all(isinstance(d, dict) for d in table.values()):
            raise StoreCorrupt(path, f"not a TinyDB database (table {name!r} is malformed)")
        if not all(key.isdigit() and key.isascii() and str(int(key)) == key for key in table):
            raise StoreCorrupt(path, f"not a TinyDB database (table {name!r} has a bad key)")
    schema = _schema_of(path, data)
    if schema > SCHEMA_VERSION:
        raise StoreTooNew(path, schema)
    if check_records:
        _check_records(path, data)
    return data


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Loading creates ~10 objects per record and no cycles; collecting meanwhile only costs."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _stamp_path(path: Path) -> Path:
    return path.with_name(path.name + ".checked")


def _file_stamp(info: os.stat_result) -> str:
    return f"{info.st_size} {info.st_mtime_ns} {info.st_ino}"


def file_stamp(path: Path) -> str | None:
    """The file's size, modification time and inode (None if absent): every write changes it."""
    try:
        return _file_stamp(path.stat())
    except OSError:
        return None


def write_trust_stamp(path: Path) -> None:
    """Note that the store file as it is now was written (hence checked) by diplotui.

    Checking every record's shape costs more than parsing at 20,000 records; a file whose
    size, modification time and inode still match this note is the one we wrote, so opening
    it again can skip that check. The note is a hint only: if it is stale, torn or missing,
    the full check runs, so it needs no fsync.
    """
    with contextlib.suppress(OSError):
        _stamp_path(path).write_text(_file_stamp(path.stat()))


def _read_if_present(path: Path) -> tuple[bytes | None, bool]:
    """The file's bytes (None when there is no file yet) and whether its trust stamp matches.

    Unreadable files are StoreCorrupt.
    """
    try:
        with open(path, "rb") as handle:
            stamp = _file_stamp(os.fstat(handle.fileno()))
            raw = handle.read()
    except FileNotFoundError:
        return None, False
    except OSError as error:
        raise StoreCorrupt(path, error.strerror or str(error)) from error
    try:
        trusted = _stamp_path(path).read_text() == stamp
    except OSError:
        trusted = False
    return raw, trusted


# -- writing ----------------------------------------------------------------------------


def _encode(value: Any) -> str:
    """ASCII-only JSON: a lone surrogate in some text can then never make a write fail."""
    return json.dumps(value, separators=(",", ":"))


class DurableJSONStorage:
    """The store's tables in memory, written to one TinyDB-format file atomically and durably.

    Encoding 20,000 documents on every write is what makes TinyDB slow at scale, so each
    document's JSON is cached and only changed documents are re-encoded. The caches are built
    lazily, per table, on the first write that needs them, so opening stays cheap.

    Every change happens in a transaction: the outermost one writes the file once when it ends,
    or, when its block raises or the write fails, puts the changed documents back as they were
    and reports their keys to ``on_rollback`` so the caller can realign its own caches.
    """

    def __init__(
        self,
        path: Path,
        tables: Tables,
        on_rollback: Callable[[set[tuple[str, str]]], None] = lambda keys: None,
    ) -> None:
        self.path = path
        self._tables = tables
        self._on_rollback = on_rollback
        self._entries: dict[str, dict[str, str]] = {}
        self._table_bytes: dict[str, bytes] = {}
        self._dirty: set[tuple[str, str]] = set()
        self._undo: dict[tuple[str, str], dict[str, Any] | None] = {}
        self._depth = 0
        # Held by every change and by warm_up(), which may run in a background thread.
        self._mutex = threading.RLock()

    def read(self) -> Tables:
        """The tables as a TinyDB storage would return them (do not mutate)."""
        return self._tables

    def get(self, table: str, doc_id: int | str) -> dict[str, Any] | None:
        return self._tables.get(table, {}).get(str(doc_id))

    def put(self, table: str, doc_id: int, doc: dict[str, Any]) -> None:
        """Insert or replace one document."""
        with self.transaction():
            self._remember(table, str(doc_id))
            self._tables.setdefault(table, {})[str(doc_id)] = doc

    def delete(self, table: str, doc_ids: list[int]) -> None:
        """Remove documents; absent ones are ignored, and nothing is written if none was there."""
        present = [str(d) for d in doc_ids if str(d) in self._tables.get(table, {})]
        if not present:
            return
        with self.transaction():
            for doc_id in present:
                self._remember(table, doc_id)
                del self._tables[table][doc_id]

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Make every change inside the block one durable write (all or nothing on disk)."""
        with self._mutex:
            self._depth += 1
            try:
                yield
                if self._depth == 1 and self._undo:
                    self._flush()
            except BaseException:
                if self._depth == 1:
                    self._roll_back()
                raise
            finally:
                self._depth -= 1
                if not self._depth:
                    self._undo.clear()

    def warm_up(self) -> None:
        """Encode every document now, so the session's first write is as fast as the rest."""
        for table in list(self._tables):
            with self._mutex:
                if table in self._tables:
                    self._table_entries(table)

    def _remember(self, table: str, doc_id: str) -> None:
        key = (table, doc_id)
        if key not in self._undo:
            self._undo[key] = self._tables.get(table, {}).get(doc_id)
        self._dirty.add(key)
        self._table_bytes.pop(table, None)

    def _roll_back(self) -> None:
        for (table, doc_id), old in self._undo.items():
            if old is None:
                self._tables.get(table, {}).pop(doc_id, None)
            else:
                self._tables.setdefault(table, {})[doc_id] = old
            self._dirty.add((table, doc_id))
            self._table_bytes.pop(table, None)
        self._on_rollback(set(self._undo))

    def _table_entries(self, table: str) -> dict[str, str]:
        entries = self._entries.get(table)
        if entries is None:
            with _gc_paused():
                entries = {
                    doc_id: f'"{doc_id}":{_encode(doc)}'
                    for doc_id, doc in self._tables[table].items()
                }
            self._entries[table] = entries
        return entries

    def _flush(self) -> None:
        for table, doc_id in self._dirty:
            entries = self._table_entries(table) if table in self._tables else {}
            doc = self._tables.get(table, {}).get(doc_id)
            if doc is None:
                entries.pop(doc_id, None)
            else:
                entries[doc_id] = f'"{doc_id}":{_encode(doc)}'
        self._dirty.clear()
        chunks = []
        for table, docs in self._tables.items():
            fragment = self._table_bytes.get(table)
            if fragment is None:
                if table in self._entries:
                    body = ",".join(self._entries[table].values())
                    text = f"{_encode(table)}:{{{body}}}"
                else:
                    text = f"{_encode(table)}:{_encode(docs)}"
                fragment = self._table_bytes[table] = text.encode("ascii")
            chunks.extend((b"," if chunks else b"{", fragment))
        chunks.append(b"}" if chunks else b"{}")
        with _write_failures_reported(self.path):
            atomic_write_bytes(self.path, chunks)
        write_trust_stamp(self.path)


# -- the single-writer lock ----------------------------------------------------------------


class WriteLock:
    """An exclusive ``flock`` on ``<store>.lock``; the kernel releases it even on kill -9.

    The file also holds the holder's pid, for messages only: after a crash it names a dead
    process, which is harmless because the lock itself is free.
    """

    def __init__(self, store_path: Path) -> None:
        self.store_path = store_path
        self.path = store_path.with_name(store_path.name + ".lock")
        self._fd: int | None = None

    def holder_pid(self) -> int | None:
        try:
            return int(self.path.read_text().strip() or 0) or None
        except (OSError, ValueError):
            return None

    def acquire(self, wait_seconds: float = 0.0) -> None:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except IsADirectoryError:
            raise StoreError(f"{self.path}: the lock is a directory; remove it") from None
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            raise StoreError(f"{self.path}: the lock is not a regular file; remove it")
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
                    raise StoreLocked(self.store_path, self.holder_pid()) from None
                time.sleep(0.05)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

    def probe(self) -> int | None:
        """Without writing anything: the pid holding the lock (0 if unknown), or None if free."""
        try:
            fd = os.open(self.path, os.O_RDONLY)
        except FileNotFoundError:
            return None
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except OSError:
            return self.holder_pid() or 0
        finally:
            os.close(fd)
        return None


def _tidy(path: Path, raw: bytes | None) -> None:
    """What opening for writing does besides reading: remove temp files of crashed writers,
    and keep a backup of the store as it was."""
    from diplotui.backup import keep_backup  # backup builds on this module's file helpers

    remove_stray_temp_files(path)
    if raw is not None:
        keep_backup(path, raw)


def _doc_id(record_id: str) -> int:
    """Records use hex ids; TinyDB wants integer document ids, so the hex is the integer."""
    return int(record_id, 16)


class Store:
    """The library on disk: articles, highlights, corrections, quote history and settings.

    Records returned by the accessors are the cached objects: treat them as read-only and
    save changes through the ``save_*`` methods, which are on disk before they return.
    """

    def __init__(self, path: Path, data: Tables, lock: WriteLock | None):
        self.path = path
        self.read_only = lock is None
        self._lock = lock
        self.bodies_dir = path.with_name(path.name + ".bodies")
        self._storage = DurableJSONStorage(path, data, self._realign)
        self._articles: dict[str, Article] = self._build(ARTICLES)
        self._highlight_objects: dict[str, Highlight] | None = None
        self._highlights_built = threading.Lock()
        self._backup_thread: threading.Thread | None = None
        self._corrections: dict[str, EntityCorrection] = self._build(CORRECTIONS)
        self._quotes: dict[str, QuoteRecord] = self._build(QUOTES)
        self._settings: dict[str, Any] = dict(self._storage.get(SETTINGS, _SETTINGS_DOC_ID) or {})
        self._by_hash = {a.text_hash: a.id for a in self._articles.values()}
        self._text_cache = lru_cache(maxsize=64)(self._read_body)

    def _highlight_map(self) -> dict[str, Highlight]:
        """Highlight objects, built on first use: the library list needs only their counts."""
        with self._highlights_built:
            if self._highlight_objects is None:
                with _gc_paused():
                    self._highlight_objects = self._build(HIGHLIGHTS)
            return self._highlight_objects

    @property
    def _highlights(self) -> dict[str, Highlight]:
        return self._highlight_map()

    def warm_up(self) -> None:
        """Do now, e.g. in a thread after the first paint, the work that opening deferred."""
        self._storage.warm_up()
        self._highlight_map()

    def _build(self, table: str) -> dict[str, Any]:
        build = _RECORD_TABLES[table].build
        return {doc["id"]: build(doc) for doc in self._storage.read().get(table, {}).values()}

    def _realign(self, keys: set[tuple[str, str]]) -> None:
        """After a failed write, make the cached objects match what is on disk again."""
        caches: dict[str, dict[str, Any]] = {
            ARTICLES: self._articles,
            HIGHLIGHTS: self._highlights,
            CORRECTIONS: self._corrections,
            QUOTES: self._quotes,
        }
        for table, doc_id in keys:
            doc = self._storage.get(table, doc_id)
            if table == SETTINGS:
                self._settings = dict(doc or {})
            elif table in caches:
                cache = caches[table]
                for record_id in [r for r in cache if str(_doc_id(r)) == doc_id]:
                    del cache[record_id]
                if doc is not None:
                    cache[doc["id"]] = _RECORD_TABLES[table].build(doc)
        self._by_hash = {a.text_hash: a.id for a in self._articles.values()}

    # -- opening and closing -------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str],
        *,
        read_only: bool = False,
        wait_seconds: float = 0.0,
        backup_in_background: bool = False,
    ) -> Store:
        """Open (or create) the store at ``path``.

        Raises StoreLocked when another process writes to it (unless ``read_only``),
        StoreCorrupt when the file cannot be read, StoreTooNew for a newer schema; in each
        case the file is left exactly as it was. Opening read-only never writes anything.
        Opening for writing removes temp files of a crashed writer and keeps a backup of the
        file as it was (see ``diplotui.backup``).
        """
        path = Path(path).expanduser().absolute()
        lock = None
        if not read_only:
            path.parent.mkdir(parents=True, exist_ok=True)
            lock = WriteLock(path)
            lock.acquire(wait_seconds)
        try:
            raw, trusted = _read_if_present(path)
            with _gc_paused():
                data = load_store_json(path, raw, not trusted) if raw is not None else {}
                store = cls(path, data, lock)
            if lock is not None and backup_in_background:
                # listing the bodies' folders and copying megabytes need not delay the first
                # paint; close() waits for it
                store._backup_thread = threading.Thread(
                    target=_tidy, args=(path, raw), name="diplotui-backup"
                )
                store._backup_thread.start()
            elif lock is not None:
                _tidy(path, raw)
            if lock is not None and store._storage.get(META, _META_DOC_ID) is None:
                store._put(META, _META_DOC_ID, {"schema": SCHEMA_VERSION, "app": "diplotui"})
            return store
        except BaseException:
            if lock is not None:
                lock.release()
            raise

    def close(self) -> None:
        """Release the write lock; later writes through this object are refused."""
        self.read_only = True
        if self._backup_thread is not None:
            self._backup_thread.join()
            self._backup_thread = None
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
            raise StoreReadOnly(f"{self.path}: opened read-only or closed; nothing was written")

    def _put(self, table_name: str, doc_id: int, doc: dict[str, Any]) -> None:
        self._require_writable()
        self._storage.put(table_name, doc_id, doc)

    def _delete(self, table_name: str, doc_ids: list[int]) -> None:
        self._require_writable()
        self._storage.delete(table_name, doc_ids)

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Group several changes into a single durable write (all or nothing on disk)."""
        self._require_writable()
        with self._storage.transaction():
            yield

    # -- bodies -------------------------------------------------------------------------

    def _body_path(self, digest: str) -> Path:
        return self.bodies_dir / digest[:2] / f"{digest}.txt"

    def _write_body(self, text: str) -> str:
        digest = text_hash(text)
        body_path = self._body_path(digest)
        if not body_path.exists():
            with _write_failures_reported(body_path):
                body_path.parent.mkdir(parents=True, exist_ok=True)
                atomic_write_bytes(body_path, text.encode("utf-8", "surrogatepass"))
        return digest

    def _read_body(self, digest: str) -> str:
        """The text stored under ``digest``; ArticleUnreadable if missing, altered or not UTF-8."""
        import hashlib

        path = self._body_path(digest)
        try:
            raw = path.read_bytes()
        except OSError as error:
            raise ArticleUnreadable(path, error.strerror or str(error)) from error
        if hashlib.sha256(raw).hexdigest() != digest:
            raise ArticleUnreadable(path, "its bytes do not match their hash: altered")
        try:
            return raw.decode("utf-8", "surrogatepass")
        except UnicodeDecodeError as error:
            raise ArticleUnreadable(path, f"not UTF-8 at byte {error.start}") from error

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

    def highlight_counts(self) -> dict[str, int]:
        """How many highlights each annotated article has (cheap even before highlights load)."""
        counts: dict[str, int] = {}
        for doc in self._storage.read().get(HIGHLIGHTS, {}).values():
            counts[doc["article_id"]] = counts.get(doc["article_id"], 0) + 1
        return counts

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
