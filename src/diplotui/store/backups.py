"""Rotating backups of the store file, kept in ``<store>.backups/``.

A backup is taken when a store is opened for writing and the file (already checked readable)
differs from the newest backup, so writes themselves stay as fast as before. Backups are full
copies, not hard links: corruption written into the store's file in place by some other tool
must not reach them. Only the newest ``BACKUPS_KEPT`` are kept.
"""

from __future__ import annotations

import contextlib
import errno
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from diplotui.store.errors import StoreError
from diplotui.store.files import atomic_write_bytes, read_regular_file
from diplotui.store.records import load_store_json

BACKUPS_KEPT = 5
STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"  # UTC to the microsecond: sorts as text in time order

# "<UTC time>[-n][.<library id>].json": the id keeps a new library (say, one created after
# the old file was lost) from rotating out the backups of another
# and the generation (compaction) of the store file it copies, so an unchanged file is
# recognised without reading megabytes
_BACKUP_NAME = re.compile(
    r"\d{8}T\d{12}Z(-\d+)?(\.(?P<library>[0-9a-f]{1,32})(\.(?P<generation>[0-9a-f]{1,32}))?)?\.json"
)


@dataclass(frozen=True, slots=True)
class Backup:
    """One backup file and whether it holds a readable store."""

    path: Path
    problem: str | None = None

    @property
    def good(self) -> bool:
        return self.problem is None


def backups_dir(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + ".backups")


def linked_backups(store_path: Path) -> str | None:
    """Why no backup is kept, when the backups folder is a symbolic link, or None. Anyone
    who can write the data folder could point it elsewhere: each open wrote a copy of the
    whole library there, and rotated out that folder's files of a backup's name."""
    folder = backups_dir(store_path)
    if not folder.is_symlink():
        return None
    try:
        target = str(folder.readlink())
    except OSError:
        target = "somewhere unreadable"
    return (
        f"{folder}: the backups folder is a symbolic link (to {target}), so no backup is "
        f"written or read through it; move the link away (rm '{folder}') and the next write "
        "makes the folder and a backup in it"
    )


def backups_not_a_folder(store_path: Path) -> str | None:
    """Why no backup is kept, when the backups folder's place holds a file (or a FIFO, a
    device), or None: each writer said so as it opened, yet ``doctor`` said only "no good
    backup yet (one is taken each time the store opens to write)", which none would be."""
    folder = backups_dir(store_path)
    if folder.is_symlink() or not folder.exists() or folder.is_dir():
        return None
    return (
        f"{folder}: is a file, not a folder, so no backup is kept as the store opens to "
        f"write; move it away (mv '{folder}' '{folder}.old') and the next write makes the "
        "folder and a backup in it"
    )


def timestamp() -> str:
    """UTC, to the microsecond, sortable as text (also names ``.broken-`` copies)."""
    return datetime.now(timezone.utc).strftime(STAMP_FORMAT)


def backup_files(store_path: Path) -> list[Path]:
    """The backups of ``store_path``, newest first (other files in the folder are ignored)."""
    folder = backups_dir(store_path)
    if not folder.is_dir() or folder.is_symlink():
        return []
    found = [p for p in folder.iterdir() if _BACKUP_NAME.fullmatch(p.name)]
    return sorted(found, key=lambda p: p.name, reverse=True)


def _name_part(backup: Path, part: str) -> str | None:
    match = _BACKUP_NAME.fullmatch(backup.name)
    return match.group(part) if match else None


def library_of(backup: Path) -> str | None:
    """The library id a backup's name carries (None for backups named before ids)."""
    return _name_part(backup, "library")


def keep_backup(
    store_path: Path,
    raw: bytes | Callable[[], bytes],
    library: str | None = None,
    generation: str | None = None,
) -> Path | None:
    """Save ``raw`` (the store's current, readable bytes, or how to read them when needed)
    unless the newest backup equals it (known from its name when it copies the same
    ``generation``); only backups of the same ``library`` are rotated out.

    Returns the new backup, or None when none was needed; OSError when it could not be
    written (a full disk, a read-only folder), which the caller says and goes on: a backup is
    a safety net, and must not stop anyone from working (``diplotui doctor`` shows which
    backups exist).
    """
    if linked_backups(store_path) is not None:
        return None
    existing = backup_files(store_path)
    if existing and generation and _name_part(existing[0], "generation") == generation:
        return None
    if callable(raw):
        raw = raw()
    if existing and _same_bytes(existing[0], raw):
        return None
    folder = backups_dir(store_path)
    made = not folder.exists()
    if not made and not folder.is_dir():  # mkdir's own word for it is "File exists"
        raise OSError(errno.ENOTDIR, "is a file, not a folder", str(folder))
    try:
        folder.mkdir(exist_ok=True)
        target = _unused_name(folder, library, generation)
        atomic_write_bytes(target, raw)
        same_library = [b for b in backup_files(store_path) if library_of(b) == library]
        for old in same_library[BACKUPS_KEPT:]:
            old.unlink(missing_ok=True)
    except OSError:
        if made:  # the folder made for a first backup a full disk refused: none is left
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise
    return target


def backup_time(backup: Path) -> str:
    """When a backup was taken, from its name: "2026-12-03 22:26:53 UTC" ("" if unnamed)."""
    match = _BACKUP_NAME.fullmatch(backup.name)
    if match is None:
        return ""
    taken = datetime.strptime(backup.name[: len("20261203T222653000000Z")], STAMP_FORMAT)
    return taken.strftime("%Y-%m-%d %H:%M:%S UTC")


def backup_of_generation(store_path: Path, generation: str) -> Path | None:
    """The backup of the store file of ``generation`` (one compaction's output, so the very
    bytes of that file), if one was taken."""
    found = (b for b in backup_files(store_path) if _name_part(b, "generation") == generation)
    return next(found, None)


def check_backups(store_path: Path) -> list[Backup]:
    """Every backup, newest first, with the reason it cannot be restored if it cannot (one
    holding a record that fails its check opens with it set aside, so it is good)."""
    checked = []
    for path in backup_files(store_path):
        try:
            load_store_json(path, set_aside_into=[])
            checked.append(Backup(path))
        except StoreError as error:
            checked.append(Backup(path, getattr(error, "reason", str(error))))
    return checked


def newest_good_backup(store_path: Path) -> Path | None:
    return next((b.path for b in check_backups(store_path) if b.good), None)


def _same_bytes(path: Path, raw: bytes) -> bool:
    with contextlib.suppress(OSError):
        return path.stat().st_size == len(raw) and read_regular_file(path) == raw
    return False


def _stamp_after_the_newest(folder: Path) -> str:
    """Now, or a microsecond after the newest backup when the clock is behind it (it ran
    ahead and was set right): the newest by name must stay the one taken last, or every new
    backup sorts oldest and is rotated out at once."""
    stamp = timestamp()
    names = [p.name for p in folder.iterdir() if _BACKUP_NAME.fullmatch(p.name)]
    newest = max((name[: len(stamp)] for name in names), default="")
    if newest >= stamp:
        later = datetime.strptime(newest, STAMP_FORMAT) + timedelta(microseconds=1)
        stamp = later.strftime(STAMP_FORMAT)
    return stamp


def _unused_name(folder: Path, library: str | None, generation: str | None) -> Path:
    stamp = _stamp_after_the_newest(folder)
    suffix = "".join(f".{part}" for part in (library, library and generation) if part) + ".json"
    candidate = folder / f"{stamp}{suffix}"
    counter = 1
    while candidate.exists():
        candidate = folder / f"{stamp}-{counter}{suffix}"
        counter += 1
    return candidate
