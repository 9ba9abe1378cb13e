"""The library on disk: articles, highlights, corrections, quote history and settings.

The records live in a ``StoreDB`` (TinyDB over the journaled storage, see
``diplotui.store.storage``); article texts live in a content-addressed folder beside the file
(``<name>.bodies/``) so the JSON stays small. A file that cannot be read is reported and never
written over; a store whose file is gone while its backups or texts remain is reported too,
never taken for a first run.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from pathlib import Path
from typing import Any

from diplotui.model import (
    AnchorStatus,
    Article,
    EntityCorrection,
    Feed,
    Highlight,
    QuoteRecord,
    RemovedArticle,
    SavedFilter,
    SpeakerCorrection,
    json_copy,
    new_id,
    now_iso,
)
from diplotui.store.backups import backup_files, backups_dir, keep_backup, linked_backups
from diplotui.store.body_log import DeferredBodies, body_log_path, read_log, recover
from diplotui.store.collection import gc_paused
from diplotui.store.errors import (
    SCHEMA_VERSION,
    AmbiguousId,
    ArticleUnreadable,
    StoreCorrupt,
    StoreError,
    StoreMissing,
    StoreNotAFile,
    StoreReadOnly,
    UnknownId,
    write_failures_reported,
)
from diplotui.store.files import (
    atomic_write_bytes,
    canonical_store_path,
    is_read_only_file,
    journal_path,
    make_dirs_durable,
    read_regular_file,
    refuse_irregular_store,
    refuse_linked_side_file,
    remove_stray_temp_files,
    special_file_kind,
    stamp_of,
    text_hash,
)
from diplotui.store.lock import WriteLock, lock_path
from diplotui.store.records import (
    ARTICLES,
    CORRECTIONS,
    FEEDS,
    HIGHLIGHTS,
    JOURNAL_LINE,
    JOURNAL_LINE_STAYS,
    META,
    QUARANTINE,
    QUOTES,
    RECORD_TABLES,
    SAVED_FILTERS_SLOT,
    SETTINGS,
    SINGLETON_KEY,
    SPEAKER_CORRECTIONS,
    Doc,
    LazyRecords,
    describe_record,
    is_valid_id,
    load_store_json,
    record_problem,
    saved_filter_problem,
)
from diplotui.store.storage import (
    AWAITS_SEEDS,
    PARTIAL_COPY,
    SEEDED,
    JournalStorage,
    StoreDB,
    StoreState,
    read_store,
    restamp_trust_note,
)
from diplotui.store.tables import AUTHOR, TAGS
from diplotui.tags import distinct_tags, tag_key

PUT_BACK = "put back"
SAME_IN_USE = "the same as the one in use"
QUOTE_HISTORY_LIMIT = 100
SET_ASIDE_NAMED = 5
"""Records quarantined by one open that its notices name one a line; more are counted."""

Changes = Mapping[tuple[str, str], "dict[str, Any] | None"]
"""What a committed write changed: (table, id) -> the document before it (None if new)."""
ChangeListener = Callable[[Changes], None]


def bodies_dir(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + ".bodies")


def article_runs(
    article_ids: Iterable[str], counts: Mapping[str, int], first: int, most: int
) -> Iterator[list[str]]:
    """``article_ids`` in runs of whole articles holding about as many highlights (``counts``)
    as a run is given: ``first``, each next run twice the last up to ``most``. A listing or an
    export of 250,000 highlights read a run at a time (:meth:`Store.highlights_in`) holds one
    run's, and its first lines come at once."""
    run: list[str] = []
    size, held = first, 0
    for article_id in article_ids:
        run.append(article_id)
        held += counts.get(article_id, 0)
        if held >= size:
            yield run
            run, size, held = [], min(size * 2, most), 0
    if run:
        yield run


def body_path(store_path: Path, digest: str) -> Path:
    """Where the text with sha256 ``digest`` is kept."""
    return bodies_dir(store_path) / digest[:2] / f"{digest}.txt"


def read_body(path: Path, digest: str) -> str:
    """The text stored under ``digest``; ArticleUnreadable if missing, altered or not UTF-8."""
    import hashlib

    try:
        raw = read_regular_file(path)  # a FIFO or /dev/zero in its place must not hang
    except OSError as error:
        raise ArticleUnreadable(path, error.strerror or str(error)) from error
    if hashlib.sha256(raw).hexdigest() != digest:
        raise ArticleUnreadable(path, "its bytes do not match their hash: altered")
    try:
        return raw.decode("utf-8", "surrogatepass")
    except UnicodeDecodeError as error:
        raise ArticleUnreadable(path, f"not UTF-8 at byte {error.start}") from error


def _with_unknown_fields_kept(table_name: str, stored: Doc | None, doc: Doc) -> Doc:
    """A record saved here keeps the fields this version has no name for (written into the same
    store by a newer diplotui, before a downgrade) instead of erasing them."""
    shape = RECORD_TABLES.get(table_name)
    if shape is None or stored is None or stored.keys() <= shape.fields:
        return doc
    unknown = {name: value for name, value in stored.items() if name not in shape.fields}
    return {**doc, **unknown}


def _write_body_file(path: Path, data: bytes) -> None:
    with write_failures_reported(path):
        make_dirs_durable(path.parent)  # a power cut must not lose the new folder
        atomic_write_bytes(path, data)


def _holds_text(path: Path, digest: str) -> bool:
    try:
        read_body(path, digest)
    except ArticleUnreadable:
        return False
    return True


def _as_json_object(record: object) -> object:
    """A set-aside record as it may go back: a document kept as its text (it was damaged in
    the file) once that text is a JSON object again."""
    if isinstance(record, str):
        with contextlib.suppress(ValueError):
            return json.loads(record)
    return record


def _filter_back(record: object, filters: list[Any]) -> str:
    """Whether a set-aside saved filter goes back to ``filters`` (appended to them), is the
    same as one there, or why not."""
    problem = saved_filter_problem(record)
    if problem is not None:
        return problem
    assert isinstance(record, dict)
    same_name = (f for f in filters if isinstance(f, dict) and f.get("name") == record["name"])
    named = next(same_name, None)
    if named is None:
        filters.append(record)
        return PUT_BACK
    if named == record:
        return SAME_IN_USE
    return (
        f'a saved filter has its name now; to keep both, give this one another "name" in the '
        f'"{QUARANTINE}" table'
    )


def orphaned_store_evidence(path: Path) -> str | None:
    """What remains of a store whose file is missing (backups, texts, journal), or None."""
    found = []
    for folder, what in ((backups_dir(path), "backups"), (bodies_dir(path), "article texts")):
        with contextlib.suppress(OSError):
            if folder.is_dir() and any(folder.iterdir()):
                found.append(what)
    with contextlib.suppress(OSError):
        if journal_path(path).stat().st_size:
            found.append("its journal")
    return ", ".join(found) or None


def _names_of_file(path: Path) -> int:
    """How many names (hard links) the file has; 1 when it cannot be told."""
    try:
        return os.stat(path).st_nlink
    except OSError:
        return 1


