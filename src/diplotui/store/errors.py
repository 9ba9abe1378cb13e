"""The store's failures: each message is one line naming the path and the reason."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

SCHEMA_VERSION = 2


class StoreError(Exception):
    """Base of every store failure; the message is one line fit for a user."""


class StoreLocked(StoreError):
    """Another process holds the store's write lock."""

    def __init__(
        self, path: Path, pid: int | None, command: str = "", *, other_name: bool = False
    ) -> None:
        """``command``: what the holder runs ("diplotui's app", "diplotui import"), where the
        system says: a pid alone left the user to find which window held the store.
        ``other_name``: the holder opened the same file by another name (a hard link)."""
        holder = f"process {pid}" if pid else "another process"
        self.holder = f"{holder} ({command})" if pid and command else holder
        if other_name:
            self.holder += " under another name of the same file (a hard link)"
        super().__init__(
            f"{path}: already open in {self.holder}; close it first (nothing was written)"
        )
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


class NotAStore(StoreCorrupt):
    """The file is no diplotui library (notes, another program's JSON), by what its content
    says: refused as it is, nothing made beside it, and no store repair offered."""

    def __init__(self, path: Path, reason: str) -> None:
        StoreError.__init__(
            self,
            f"{path}: not a diplotui library ({reason}); nothing was written (--db names a "
            "library file, or a new path for a new library)",
        )
        self.path = path
        self.reason = reason


class StoreNotAFile(NotAStore):
    """The store's path names a folder, a device or a FIFO: no library, nothing to mend;
    refused before anything is read or made beside it."""

    def __init__(self, path: Path, kind: str) -> None:
        inside = f", e.g. {path / 'library.json'}" if kind == "a folder" else ""
        StoreError.__init__(
            self,
            f"{path}: {kind}, not a store file; nothing was touched (--db names a library "
            f"file{inside})",
        )
        self.path = path
        self.reason = f"{kind}, not a store file"


class StoreChangedUnder(StoreCorrupt):
    """The store file was changed by another program while open (cut short in place): the
    bytes it was read from are gone and no copy of them is left."""


class StoreTooNew(StoreError):
    """The store was written by a newer diplotui."""

    def __init__(self, path: Path, found: int) -> None:
        super().__init__(
            f"{path}: written by a newer diplotui (schema {found}, this one knows up to "
            f"{SCHEMA_VERSION}); upgrade diplotui to open it"
        )
        self.path = path
        self.found = found


class JournalTooNew(StoreTooNew):
    """The store's journal was written by a newer diplotui, in a format this one cannot read."""

    def __init__(self, path: Path, found: int, known: int) -> None:
        StoreError.__init__(
            self,
            f"{path}: written by a newer diplotui (journal format {found}, this one knows up "
            f"to {known}); upgrade diplotui to open it",
        )
        self.path = path
        self.found = found


class StoreMissing(StoreError):
    """The store file is gone while its backups or article texts remain: not a first run."""

    def __init__(self, path: Path, evidence: str) -> None:
        step = (  # with no backup, doctor names what keeps the rest: --restore would refuse
            "run 'diplotui doctor --restore' to restore the newest backup"
            if evidence.startswith("backups")
            else "run 'diplotui doctor': it says what brings the library back"
        )
        super().__init__(
            f"{path}: the store file is missing but {evidence} remain; nothing was created ({step})"
        )
        self.path = path
        self.reason = f"the store file is missing but {evidence} remain"


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
def write_failures_reported(path: Path) -> Iterator[None]:
    """Turn an ``OSError`` inside the block into a one-line ``StoreWriteFailed``."""
    try:
        yield
    except OSError as error:
        raise StoreWriteFailed(path, error) from error


class UnknownId(StoreError):
    """No record has that id or id prefix."""


class AmbiguousId(StoreError):
    """Several records share that id prefix."""
