"""Article texts of a batch made durable by one fsync, whatever their number.

A batch of 50 new articles used to cost 50 text files each fsynced, and their folder each
time: a feed refresh spent most of its time there. Inside a batch each text file is now written
without an fsync, and all the batch's texts are appended together, as one checksummed line, to
``<store>.bodies.log`` and fsynced once, before the batch's journal line acknowledges the
records that name them. So an acknowledged article's text is always on disk: in its own file,
or in the log. A background thread then fsyncs the files; once every file is on disk the log
is emptied (and closing the store waits for that). Opening a store for writing after a crash
restores from the log every text whose file is missing or cut short, syncs the others, and
empties the log.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import threading
import zlib
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

from diplotui.store.errors import write_failures_reported
from diplotui.store.files import (
    atomic_write_bytes,
    file_system_sync_available,
    fsync_dir,
    make_dirs_durable,
    read_regular_file,
    sync_file_system,
    temp_prefix,
)

SYNC_THREADS = 8
"""fsyncs at once: a file system commits concurrent ones together, so eight side by side
take little longer than one."""
SYNC_SHARE = 4
"""Files one background sync takes (a batch of 50 texts is shared among the threads), where
the file system cannot be synced whole; where it can, one sync takes the whole batch."""
WHOLE_SYNC_FROM = 8
"""From this many files on, one flush of their whole file system (Linux's ``syncfs``) costs
less than an fsync each (1,000 new files: 0.07-0.09 s against 0.3-0.5 s on this project's VM)."""

_APPEND_FLAGS = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
"""The log is appended to, never through a symbolic link planted at its name."""

BodyPath = Callable[[str], Path]
"""Where the text with a given sha256 digest lives."""


def body_log_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + ".bodies.log")


def encode_texts(texts: dict[str, bytes]) -> bytes:
    """One log line: CRC-32 of the JSON that follows, a space, {digest: text} (ASCII JSON)."""
    decoded = {digest: data.decode("utf-8", "surrogatepass") for digest, data in texts.items()}
    body = json.dumps(decoded, separators=(",", ":")).encode("ascii")
    return b"%08x %s\n" % (zlib.crc32(body), body)


def read_log(path: Path) -> dict[str, bytes]:
    """Every text the log holds; a torn or damaged line (its batch never acknowledged, as the
    journal line comes after it) is passed over."""
    try:
        raw = read_regular_file(path)
    except FileNotFoundError:
        return {}
    texts: dict[str, bytes] = {}
    for line in raw.split(b"\n"):
        body = line[9:]
        if len(line) < 10 or line[8:9] != b" ":
            continue
        try:
            if int(line[:8], 16) != zlib.crc32(body):
                continue
            found = json.loads(body)
        except (ValueError, RecursionError):  # nested too deep, its checksum right
            continue
        if isinstance(found, dict):
            texts.update(
                (digest, text.encode("utf-8", "surrogatepass"))
                for digest, text in found.items()
                if isinstance(digest, str) and isinstance(text, str)
            )
    return texts


def write_unsynced(path: Path, data: bytes) -> None:
    """``path`` holds ``data`` whole or not at all (temp file, rename), without an fsync: the
    body log holds the text until the file is synced."""
    path.parent.mkdir(parents=True, exist_ok=True)  # synced with the file, later
    _replace_through_temp(path, data, sync=False)


def write_synced(path: Path, data: bytes) -> None:
    """``path`` holds ``data`` whole, on disk, or nothing: the temp file is fsynced before the
    rename, so a crash never leaves a short or empty file under a text's name. The folder is
    not synced here (``TextsAhead`` syncs each folder once for all its files)."""
    _replace_through_temp(path, data, sync=True)


def write_temp(path: Path, data: bytes, *, sync: bool = False) -> Path:
    """A new temp file beside ``path`` holding ``data`` (fsynced with ``sync``)."""
    temp = path.with_name(f"{temp_prefix(path)}{os.getpid()}-{os.urandom(4).hex()}")
    try:
        with open(temp, "xb") as handle:
            handle.write(data)
            if sync:
                handle.flush()
                os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise
    return temp


def _replace_through_temp(path: Path, data: bytes, *, sync: bool) -> None:
    temp = write_temp(path, data, sync=sync)
    try:
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise


def sync_files(paths: list[Path]) -> None:
    """Make the files and their names durable: from ``WHOLE_SYNC_FROM`` files on, with one
    flush of their file system where it can be synced whole; else fsync each file, then each
    folder holding them and that folder's parent (a new ``bodies/xx`` folder) once."""
    if len(paths) >= WHOLE_SYNC_FROM and _flushed(paths[0].parent):
        return
    for path in paths:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    folders = {path.parent for path in paths}
    for folder in (*folders, *{folder.parent for folder in folders}):
        fsync_dir(folder)


def recover(store_path: Path, body_path: BodyPath, check: Callable[[Path, str], bool]) -> int:
    """After a crash: put back from the log every text whose file is missing or altered
    (``check`` says whether a file holds its digest's text), sync the rest, empty the log.
    Returns how many texts were put back. Only while holding the store's lock."""
    log = body_log_path(store_path)
    try:
        if not log.stat().st_size:
            return 0
    except FileNotFoundError:
        return 0
    texts = read_log(log)
    restored = 0
    present = []
    for digest, data in texts.items():
        path = body_path(digest)
        if check(path, digest):
            present.append(path)
        else:
            with write_failures_reported(path):
                make_dirs_durable(path.parent)
                atomic_write_bytes(path, data)
            restored += 1
    sync_files(present)
    with contextlib.suppress(FileNotFoundError):
        os.truncate(log, 0)
    return restored


class DeferredBodies:
    """The texts this store wrote without an fsync, and the log that keeps them meanwhile."""

    def __init__(self, store_path: Path) -> None:
        self.log_path = body_log_path(store_path)
        self._unsynced: dict[str, Path] = {}  # digest -> its file, written but not synced
        self._durable: set[str] = set()  # texts logged by this store: in the log or synced
        self._lock = threading.Lock()  # for the sets (never held across a write or fsync)
        self._appending = threading.Lock()  # for the log file
        self._syncer: ThreadPoolExecutor | None = None
        self._fd: int | None = None

    def write(self, digest: str, path: Path, data: bytes) -> None:
        """Write the text's file now (unsynced); it must be logged before it is named."""
        with write_failures_reported(path):
            write_unsynced(path, data)
        with self._lock:
            self._unsynced[digest] = path

    def forget(self, digests: Iterable[str]) -> None:
        """Stop keeping these texts (their files are being deleted: no record names them):
        a later batch writes them again, and the log is emptied without syncing them."""
        with self._lock:
            for digest in digests:
                self._unsynced.pop(digest, None)
                self._durable.discard(digest)

    def is_unsynced(self, digest: str) -> bool:
        with self._lock:
            return digest in self._unsynced

    def is_logged(self, digest: str) -> bool:
        """Whether this store logged the text: its file is written and durable (in the log,
        or synced since)."""
        return digest in self._durable  # a set lookup: atomic, no lock to wait for

    def prepare(self, texts: dict[str, tuple[Path, bytes]]) -> None:
        """Write and log texts ahead of the batch that will name them (from any thread): the
        batch itself then costs no text write nor fsync."""
        for digest, (path, data) in texts.items():
            if not path.exists():
                self.write(digest, path, data)
        self.log({digest: data for digest, (_path, data) in texts.items()})
        self.sync_later(list(texts))

    def log(self, texts: dict[str, bytes]) -> None:
        """Append the batch's texts as one line and fsync it: then they survive a crash."""
        line = encode_texts(texts)
        with write_failures_reported(self.log_path), self._appending:
            if self._fd is None:
                created = not self.log_path.exists()
                self._fd = os.open(self.log_path, _APPEND_FLAGS, 0o600)
                if created:
                    fsync_dir(self.log_path.parent)
            start = os.fstat(self._fd).st_size
            try:
                view = memoryview(line)
                while view:
                    view = view[os.write(self._fd, view) :]
                os.fsync(self._fd)
            except OSError:
                with contextlib.suppress(OSError):
                    os.ftruncate(self._fd, start)
                raise
            self._durable.update(texts)

    def sync_later(self, digests: list[str]) -> None:
        """Sync these texts' files in the background; the log empties once none is left."""
        if self._syncer is None:
            self._syncer = ThreadPoolExecutor(SYNC_THREADS, thread_name_prefix="diplotui-sync")
        share = max(len(digests), 1) if file_system_sync_available() else SYNC_SHARE
        for first in range(0, len(digests), share):
            self._syncer.submit(self._sync, digests[first : first + share])

    def _sync(self, digests: list[str]) -> None:
        with self._lock:
            paths = {d: self._unsynced[d] for d in digests if d in self._unsynced}
        try:
            sync_files(list(paths.values()))
        except OSError:
            return  # the log keeps them; closing or the next opening tries again
        with self._appending, self._lock:
            for digest in paths:
                self._unsynced.pop(digest, None)
            if not self._unsynced and self._fd is not None:
                os.ftruncate(self._fd, 0)  # every logged text is in its own file, on disk

    def close(self) -> None:
        """Wait for the background syncs, sync what is left, and empty the log."""
        if self._syncer is not None:
            self._syncer.shutdown(wait=True)
            self._syncer = None
        with self._lock:
            left = list(self._unsynced.values())
        with contextlib.suppress(OSError):  # on failure the log keeps them for the next opening
            sync_files([path for path in left if path.exists()])
            with self._appending, self._lock:
                self._unsynced.clear()
                if self._fd is not None:
                    os.ftruncate(self._fd, 0)
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


AHEAD_THREADS = 4
"""Texts written at once by ``TextsAhead``: creating a file and fsyncing it are kernel work that
waits on the disk or the file system's allocator, not on the interpreter lock."""


@dataclass(frozen=True, slots=True)
class _Unnamed:
    """A text written to its temp file: not on disk for sure yet, not under its name."""

    temp: Path
    path: Path


class TextsAhead:
    """Texts written durably to their own files while a refresh is still fetching, before it
    takes the store's lock to store the articles naming them.

    This needs no lock: a text's file is named by its content's hash, so any other writer
    can only put the same bytes there, and the store never deletes one. The batch that
    stores an article later finds its text on disk and writes nothing more for it (no file,
    no log line), so the lock is held for the records alone. A file never has its name
    before its bytes are on disk: where the file system can be synced whole (Linux), each
    text goes to a temp file, ``finish`` syncs them all at once, names them, and syncs the
    names (two waits for the disk instead of an fsync per file: 1,000 texts took 0.4-0.5 s
    longer than the fetching they overlapped); elsewhere each file is fsynced before its
    rename and ``finish`` syncs each folder once. A text that could not be written (say, the
    lock's holder took our temp file for a crashed writer's) is handed back by ``finish``,
    for the batch to write and log as usual.
    """

    def __init__(
        self, body_path: BodyPath, threads: int = AHEAD_THREADS, *, sync_whole: bool | None = None
    ) -> None:
        self._body_path = body_path
        self._sync_whole = file_system_sync_available() if sync_whole is None else sync_whole
        self._pool = ThreadPoolExecutor(threads, thread_name_prefix="diplotui-texts")
        self._writes: list[tuple[str, Future[Path | _Unnamed | None]]] = []
        self._folders: set[Path] = set()  # made durable already
        self._folders_lock = threading.Lock()

    def submit(self, texts: Iterable[str]) -> None:
        """Write these texts in the background (each file unless it exists)."""
        for text in texts:
            self._writes.append((text, self._pool.submit(self._write, text)))

    def _write(self, text: str) -> Path | _Unnamed | None:
        """The text's temp file (synced whole) or the folder that received its file, or None
        when it was there already."""
        data = text.encode("utf-8", "surrogatepass")
        path = self._body_path(hashlib.sha256(data).hexdigest())
        if path.exists():
            return None
        folder = path.parent
        if self._sync_whole:
            folder.mkdir(parents=True, exist_ok=True)  # made durable by finish's syncs
            return _Unnamed(write_temp(path, data), path)
        with self._folders_lock:
            known = folder in self._folders
        if not known:
            make_dirs_durable(folder)
            with self._folders_lock:
                self._folders.add(folder)
        write_synced(path, data)
        return folder

    def finish(self) -> list[str]:
        """Wait for the writes and make them durable under their names; returns the texts
        not known to be on disk (each failed write or sync)."""
        try:
            wait([future for _text, future in self._writes])
            failed: list[str] = []
            unnamed: list[tuple[str, _Unnamed]] = []
            by_folder: dict[Path, list[str]] = {}
            for text, future in self._writes:
                if future.exception() is not None:
                    failed.append(text)
                    continue
                written = future.result()
                if isinstance(written, _Unnamed):
                    unnamed.append((text, written))
                elif written is not None:
                    by_folder.setdefault(written, []).append(text)
            if unnamed:
                failed.extend(_synced_then_named(unnamed))
            # each folder for its files' names, and its parent for a folder made meanwhile
            folders = {*by_folder, *(folder.parent for folder in by_folder)}
            syncs = {folder: self._pool.submit(fsync_dir, folder) for folder in folders}
            for folder, texts in by_folder.items():
                if syncs[folder].exception() or syncs[folder.parent].exception():
                    failed.extend(texts)
            return failed
        finally:
            self._pool.shutdown(wait=True)
            self._writes.clear()


def _synced_then_named(unnamed: list[tuple[str, _Unnamed]]) -> list[str]:
    """Sync the temp files' bytes with one flush of their file system, rename each to its
    text's name, flush again for the names; returns the texts not known to be on disk under
    their names (a failed flush hands all back, their temp files removed)."""
    where = unnamed[0][1].temp.parent
    if not _flushed(where):
        for _text, written in unnamed:
            with contextlib.suppress(OSError):
                written.temp.unlink()
        return [text for text, _written in unnamed]
    named: list[str] = []
    failed: list[str] = []
    for text, written in unnamed:
        try:
            os.replace(written.temp, written.path)
        except OSError:
            failed.append(text)
            with contextlib.suppress(OSError):
                written.temp.unlink()
        else:
            named.append(text)
    if named and not _flushed(where):
        failed.extend(named)  # their bytes are on disk, their names maybe not: logged again
    return failed


def _flushed(where: Path) -> bool:
    try:
        return sync_file_system(where)
    except OSError:
        return False
