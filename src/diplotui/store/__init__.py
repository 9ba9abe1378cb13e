"""The store: TinyDB over a compacted JSON file and an append-only journal, one writer at a
time, every write durable and atomic.

``errors`` (what can go wrong), ``files`` (atomic durable files, shared with backups and
caches), ``records`` (tables and record checks), ``journal`` (its line format), ``storage``
(TinyDB's ``Storage`` for the file and journal), ``lock`` (the portable single-writer lock) and
``repository`` (``Store``, the library's records). Only this package imports ``tinydb``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from diplotui.lazy import lazy_exports

if TYPE_CHECKING:
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
        canonical_store_path,
        file_stamp,
        fsync_dir,
        journal_path,
        process_alive,
        remove_dead_temps,
        remove_stray_temp_files,
        store_stamp,
        stray_temp_files,
        temp_prefix,
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
        SPEAKER_CORRECTIONS,
        Tables,
        is_valid_id,
        load_store_json,
    )
    from diplotui.store.repository import (
        QUOTE_HISTORY_LIMIT,
        Changes,
        Quarantined,
        Store,
        article_runs,
        body_path,
        orphaned_store_evidence,
        read_body,
    )
    from diplotui.store.storage import read_store

_SUBMODULE = {
    "ARTICLES": "records",
    "AmbiguousId": "errors",
    "ArticleUnreadable": "errors",
    "CORRECTIONS": "records",
    "Changes": "repository",
    "FEEDS": "records",
    "HIGHLIGHTS": "records",
    "META": "records",
    "QUARANTINE": "records",
    "QUOTES": "records",
    "QUOTE_HISTORY_LIMIT": "repository",
    "Quarantined": "repository",
    "SCHEMA_VERSION": "errors",
    "SETTINGS": "records",
    "SPEAKER_CORRECTIONS": "records",
    "Store": "repository",
    "StoreCorrupt": "errors",
    "StoreError": "errors",
    "StoreLocked": "errors",
    "StoreMissing": "errors",
    "StoreReadOnly": "errors",
    "StoreTooNew": "errors",
    "StoreWriteFailed": "errors",
    "Tables": "records",
    "TextsAhead": "body_log",
    "UnknownId": "errors",
    "WriteLock": "lock",
    "atomic_write_bytes": "files",
    "article_runs": "repository",
    "body_path": "repository",
    "canonical_store_path": "files",
    "file_stamp": "files",
    "fsync_dir": "files",
    "is_valid_id": "records",
    "journal_path": "files",
    "load_store_json": "records",
    "orphaned_store_evidence": "repository",
    "process_alive": "files",
    "read_body": "repository",
    "read_store": "storage",
    "remove_dead_temps": "files",
    "remove_stray_temp_files": "files",
    "store_stamp": "files",
    "stray_temp_files": "files",
    "temp_prefix": "files",
    "text_hash": "files",
}
"""Where each name is defined: the app's first frame needs only ``files`` (a store's stamp),
not the repository, TinyDB and the record checks (~50 M instructions)."""
__getattr__ = lazy_exports(__name__, _SUBMODULE)

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
    "SPEAKER_CORRECTIONS",
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
    "article_runs",
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
    "temp_prefix",
    "text_hash",
]
