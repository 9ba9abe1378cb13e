"""The store: TinyDB over a compacted JSON file and an append-only journal, one writer at a
time, every write durable and atomic.

``errors`` (what can go wrong), ``files`` (atomic durable files, shared with backups and
caches), ``records`` (tables and record checks), ``journal`` (its line format), ``storage``
(TinyDB's ``Storage`` for the file and journal), ``lock`` (the portable single-writer lock) and
``repository`` (``Store``, the library's records). Only this package imports ``tinydb``.
"""

from diplotui.store.body_log import TextsAhead
from diplotui.store.errors import (
    SCHEMA_VERSION,
    AmbiguousId,
    ArticleUnreadable,
    StoreCorrupt,
    StoreError,
    StoreLocked,
    StoreMissing,
    StoreReadOnly,
    StoreTooNew,
    StoreWriteFailed,
    UnknownId,
)
from diplotui.store.files import (
    atomic_write_bytes,
    file_stamp,
    fsync_dir,
    journal_path,
    process_alive,
    remove_dead_temps,
    remove_stray_temp_files,
    store_stamp,
    stray_temp_files,
    text_hash,
)
from diplotui.store.lock import WriteLock
from diplotui.store.records import (
    ARTICLES,
    CORRECTIONS,
    FEEDS,
    HIGHLIGHTS,
    META,
    QUARANTINE,
    QUOTES,
    SETTINGS,
    Tables,
    is_valid_id,
    load_store_json,
)
from diplotui.store.repository import (
    QUOTE_HISTORY_LIMIT,
    Changes,
    Quarantined,
    Store,
    body_path,
    canonical_store_path,
    orphaned_store_evidence,
    read_body,
)
from diplotui.store.storage import read_store

__all__ = [
    "ARTICLES",
    "CORRECTIONS",
    "FEEDS",
    "HIGHLIGHTS",
    "META",
    "QUARANTINE",
    "QUOTES",
    "QUOTE_HISTORY_LIMIT",
    "SCHEMA_VERSION",
    "SETTINGS",
    "AmbiguousId",
    "ArticleUnreadable",
    "Changes",
    "Quarantined",
    "Store",
    "StoreCorrupt",
    "StoreError",
    "StoreLocked",
    "StoreMissing",
    "StoreReadOnly",
    "StoreTooNew",
    "StoreWriteFailed",
    "Tables",
    "TextsAhead",
    "UnknownId",
    "WriteLock",
    "atomic_write_bytes",
    "body_path",
    "canonical_store_path",
    "file_stamp",
    "fsync_dir",
    "is_valid_id",
    "journal_path",
    "load_store_json",
    "orphaned_store_evidence",
    "process_alive",
    "read_body",
    "read_store",
    "remove_dead_temps",
    "remove_stray_temp_files",
    "store_stamp",
    "stray_temp_files",
    "text_hash",
]