class Store:
    """The library on disk: articles, highlights, corrections, quote history and settings.

    Records returned by the accessors are the cached objects: treat them as read-only and
    save changes through the ``save_*`` methods, which are on disk before they return.
    """

    def __init__(self, state: StoreState, lock: WriteLock | None) -> None:
        self.path = state.path
        self.read_only = lock is None
        self._file_names = _names_of_file(self.path)
        """The store file's names as opened: a writer's first write may part a hard link."""
        self.stamp = state.stamp
        """The store's files' stamp before this object read them (``StoreState.stamp``)."""
        self._lock = lock
        self.bodies_dir = bodies_dir(self.path)
        self._listeners: list[ChangeListener] = []
        self._storage = JournalStorage(
            state,
            writable=lock is not None,
            on_rollback=self._realign,
            on_file_replaced=lock.hold_new_file if lock is not None else lambda: None,
        )
        self.notices = list(state.notices)  # after the storage: it may keep the journal aside
        """What opening found and the user should hear (e.g. a torn journal tail ignored)."""
        self.backup_refused = ""
        """Why no backup of the store as it was opened was kept (the disk refused it), said by
        a command once its write is done: a write the disk refuses too is said alone."""
        self.db = StoreDB(self._storage)
        self._articles: LazyRecords[Article] = LazyRecords(
            RECORD_TABLES[ARTICLES], lambda: self._storage.table(ARTICLES)
        )
        self._listed: list[Article] | None = None
        """Every article, listed once by a read-only store (see :meth:`articles`)."""
        self._highlights: LazyRecords[Highlight] = LazyRecords(
            RECORD_TABLES[HIGHLIGHTS], lambda: self._storage.table(HIGHLIGHTS)
        )
        self._backup_thread: threading.Thread | None = None
        self._corrections: dict[str, EntityCorrection] = self._build(CORRECTIONS)
        self._quotes: dict[str, QuoteRecord] = self._build(QUOTES)
        self._speakers: dict[str, SpeakerCorrection] = self._build(SPEAKER_CORRECTIONS)
        self._settings: dict[str, Any] = dict(self._storage.get(SETTINGS, SINGLETON_KEY) or {})
        self._text_cache = lru_cache(maxsize=64)(self._read_body)
        self._in_batch = False
        self._pending_bodies: dict[str, bytes] = {}  # this batch's new texts, by digest
        # the text files and text folders this batch made (not there before it)
        self._made_in_batch: tuple[set[str], set[str]] = (set(), set())
        self._texts_at_open: dict[str, str] = {}  # an updated article's text when opened
        self._backed_up_texts: set[str] | None = None
        self.texts_replaced = 0
        """How many times this store object swapped in an article's changed text (a
        refresh's or a sync's update): derived views built from texts compare it."""
        self._deferred = DeferredBodies(self.path)
        self._changed: dict[tuple[str, str], dict[str, Any] | None] = {}
        self._history = state.history if state.history_usable else None
        self._journal_start = state.journal_start
        self._opened_version = self._storage.version
        self.notices.extend(self._quarantine_notices(state.set_aside))
        meta = self._storage.get(META, SINGLETON_KEY) or {}
        self._copied_alone = state.journal_missing or bool(meta.get(PARTIAL_COPY))
        """A copy of a library's file made without its journal: never taken for a first run."""
        missing = self._missing_beside(state, journal_lost=not meta.get(AWAITS_SEEDS))
        if missing is not None:
            self.notices.append(missing)
        linked = None if lock is None else linked_backups(self.path)
        if linked is not None:  # a writer would have kept a backup
            self.notices.append(linked)

    def _quarantine_notices(self, set_aside: list[str]) -> list[str]:
        """One line per record this open set aside (the first few), else a reminder of
        those set aside before: the user hears of them until they are dealt with."""
        lines = [
            f"{self.path}: set aside {what} (kept, never dropped: 'diplotui doctor' lists it)"
            for what in set_aside[:SET_ASIDE_NAMED]
        ]
        if len(set_aside) > SET_ASIDE_NAMED:
            lines.append(
                f"{self.path}: set aside {len(set_aside) - SET_ASIDE_NAMED} more records that "
                "failed their check (kept, never dropped: 'diplotui doctor' lists them)"
            )
        kept = len(self._storage.table(QUARANTINE))
        if kept and not lines:
            lines.append(
                f"{self.path}: {kept} record(s) that failed their check still set aside (kept, "
                "never dropped: 'diplotui doctor' lists them)"
            )
        return lines

    def _missing_beside(self, state: StoreState, journal_lost: bool) -> str | None:
        """One line naming the files a copy of the store left behind (its journal, its texts
        folder), or None when nothing is missing. Not ``journal_lost``: a first run was cut
        short before it made the journal, which then held nothing."""
        journal_missing = state.journal_missing and journal_lost
        articles = len(self._articles)
        texts_missing = articles and not bodies_dir(self.path).is_dir()
        if texts_missing:
            with contextlib.suppress(OSError):
                texts_missing = not body_log_path(self.path).stat().st_size
        count = f"{articles} article" + ("" if articles == 1 else "s")
        if texts_missing and not journal_missing and bodies_dir(self.path).exists():
            return (  # "missing beside it (copied without it?)" was said of a file in its place
                f"{bodies_dir(self.path)}: is no folder: the texts of its {count} cannot be "
                "found, nor a new one stored; move it away and put the texts folder there"
            )
        names = [journal_path(self.path).name] if journal_missing else []
        names += [bodies_dir(self.path).name] if texts_missing else []
        if not names:
            return None
        lost = ["whatever was written since its last compaction"] if journal_missing else []
        lost += [f"the texts of its {count}"] if texts_missing else []
        verb, them = ("is", "it") if len(names) == 1 else ("are", "them")
        if self._file_names > 1:
            return self._second_name(journal_missing, bool(texts_missing))
        return (
            f"{self.path}: {' and '.join(names)} {verb} missing beside it (copied without "
            f"{them}?): {' and '.join(lost)} cannot be found; copy {them} beside the file, or "
            "go on with what the file holds"
        )

    def _second_name(self, journal_missing: bool, texts_missing: bool) -> str:
        """Said of a hard link to a store file kept elsewhere, which a copy's words ("copied
        without them?") misnamed: its journal and texts are beside the other name."""
        missing = " and ".join(
            what
            for what, lost in (("journal", journal_missing), ("texts folder", texts_missing))
            if lost
        )
        verb = "are" if journal_missing and texts_missing else "is"
        written = (
            "here, only what the file held at its last compaction is read"
            if self.read_only
            else "what is written here makes a library of its own, apart from that one"
        )
        return (
            f"{self.path}: a second name (a hard link) of a store file kept under another "
            f"name; its {missing} {verb} beside that name, not this one: open the store by "
            f"that name (--db); {written}"
        )

    def warm_up(self) -> None:
        """Do now, e.g. in a thread after the first paint, the work that opening deferred:
        which highlights belong to which article (read once from the file's bytes)."""
        self._storage.index(HIGHLIGHTS, "article_id")

    def _build(self, table: str) -> dict[str, Any]:
        build = RECORD_TABLES[table].build
        return {key: build(doc) for key, doc in self._storage.table(table).items()}

    def _realign(self, keys: set[tuple[str, str]]) -> None:
        """After a failed write, make the cached objects match what is on disk again."""
        caches: dict[str, MutableMapping[str, Any]] = {
            ARTICLES: self._articles,
            HIGHLIGHTS: self._highlights,
            CORRECTIONS: self._corrections,
            QUOTES: self._quotes,
            SPEAKER_CORRECTIONS: self._speakers,
        }
        for table, key in keys:
            doc = self._storage.get(table, key)
            if table == SETTINGS:
                self._settings = dict(doc or {})
            elif table in caches:
                cache = caches[table]
                cache.pop(key, None)
                if doc is not None and table not in (ARTICLES, HIGHLIGHTS):  # built when used
                    cache[key] = RECORD_TABLES[table].build(doc)

    # -- opening and closing -------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str],
        *,
        read_only: bool = False,
        wait_seconds: float = 0.0,
        backup_in_background: bool = False,
        seeded_if_new: bool = False,
    ) -> Store:
        """Open (or create) the store at ``path``.

        Raises StoreLocked when another process writes to it (unless ``read_only``),
        StoreCorrupt when the file cannot be read, StoreTooNew for a newer schema,
        StoreMissing when the file is gone but its backups or texts remain, StoreReadOnly when
        the file has no write permission (mode 444: the user's say); in each case the file is
        left exactly as it was. Opening read-only never writes anything. Opening for writing
        removes temp files of a crashed writer and keeps a backup of the file as it was (see
        ``diplotui.store.backups``). ``seeded_if_new``: the caller seeds a store made here
        (a first run), which is made noting that it awaits its seeds.
        """
        path = canonical_store_path(path)
        kind = special_file_kind(path)
        if kind is not None:
            raise StoreNotAFile(path, kind)
        for own_file in (path, journal_path(path), body_log_path(path)):
            try:
                refuse_irregular_store(own_file)
            except OSError as error:
                raise StoreCorrupt(own_file, str(error.strerror)) from None
        if not read_only:
            try:
                refuse_linked_side_file(body_log_path(path))
            except OSError as error:
                raise StoreError(
                    f"{error.filename}: the store's texts log {error.strerror}; remove it "
                    "(nothing was written)"
                ) from None
        if not path.exists():
            evidence = orphaned_store_evidence(path)
            if evidence is not None:
                raise StoreMissing(path, evidence)
        lock = None
        if not read_only:
            if is_read_only_file(path):
                raise StoreReadOnly(
                    f"{path}: the store file is read-only (no write permission); nothing was "
                    "written (open it with --read-only, or make it writable)"
                )
            if path.exists() and not lock_path(path).exists():
                read_store(path)  # its first writable open: a file that is no store is
                # refused before its lock is made beside it (read again under the lock)
            with write_failures_reported(path.parent):
                make_dirs_durable(path.parent)
            lock = WriteLock(path)
            lock.acquire(wait_seconds)
        try:
            if lock is not None:  # texts a crash left in the body log only
                recover(path, partial(body_path, path), _holds_text)
            state = read_store(path)
            if lock is not None and seeded_if_new and state.file is None:
                state.lazy_tables.table(META)[SINGLETON_KEY] = {AWAITS_SEEDS: True}
            if lock is not None and state.restamp is not None:
                restamp_trust_note(path, state.restamp)
            with gc_paused():
                store = cls(state, lock)
            if lock is not None and backup_in_background:
                # listing the bodies' folders and copying megabytes need not delay the first
                # paint; close() waits for it
                store._backup_thread = threading.Thread(
                    target=store._tidy, args=(state,), name="diplotui-backup"
                )
                store._backup_thread.start()
            elif lock is not None:
                store._tidy(state)
            if lock is not None and store._storage.get(META, SINGLETON_KEY) is None:
                store._put(META, SINGLETON_KEY, {"schema": SCHEMA_VERSION, "app": "diplotui"})
            return store
        except BaseException:
            if lock is not None:
                lock.release()
            raise

    def _tidy(self, state: StoreState) -> None:
        """What opening for writing does besides reading: remove temp files of crashed
        writers, and keep a backup of the store file as it was."""
        remove_stray_temp_files(self.path)
        remove_stray_temp_files(journal_path(self.path))
        if state.file is not None:
            # a file holding records to set aside was edited since its generation was
            # backed up: keep it as it is (the compaction at open moves those records)
            generation = None if state.set_aside else state.generation
            try:
                keep_backup(self.path, state.file.content, self.library_id, generation)
            except OSError as error:  # said, never silent: the safety net is missing this time
                self.backup_refused = (
                    f"{backups_dir(self.path)}: no backup kept of the store as it was opened "
                    f"({error.strerror or error}); the store itself is unharmed"
                )

    def close(self) -> None:
        """Release the write lock; later writes through this object are refused."""
        self.read_only = True
        try:
            self._deferred.close()
            self._storage.close()
        finally:  # whatever closing met, the next writer must not find the lock taken
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
    def library_id(self) -> str | None:
        """This library's identity (kept in its meta record from the first compaction on)."""
        meta = self._storage.get(META, SINGLETON_KEY) or {}
        library = meta.get("library")
        return library if isinstance(library, str) and is_valid_id(library) else None

    @property
    def is_new(self) -> bool:
        """True when the store holds no article yet (first run); one whose every article is
        in quarantine, a file copied without its journal, or one seeded before (its seeds
        removed since), is no first run."""
        if self._articles or self._storage.table(QUARANTINE):
            return False
        meta = self._storage.get(META, SINGLETON_KEY) or {}
        if meta.get(SEEDED):
            return False
        return bool(meta.get(AWAITS_SEEDS)) or not self._copied_alone

    @property
    def awaits_seeds(self) -> bool:
        """Whether this is a store made for a first run whose seeds were never stored (the
        run killed first): any command finishes it, a read too."""
        return self.is_new and bool(
            (self._storage.get(META, SINGLETON_KEY) or {}).get(AWAITS_SEEDS)
        )

    def note_seeded(self) -> None:
        """Note that the first run's seeds were imported: removed later, they stay removed."""
        meta = self._storage.get(META, SINGLETON_KEY) or {}
        seeded = {key: value for key, value in meta.items() if key != AWAITS_SEEDS}
        self._put(META, SINGLETON_KEY, {**seeded, SEEDED: True})

    # -- quarantine ---------------------------------------------------------------------

    def quarantined(self) -> list[Quarantined]:
        """The records set aside because they failed their check, as they were stored."""
        return [
            Quarantined(
                slot,
                str(doc.get("table", "")),
                str(doc.get("key", "")),
                str(doc.get("reason", "")),
                doc.get("record"),
            )
            for slot, doc in self._storage.table(QUARANTINE).items()
        ]

    def put_back(self) -> list[str]:
        """Return every quarantined record that now passes its check (fixed by hand in the
        file) to its table, in one durable write; the others stay. One line per record.

        A record goes back under its own id: one set aside beside a record in use with its id
        (given twice in the file) is kept as a record of its own once given an id no record
        has, as doctor advises. A saved filter goes back to the saved filters. A copy the same
        as the record (or filter) in use is taken out of the quarantine table: the library
        holds every word of it. A damaged journal line stays (:data:`JOURNAL_LINE_STAYS`)."""
        done: list[str] = []
        returned: dict[tuple[str, str], dict[str, Any]] = {}
        slots: list[str] = []
        filters = list(self._settings.get("saved_filters", []))
        listed = len(filters)
        for kept in self.quarantined():
            what = describe_record(kept.table, kept.key, kept.record)
            record = _as_json_object(kept.record)  # a damaged document is kept as its text
            if kept.table == SETTINGS and kept.key.startswith(SAVED_FILTERS_SLOT):
                outcome, key = _filter_back(record, filters), kept.key
            elif kept.table == JOURNAL_LINE:
                outcome, key = JOURNAL_LINE_STAYS, kept.key
            else:
                outcome, key = self._record_back(kept, record, returned)
            if outcome not in (PUT_BACK, SAME_IN_USE):
                done.append(f"still set aside {what}: {outcome}")
                continue
            slots.append(kept.slot)
            if outcome == SAME_IN_USE:
                done.append(f"dropped the copy set aside of {what}: the one in use is the same")
                continue
            if kept.table in RECORD_TABLES:
                assert isinstance(record, dict)
                returned[kept.table, key] = record
            done.append(f"put back {what}" + (f" as {key}" if key != kept.key else ""))
        if slots:
            with self.batch():
                for (table, key), record in returned.items():
                    self._put(table, key, record)
                if len(filters) > listed:
                    self._put(SETTINGS, SINGLETON_KEY, {**self._settings, "saved_filters": filters})
                self._delete(QUARANTINE, slots)
            self._realign({*returned, (SETTINGS, SINGLETON_KEY)})
        return done

    def _record_back(
        self, kept: Quarantined, record: object, returned: dict[tuple[str, str], dict[str, Any]]
    ) -> tuple[str, str]:
        """Whether a set-aside record of a table goes back (:data:`PUT_BACK`), is the same as
        the one in use (:data:`SAME_IN_USE`), or why not; and the id it goes back under."""
        shape = RECORD_TABLES.get(kept.table)
        own = record.get("id") if isinstance(record, dict) else None
        key = own if isinstance(own, str) and is_valid_id(own) else kept.key
        if shape is None:
            return "only article, highlight, correction, quote and feed records go back", key
        problem = record_problem(shape, key, record)
        if problem is not None:
            return problem, key
        in_use = returned.get((kept.table, key), self._storage.get(kept.table, key))
        if in_use is None:
            return PUT_BACK, key
        if in_use == record:
            return SAME_IN_USE, key
        return (
            f"another record has its id now; to keep both, give this one an id no record has "
            f'(its "id", e.g. {new_id()}) in the "{QUARANTINE}" table'
        ), key

    # -- low level ------------------------------------------------------------------------

    def _require_writable(self) -> None:
        if self.read_only:
            raise StoreReadOnly(f"{self.path}: opened read-only or closed; nothing was written")

    def _put(self, table_name: str, key: str, doc: dict[str, Any]) -> None:
        self._require_writable()
        with self.batch():
            stored = self._storage.get(table_name, key)
            self._changed.setdefault((table_name, key), stored)
            self.db.put(table_name, key, _with_unknown_fields_kept(table_name, stored, doc))

    def _delete(self, table_name: str, keys: list[str]) -> None:
        self._require_writable()
        with self.batch():
            for key in keys:
                old = self._storage.get(table_name, key)
                if old is not None:
                    self._changed.setdefault((table_name, key), old)
            self.db.delete(table_name, keys)

    @contextlib.contextmanager
    def batch(self, *, sync: bool = True) -> Iterator[None]:
        """Group several changes into a single durable write (all or nothing on disk).
        ``sync=False`` leaves the journal's fsync to :meth:`sync`, for a thread that must not
        wait for the disk (the app's UI thread writing a refresh's articles)."""
        self._require_writable()
        changed: dict[tuple[str, str], dict[str, Any] | None] = {}
        made: tuple[set[str], set[str]] = (set(), set())
        try:
            with self._storage.transaction(sync=sync):
                outermost = not self._in_batch
                self._in_batch = True
                try:
                    yield
                    if outermost and self._pending_bodies:
                        # the texts are on disk (in the log) before the records that name them
                        self._deferred.log(self._pending_bodies)
                except BaseException:
                    if outermost:  # no record was written: the texts made for them go
                        made = self._made_in_batch
                    raise
                finally:
                    if outermost:
                        self._in_batch = False
                        self._deferred.sync_later(list(self._pending_bodies))
                        self._pending_bodies.clear()
                        self._made_in_batch = (set(), set())
                        changed, self._changed = self._changed, {}
        except BaseException:
            self._discard_made(*made)
            raise
        for listener in list(self._listeners) if changed else ():
            listener(changed)

    def _discard_made(self, digests: set[str], folders: set[str]) -> None:
        """After a batch failed before its records were written (a full disk as its texts
        were written, a record refused): delete the text files and text folders it made,
        as a refresh stopped so does. An import stopped by a full disk left them, megabytes
        on the disk that had filled (``doctor``: "left by an import or refresh that
        stopped"); only ``doctor --repair`` removed them. The batch's own error is the one
        said."""
        if digests:
            with contextlib.suppress(StoreError, OSError):
                self.discard_texts(digests, folders)

    def sync(self) -> None:
        """Make the last ``batch(sync=False)`` durable (from any thread)."""
        self._storage.sync()

    def on_change(self, listener: ChangeListener) -> None:
        """Call ``listener`` after every committed write, once it is durable (or, for a
        ``batch(sync=False)``, written: durable once ``sync`` ran), with what it
        changed: (table, id) -> the previous document, None for a new record (e.g. to keep a
        search index current); from the writing thread."""
        self._listeners.append(listener)

    def on_file_changed(self, listener: Callable[[str], None]) -> None:
        """Call ``listener`` (from whatever thread reads) with one line, once, if another
        program changes the store file while it is open and its backup is read instead."""
        if self._storage.file is not None:
            self._storage.file.on_changed = listener

    def reads_its_backup(self) -> bool:
        """Whether the store's records are read from its backup because another program
        changed its file under it, switching to the backup now if the file changed since it
        was opened (the ``on_file_changed`` listener is told, once). StoreChangedUnder when
        it changed and no backup holds what it held."""
        file = self._storage.file
        if file is None:
            return False
        file.read_copy()
        return file.changed_under

    @property
    def version(self) -> str | None:
        """What the store holds now, as one string (its file's generation and the journal's
        length): derived data that records it knows, through :meth:`changes_since_version`,
        what changed since it was made. None before the first compaction."""
        return self._storage.version

    def changes_since_version(self, version: str) -> Changes | None:
        """:meth:`changes_since` for a :attr:`version` of this store's file; None when it is
        another file's (compacted since) or cannot be told."""
        generation, _, offset = version.partition(":")
        now = self.version
        if now is None or now.partition(":")[0] != generation or not offset.isdigit():
            return None
        return self.changes_since(int(offset))

    def changes_since(self, journal_offset: int) -> Changes | None:
        """What the journal, as this store was opened, committed after ``journal_offset`` (the
        journal's size when derived data such as the list snapshot was taken): (table, id) ->
        the document before, None if new. None when that cannot be told (the offset is not
        where a transaction ended, this store has written since it opened, or a table was
        not read from a noted file)."""
        if self._history is None:
            return None
        ends = {self._journal_start, *(end for end, _ in self._history)}
        if journal_offset not in ends or self.version != self._opened_version:
            return None
        later = {
            (t, k) for end, changes in self._history if end > journal_offset for t, k, _ in changes
        }
        before: dict[tuple[str, str], dict[str, Any] | None] = {}
        try:
            for table, key in later:
                before[table, key] = self._storage.file_doc(table, key)
        except LookupError:
            return None
        for end, changes in self._history:
            if end <= journal_offset:
                for table, key, doc in changes:
                    if (table, key) in before:
                        before[table, key] = doc
        return before

    def articles_changed_since(self, version: str) -> set[str] | None:
        """The articles the journal changed since :attr:`version` ``version``: their record
        (new and deleted ones too) or one of their highlights; None when that cannot be told
        (compacted since). What a list showing the store as it was then must take in."""
        changes = self.changes_since_version(version)
        if changes is None:
            return None
        changed = {key for table, key in changes if table == ARTICLES}
        for (table, key), before in changes.items():
            if table == HIGHLIGHTS:
                for doc in (before, self._storage.get(HIGHLIGHTS, key)):
                    owner = doc.get("article_id") if doc is not None else None
                    if isinstance(owner, str):
                        changed.add(owner)
        return changed

    def reuse_records(self, older: Store) -> None:
        """Take over the articles and highlights ``older`` (this library read before) built,
        but those the journal changed since: a read-only app reading the store again after
        another process's write then builds only what that changed (all 100,000 articles
        took 1.1-1.5 s). Nothing is taken when that cannot be told (compacted since)."""
        version = older.version
        changes = self.changes_since_version(version) if version is not None else None
        if changes is None:
            return
        self._articles.reuse(older._articles, {k for t, k in changes if t == ARTICLES})
        self._highlights.reuse(older._highlights, {k for t, k in changes if t == HIGHLIGHTS})

    @contextlib.contextmanager
    def committed(self) -> Iterator[bool]:
        """Yields True, with writes held off, when what the store holds is exactly what is
        committed; False (at once) while another thread is inside a write, so derived data
        such as the list snapshot never describes an uncommitted batch."""
        with self._storage.committed() as quiet:
            yield quiet

    def compact(self) -> None:
        """Fold the journal into a fresh TinyDB file now (normally done in the background)."""
        self._require_writable()
        self._storage.compact()

    # -- bodies -------------------------------------------------------------------------

    def _write_body(self, text: str, *, over_damaged: bool = False) -> str:
        """Store a text under its hash. Inside a batch its file is written without an fsync
        and the batch logs all its texts with one (``diplotui.store.body_log``): an import or
        a refresh of thousands of texts pays one fsync a batch, not two a text."""
        digest = text_hash(text)
        path = body_path(self.path, digest)
        if digest in self._pending_bodies or self._deferred.is_logged(digest):
            return digest  # written in this batch, or durable in the body log already
        unsynced = self._deferred.is_unsynced(digest)
        if path.exists() and not unsynced and not over_damaged:
            return digest
        data = text.encode("utf-8", "surrogatepass")
        if self._in_batch:
            if not unsynced:
                if not path.exists():  # made by this batch: deleted again if it fails
                    self._made_in_batch[0].add(digest)
                    if not path.parent.exists():
                        self._made_in_batch[1].add(path.parent.name)
                self._deferred.write(digest, path, data)
            self._pending_bodies[digest] = data
        else:
            _write_body_file(path, data)
        return digest

    def prepare_texts(self, texts: Iterable[str]) -> None:
        """Write texts that a coming batch will store, from any thread, with one fsync: the
        app's refresh does this in its worker so that its batches, on the UI thread, cost
        their journal line alone."""
        self._require_writable()
        prepared = {}
        for text in texts:
            digest = text_hash(text)
            if not self._deferred.is_logged(digest):
                prepared[digest] = (
                    body_path(self.path, digest),
                    text.encode("utf-8", "surrogatepass"),
                )
        if prepared:
            self._deferred.prepare(prepared)

    def _read_body(self, digest: str) -> str:
        try:
            return read_body(body_path(self.path, digest), digest)
        except ArticleUnreadable:
            if self._lock is not None:
                raise  # a writer recovered the log when it opened: the file is the text
            logged = self._logged_text(digest)
            if logged is None:
                raise
            return logged

    def _logged_text(self, digest: str) -> str | None:
        """The text as a crashed writer left it in the body log, for a read-only open that
        must not restore its file (the next writable open does); checked against its hash."""
        import hashlib

        data = read_log(body_log_path(self.path)).get(digest)
        if data is None or hashlib.sha256(data).hexdigest() != digest:
            return None
        return data.decode("utf-8", "surrogatepass")

    def body_problem(self, article_id: str) -> str | None:
        """Why the article's text cannot be read (missing, altered, not UTF-8), or None."""
        try:
            self.article_text(article_id)
        except ArticleUnreadable as error:
            return error.reason
        return None

    def text_digests(self) -> list[str]:
        """The hash of every article's text, read from the file's bytes or its trust note (no
        record decoded: a sync checks every text's file, and decoding 10,000 records took
        0.2 s)."""
        return list(self._storage.count_by(ARTICLES, "text_hash"))

    def articles_with_text(self, digest: str) -> list[str]:
        """The ids of the articles whose text has sha256 ``digest``."""
        return self._storage.keys_where(ARTICLES, "text_hash", digest)

    def text_file_stamps(self, digests: Iterable[str]) -> dict[str, str | None]:
        """The size, time and inode of each text's file (None when it is gone): a file whose
        stamp is unchanged since it was found whole need not be read to be trusted. Paths are
        joined as strings: a ``Path`` built for each of 10,000 texts took longer than the
        ``stat`` calls."""
        folder = os.fspath(bodies_dir(self.path))
        stamps: dict[str, str | None] = {}
        for digest in digests:
            try:
                stamps[digest] = stamp_of(os.stat(f"{folder}/{digest[:2]}/{digest}.txt"))
            except OSError:
                stamps[digest] = None
        return stamps

    def text_file_problem(self, digest: str) -> str | None:
        """Why the text's file cannot be read (missing, altered, not UTF-8), or None: read from
        disk even when the text was read before (a file deleted since is found)."""
        try:
            self._read_body(digest)
        except ArticleUnreadable as error:
            return error.reason
        return None

    def discard_texts(self, digests: Iterable[str], folders: Iterable[str] = ()) -> None:
        """Delete the files of the texts ``digests`` that no article names (as its text or an
        earlier one), and of ``folders`` those left empty: what a writer's run that failed
        (a refresh stopped by a full disk) wrote for records never stored. Only texts and
        folders the caller made itself, and only under the store's lock: a writer that found
        such a file looks again under the lock before naming it (``_write_body``), and this
        store's body log forgets them."""
        self._require_writable()
        unnamed = {digest for digest in digests if not self.articles_with_text(digest)}
        if unnamed:
            unnamed -= {digest for a in self.articles() for digest in a.earlier_texts}
        self._deferred.forget(unnamed)
        for digest in unnamed:
            with contextlib.suppress(FileNotFoundError):
                body_path(self.path, digest).unlink()
        for folder in folders:
            with contextlib.suppress(OSError):  # one holding a file is not empty: it stays
                (self.bodies_dir / folder).rmdir()

    def restore_texts(self, texts: Iterable[str]) -> None:
        """Write texts' files again over missing, cut or altered ones, in one durable batch (a
        sync takes them from the team's copy); storing a text only writes a file not there."""
        with self.batch():
            for text in texts:
                self._write_body(text, over_damaged=True)

    def mend_text(self, text: str) -> bool:
        """Write ``text``'s file again when it is missing or damaged, and say whether it was:
        an import bringing a stored article's text again (its file, the library's export)
        is how ``doctor`` says a lost text comes back; storing the same text leaves it lost."""
        if self.text_file_problem(text_hash(text)) is None:
            return False
        self.restore_texts([text])
        return True

    # -- articles -------------------------------------------------------------------------

    def articles(self) -> list[Article]:
        if not self.read_only:
            return self._articles.all()
        if self._listed is None:  # nothing changes what a read-only store holds
            self._listed = self._articles.all()
        return list(self._listed)  # listing 100,000 articles again took 80 ms

    def article(self, article_id: str) -> Article:
        try:
            return self._articles[article_id]
        except KeyError:
            raise UnknownId(f"no article with id {article_id!r}") from None

    def article_text(self, article_id: str) -> str:
        """The article's text, checked against its hash; ArticleUnreadable (one line: path and
        reason) when it is missing, altered or not UTF-8."""
        return self._text_cache(self.article(article_id).text_hash)

    def article_id_list(self) -> list[str]:
        """Every article id as the store holds them now, for a listing that reads the
        articles a part at a time (:meth:`articles_of`) while other threads may write."""
        return self._storage.keys(ARTICLES)

    def articles_of(self, article_ids: Iterable[str]) -> list[Article]:
        """The articles of ``article_ids`` still stored, in that order (one deleted since
        the ids were taken is left out)."""
        return self._articles.present(article_ids)

    def article_ids(self) -> Mapping[str, Any]:
        """Every article id (a view: nothing is built or copied)."""
        return self._storage.table(ARTICLES)

    def resolve_article_id(self, prefix: str) -> str:
        """Accept a unique id prefix, like git does."""
        return _resolve(prefix, self._articles, "article")

    def article_by_hash(self, digest: str) -> Article | None:
        """The article whose text has sha256 ``digest``, if any (imports ask for each file,
        so the first question indexes every article's hash)."""
        self._storage.index(ARTICLES, "text_hash")
        found = self._storage.keys_where(ARTICLES, "text_hash", digest)
        return self._articles[found[0]] if found else None

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
        self._put(ARTICLES, article.id, article.to_dict())
        self._articles[article.id] = article
        return article

    def save_article(self, article: Article) -> None:
        """Persist changed metadata, tags or note of an existing article."""
        article.updated_at = now_iso()
        self._put(ARTICLES, article.id, article.to_dict())
        self._articles[article.id] = article

    def replace_article_text(
        self,
        article: Article,
        text: str,
        highlights: list[Highlight],
        speakers: Sequence[SpeakerCorrection] = (),
    ) -> None:
        """Swap in a changed text together with its re-anchored highlights and speaker
        corrections, in one write."""
        self._require_writable()
        new_hash = self._write_body(text)
        self._texts_at_open.setdefault(article.id, article.text_hash)
        with self.batch():
            name_earlier_text(article, article.text_hash, new_hash)
            article.text_hash = new_hash
            for highlight in highlights:
                self.save_highlight(highlight)
            self.save_article(article)
            self.save_speaker_corrections(speakers)
        self.texts_replaced += 1
        self._let_go_earlier_texts([article])

    def _earlier_texts_beyond_need(self, article: Article) -> set[str]:
        """The earlier texts of ``article`` an update lets go (:data:`EARLIER_TEXTS_KEPT`): a
        feed whose item's text changed at every refresh kept every version, without bound.
        Kept are the latest few, its first text, each one holding the words of a highlight
        that is no longer anchored in the text (an orphan's or a drifted one's: where it was
        made), one a backup needs to be restored (the texts of the store as it was opened,
        whose backup may still be being written, and those the backups name), and any that
        cannot be read (what it holds is not known)."""
        earlier = article.earlier_texts[: -EARLIER_TEXTS_KEPT or None]
        candidates = [d for d in earlier if not d.startswith(article.id)]
        if len(article.earlier_texts) <= EARLIER_TEXTS_KEPT or not candidates:
            return set()
        unplaced = [
            h.quote
            for h in self.highlights(article.id)
            if h.status != AnchorStatus.ANCHORED.value and h.quote
        ]
        backed_up = {self._texts_at_open[article.id], *self._texts_backups_name()}
        dropped = set()
        for digest in candidates:
            if digest in backed_up:
                continue
            try:
                text = self._read_body(digest)
            except ArticleUnreadable:
                continue
            if not any(quote in text for quote in unplaced):
                dropped.add(digest)
        return dropped

    def _texts_backups_name(self) -> set[str]:
        """The texts the store's backups name as an article's (read once a session, and only
        when an update has earlier texts to let go): restoring one needs them."""
        if self._backed_up_texts is None:
            named: set[str] = set()
            for backup in backup_files(self.path):
                try:
                    tables = load_store_json(backup, set_aside_into=[])
                except StoreError:
                    continue
                named.update(
                    doc.get("text_hash", "")
                    for doc in tables.get(ARTICLES, {}).values()
                    if isinstance(doc, dict)
                )
            self._backed_up_texts = named
        return self._backed_up_texts

    def delete_article(self, article_id: str) -> RemovedArticle:
        """Remove an article, its highlights and its speaker corrections in one durable write
        (corrections of an article no one has would go on being synced and exported).

        The text stays in the body folder (content-addressed, possibly shared), so the backup
        taken when the store was opened, and :meth:`restore_article`, can bring it all back.
        """
        article = self.article(article_id)
        highlights = self.highlights(article_id)
        speakers = self.speaker_corrections(article_id)
        with self.batch():
            self._delete(HIGHLIGHTS, [h.id for h in highlights])
            self._delete(SPEAKER_CORRECTIONS, [c.id for c in speakers])
            self._delete(ARTICLES, [article_id])
        for highlight in highlights:
            del self._highlights[highlight.id]
        for correction in speakers:
            del self._speakers[correction.id]
        del self._articles[article_id]
        return RemovedArticle(article, highlights, speakers)

    def refile_article(self, old_id: str, new_id: str) -> Article:
        """File the article ``old_id`` as ``new_id``, with its highlights, speaker
        corrections, quotes, feed items and summary retries, in one durable write, time
        stamps as they were: a shared library's article of the same text is this article
        (an article's id is its first text's hash, so a copy that first read a feed item in
        an earlier version than a teammate did holds the team's article under another id)."""
        article = replace(self.article(old_id), id=new_id)
        highlights = [replace(h, article_id=new_id) for h in self.highlights(old_id)]
        speakers = [replace(c, article_id=new_id) for c in self.speaker_corrections(old_id)]
        quotes = [
            replace(q, article_id=new_id) for q in self._quotes.values() if q.article_id == old_id
        ]
        feeds = [
            feed
            for feed in self.feeds()
            if old_id in feed.summary_retries or any(v[:1] == [old_id] for v in feed.items.values())
        ]
        for feed in feeds:
            feed.items = {
                guid: [new_id, *held[1:]] if held[:1] == [old_id] else held
                for guid, held in feed.items.items()
            }
            feed.summary_retries = {
                new_id if held == old_id else held: tries
                for held, tries in feed.summary_retries.items()
            }
        with self.batch():
            self._delete(ARTICLES, [old_id])
            self._put(ARTICLES, new_id, article.to_dict())
            for highlight in highlights:
                self._put(HIGHLIGHTS, highlight.id, highlight.to_dict())
            for correction in speakers:
                self._put(SPEAKER_CORRECTIONS, correction.id, correction.to_dict())
            for quote in quotes:
                self._put(QUOTES, quote.id, quote.to_dict())
            for feed in feeds:
                self.save_feed(feed)
        del self._articles[old_id]
        self._articles[new_id] = article
        for highlight in highlights:
            self._highlights[highlight.id] = highlight
        self._speakers.update((c.id, c) for c in speakers)
        self._quotes.update((q.id, q) for q in quotes)
        return article

    def restore_article(self, removed: RemovedArticle) -> None:
        """Put back an article deleted by :meth:`delete_article`, highlights and all."""
        article = removed.article
        self._read_body(article.text_hash)  # its text must still be there
        with self.batch():
            self._put(ARTICLES, article.id, article.to_dict())
            for highlight in removed.highlights:
                self._put(HIGHLIGHTS, highlight.id, highlight.to_dict())
            for correction in removed.speaker_corrections:
                self._put(SPEAKER_CORRECTIONS, correction.id, correction.to_dict())
        self._articles[article.id] = article
        for highlight in removed.highlights:
            self._highlights[highlight.id] = highlight
        for correction in removed.speaker_corrections:
            self._speakers[correction.id] = correction

    def highlight_counts(self) -> dict[str, int]:
        """How many highlights each annotated article has (cheap even before highlights load)."""
        return self._storage.count_by(HIGHLIGHTS, "article_id")

    def highlight_count(self, article_id: str) -> int:
        """How many highlights one article has (without loading the others)."""
        return len(self._storage.keys_where(HIGHLIGHTS, "article_id", article_id))

    def tag_counts(self, highlights: bool = True) -> dict[str, int]:
        """Every tag in use (on articles and highlights; on articles alone with
        ``highlights=False``, as ``--tag`` filters them) with how many records hold it; a
        tag stored in several spellings (#Mekong, #mekong) is one, under its first."""
        counts: dict[str, int] = {}
        spelling: dict[str, str] = {}
        tables = (ARTICLES, HIGHLIGHTS) if highlights else (ARTICLES,)
        for table in tables:  # counted from the storage's noted tags: the
            # records themselves (250,000 highlights built) took 2.8 s and kept 250 MB
            for tags, held in self._storage.value_lists(table, TAGS).items():
                for tag in distinct_tags(tags):
                    shown = spelling.setdefault(tag_key(tag), tag)
                    counts[shown] = counts.get(shown, 0) + held
        return counts

    # -- highlights -----------------------------------------------------------------------

    def highlights(self, article_id: str | None = None) -> list[Highlight]:
        """Highlights in reading order (all of them, or one article's)."""
        if article_id is None:
            found = self._highlights.all()
        else:
            keys = self._storage.keys_where(HIGHLIGHTS, "article_id", article_id)
            found = [self._highlights[key] for key in keys]
        return sorted(found, key=lambda h: (h.article_id, h.start, h.end))

    def highlights_in(self, article_ids: Iterable[str]) -> list[Highlight]:
        """The highlights of these articles, in the order :meth:`highlights` gives them,
        built for the caller alone: a listing of every highlight read a few articles at a
        time holds those few, not all of them."""
        keys: list[str] = []
        for article_id in article_ids:
            keys.extend(self._storage.keys_where(HIGHLIGHTS, "article_id", article_id))
        found = self._highlights.made(self._storage.in_order(HIGHLIGHTS, keys))
        return sorted(found, key=lambda h: (h.article_id, h.start, h.end))

    def highlight_values(self) -> tuple[list[str], list[str]]:
        """Every tag and every author used on highlights, each once, in the order the
        highlights first give them: from the storage's noted columns, as the tag counts are
        (building the ``Highlight`` objects kept ~120 MB at 100,000; reading their documents
        took 1.2 s at 250,000)."""
        tags = self._storage.value_lists(HIGHLIGHTS, TAGS)
        authors = self._storage.value_lists(HIGHLIGHTS, AUTHOR)
        return (
            list(dict.fromkeys(tag for held in tags for tag in held if isinstance(tag, str))),
            list(dict.fromkeys(one for held in authors for one in held if one)),
        )

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
            self._put(HIGHLIGHTS, highlight.id, highlight.to_dict())
            article.last_annotated_at = highlight.updated_at
            self._put(ARTICLES, article.id, article.to_dict())
        self._highlights[highlight.id] = highlight

    def remove_highlight(self, highlight_id: str) -> Highlight:
        highlight = self.highlight(highlight_id)
        self._delete(HIGHLIGHTS, [highlight_id])
        del self._highlights[highlight_id]
        return highlight

    def save_as_given(
        self,
        articles: Sequence[tuple[Article, str | None]] = (),
        highlights: Sequence[Highlight] = (),
        removed_highlights: Sequence[str] = (),
        removed_articles: Sequence[str] = (),
    ) -> None:
        """Write records exactly as given, time stamps included, in one durable write: a
        shared library's merge result (re-stamping would make each copy look newer than the
        others). Each article comes with its text when that is not stored yet."""
        self._require_writable()
        with self.batch():
            for article, text in articles:
                if text is not None:
                    self._write_body(text)
                if article.id in self._articles:
                    stored = self._articles[article.id].text_hash
                    self._texts_at_open.setdefault(article.id, stored)
                    name_earlier_text(article, stored, article.text_hash)
                self._put(ARTICLES, article.id, article.to_dict())
            for highlight in highlights:
                self._put(HIGHLIGHTS, highlight.id, highlight.to_dict())
            self._delete(HIGHLIGHTS, list(removed_highlights))
            self._delete(ARTICLES, list(removed_articles))
        self._hashes = None
        for article, text in articles:
            self._articles[article.id] = article
            if text is not None:
                self.texts_replaced += 1
        for highlight in highlights:
            self._highlights[highlight.id] = highlight
        for highlight_id in removed_highlights:
            self._highlights.pop(highlight_id, None)
        for article_id in removed_articles:
            del self._articles[article_id]
        self._let_go_earlier_texts([a for a, _ in articles if a.id in self._texts_at_open])

    def _let_go_earlier_texts(self, articles: Sequence[Article]) -> None:
        """Let go of the earlier texts of ``articles`` beyond need, as an update does
        (:meth:`_earlier_texts_beyond_need`): a teammate's feed whose item changed at every
        refresh reached every copy as one text more at every sync. One more write, only when
        there are some to let go."""
        dropped: set[str] = set()
        trimmed = []
        for article in articles:
            beyond = self._earlier_texts_beyond_need(article)
            if beyond:
                article.earlier_texts = [d for d in article.earlier_texts if d not in beyond]
                trimmed.append(article)
                dropped |= beyond
        if trimmed:
            with self.batch():  # as given: no new time stamp (a sync would send it)
                for article in trimmed:
                    self._put(ARTICLES, article.id, article.to_dict())
                    self._articles[article.id] = article
            self.discard_texts(dropped)

    # -- entity corrections ---------------------------------------------------------------

    def corrections(self) -> list[EntityCorrection]:
        return sorted(self._corrections.values(), key=lambda c: c.created_at)

    def save_correction(self, correction: EntityCorrection) -> None:
        self._put(CORRECTIONS, correction.id, correction.to_dict())
        self._corrections[correction.id] = correction

    def remove_correction(self, correction_id: str) -> None:
        self._delete(CORRECTIONS, [correction_id])
        self._corrections.pop(correction_id, None)

    # -- speaker corrections --------------------------------------------------------------

    def speaker_corrections(self, article_id: str | None = None) -> list[SpeakerCorrection]:
        """The speaker corrections of one article (None: of every article), oldest first."""
        found = [c for c in self._speakers.values() if article_id in (None, c.article_id)]
        return sorted(found, key=lambda c: (c.created_at, c.id))

    def save_speaker_corrections(
        self,
        corrections: Sequence[SpeakerCorrection],
        removed: Sequence[str] = (),
        highlights: Sequence[Highlight] = (),
    ) -> None:
        """Store ``corrections``, remove those with ids ``removed`` and save ``highlights``
        (of the corrected statements, with their speakers now) in one write: a highlight
        never carries a speaker its statement no longer has."""
        with self.batch():
            self._delete(SPEAKER_CORRECTIONS, list(removed))
            for correction in corrections:
                self._put(SPEAKER_CORRECTIONS, correction.id, correction.to_dict())
            for highlight in highlights:
                self.save_highlight(highlight)
        for correction_id in removed:
            self._speakers.pop(correction_id, None)
        for correction in corrections:
            self._speakers[correction.id] = correction

    # -- quote history --------------------------------------------------------------------

    def quotes(self) -> list[QuoteRecord]:
        """The quote history, newest first."""
        return sorted(self._quotes.values(), key=lambda q: q.created_at, reverse=True)

    def add_quote(self, quote: QuoteRecord) -> None:
        """Record a copied quote, keeping only the most recent ``QUOTE_HISTORY_LIMIT``."""
        overflow = self.quotes()[QUOTE_HISTORY_LIMIT - 1 :]
        with self.batch():
            self._delete(QUOTES, [q.id for q in overflow])
            self._put(QUOTES, quote.id, quote.to_dict())
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
        self._put(SETTINGS, SINGLETON_KEY, updated)
        self._settings = updated

    def saved_filters(self) -> list[SavedFilter]:
        return [SavedFilter.from_dict(f) for f in self._settings.get("saved_filters", [])]

    def save_filter(self, saved: SavedFilter) -> None:
        others = [f for f in self.saved_filters() if f.name != saved.name]
        self.set_setting("saved_filters", [f.to_dict() for f in [*others, saved]])

    def remove_filter(self, name: str) -> None:
        kept = [f for f in self.saved_filters() if f.name != name]
        self.set_setting("saved_filters", [f.to_dict() for f in kept])

    def set_article_states(self, article_ids: Iterable[str], state: str) -> list[Article]:
        """Give articles a reading state (``ReadState``) in one durable write; reading is no
        edit, so ``updated_at`` stays as it was."""
        changed = [replace(self.article(article_id), state=state) for article_id in article_ids]
        with self.batch():
            for article in changed:
                self._put(ARTICLES, article.id, article.to_dict())
                self._articles[article.id] = article
        return changed

    def with_updates(self, article: Article, **changes: Any) -> Article:
        """Save a copy of ``article`` with ``changes`` applied and return it."""
        updated = replace(article, **changes)
        self.save_article(updated)
        return updated

    # -- feeds (a handful of records, read from their documents each time) -----------------

    def feeds(self) -> list[Feed]:
        """The subscribed feeds, oldest first; each a fresh copy the caller may change. Feeds
        added within one millisecond keep the order they were added in (the table keeps it; a
        random id must not decide)."""
        docs = self._storage.table(FEEDS).values()
        return sorted((_fresh(FEEDS, doc) for doc in docs), key=lambda f: f.added_at)

    def feed(self, feed_id: str) -> Feed:
        doc = self._storage.get(FEEDS, feed_id)
        if doc is None:
            raise UnknownId(f"no feed with id {feed_id!r}")
        feed: Feed = _fresh(FEEDS, doc)
        return feed

    def resolve_feed_id(self, prefix: str) -> str:
        return _resolve(prefix, self._storage.table(FEEDS), "feed")

    def save_feed(self, feed: Feed) -> None:
        self._put(FEEDS, feed.id, feed.to_dict())

    def remove_feed(self, feed_id: str) -> None:
        self._delete(FEEDS, [feed_id])


@dataclass(frozen=True, slots=True)
class Quarantined:
    """A record set aside: where it was (table and key), why, and the record verbatim."""

    slot: str
    table: str
    key: str
    reason: str
    record: object


def _fresh(table: str, doc: dict[str, Any]) -> Any:
    """A model object that shares nothing with the stored document (nested values copied)."""
    return RECORD_TABLES[table].build(json_copy(doc))


EARLIER_TEXTS_KEPT = 3
"""The latest earlier texts of an article an update always keeps (its first text, those its
unanchored highlights were made in and those a backup needs are kept besides)."""


def name_earlier_text(article: Article, old_hash: str, new_hash: str) -> None:
    """An article whose text is replaced names the text it had among its earlier ones: that
    text stays in the body folder, and ``doctor`` must not take it for what a stopped import
    left (its ``--repair`` removes those)."""
    earlier = [digest for digest in article.earlier_texts if digest != new_hash]
    if old_hash and old_hash != new_hash and old_hash not in earlier:
        earlier.append(old_hash)
    article.earlier_texts = earlier


def _resolve(prefix: str, records: Mapping[str, Any], kind: str) -> str:
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
