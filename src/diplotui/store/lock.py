"""The single-writer lock: an exclusive OS lock on ``<store>.lock`` (``flock`` on Linux and
macOS, ``LockFileEx`` through portalocker on Windows); the OS releases it even when the holder
is killed.

Where ``fcntl.flock`` exists it is called directly, as portalocker itself would: importing
portalocker reads package metadata (``importlib.metadata``), 60-250 ms on every CLI start here,
more than a whole ``diplotui tag`` otherwise costs. Elsewhere portalocker is imported when a
lock is first taken. :func:`_os_lock` and :func:`_os_unlock` are the one portable seam.

The lock file is opened without following links and must be a regular file: a symlink, folder
or FIFO planted there is refused, never truncated or written through. The file holds the
holder's pid for messages only; after a crash it names a dead process, so messages ask the
OS who really holds the lock where it can tell (Linux's ``/proc/locks``), and otherwise trust
the pid only if that process is alive.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import time
from pathlib import Path

from diplotui.store.errors import StoreError, StoreLocked, StoreReadOnly
from diplotui.store.files import process_alive, process_command

_NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NON_BLOCK = getattr(os, "O_NONBLOCK", 0)  # opening a FIFO must not wait for a writer
_PROC_LOCKS = Path("/proc/locks")
# a store on a read-only disk or in a folder not ours: reading it needs no lock, and the
# message says how (attack41: the refusal left a reader with no way in)
_NOT_WRITABLE = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})
_NOT_CREATABLE_HINT = "; no store there yet to read, and none can be made in that folder"
"""For a store not yet made (a first run): ``--read-only`` would find nothing to read."""
_KINDS = {stat.S_IFDIR: "a folder", stat.S_IFIFO: "a FIFO", stat.S_IFLNK: "a symbolic link"}


class _Held(Exception):
    """Another process holds the lock."""


def _os_lock(fd: int, exclusive: bool) -> None:
    """Lock ``fd`` without waiting; ``_Held`` when another process holds it."""
    try:
        import fcntl
    except ImportError:  # Windows
        import portalocker

        mode = portalocker.LOCK_EX if exclusive else portalocker.LOCK_SH
        try:
            portalocker.lock(fd, mode | portalocker.LOCK_NB)
        except portalocker.exceptions.LockException:
            raise _Held from None
        return
    try:
        fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
    except BlockingIOError:
        raise _Held from None


def _os_unlock(fd: int) -> None:
    try:
        import fcntl
    except ImportError:  # Windows
        import portalocker

        portalocker.unlock(fd)
        return
    fcntl.flock(fd, fcntl.LOCK_UN)


def lock_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + ".lock")


class WriteLock:
    """Exclusive lock on ``<store>.lock`` for one writer at a time, and, where ``flock``
    exists, on the store file itself: a second name of the file (a hard link) has a
    ``.lock`` of its own beside it, so only the file can tell its two writers apart. (On
    Windows a lock on the file would bar its readers: the ``.lock`` alone is taken there.)"""

    def __init__(self, store_path: Path) -> None:
        self.store_path = store_path
        self.path = lock_path(store_path)
        self._fd: int | None = None
        self._file_fds: list[int] = []

    def _refuse(self, kind: str) -> StoreError:
        return StoreError(
            f"{self.path}: the lock file is {kind}, not a regular file; remove it "
            "(nothing was written)"
        )

    def _open(self, flags: int) -> int | None:
        """The lock file, opened safely (None when it does not exist and is not created)."""
        try:
            info = os.lstat(self.path)
        except FileNotFoundError:
            info = None
        if info is not None and not stat.S_ISREG(info.st_mode):
            raise self._refuse(_KINDS.get(stat.S_IFMT(info.st_mode), "a special file"))
        try:
            fd = os.open(self.path, flags | _NO_FOLLOW | _NON_BLOCK, 0o600)
        except FileNotFoundError:
            return None
        except OSError as error:
            line = f"{self.path}: cannot open the lock ({error.strerror}); nothing was written"
            if error.errno not in _NOT_WRITABLE:
                raise StoreError(line) from error
            if os.path.lexists(self.store_path):
                # a store in a folder it cannot write in (a read-only mount): read as a
                # read-only store file is, the app opening it read-only and saying so (it
                # ended, telling the user to start it again with --read-only)
                raise StoreReadOnly(line) from error
            raise StoreError(line + _NOT_CREATABLE_HINT) from error
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # swapped in since the lstat
            os.close(fd)
            raise self._refuse("not a regular file")
        return fd

    def holder_pid(self) -> int | None:
        """The process holding the lock as far as the OS or a live pid file can tell."""
        with contextlib.suppress(OSError):
            pid = _flock_holder(os.stat(self.path))
            if pid is not None:
                return pid
        try:
            pid = int(self.path.read_text().strip() or 0)
        except (OSError, ValueError):
            return None
        return pid if pid > 0 and process_alive(pid) else None

    def acquire(self, wait_seconds: float = 0.0) -> None:
        fd = self._open(os.O_RDWR | os.O_CREAT)
        assert fd is not None  # O_CREAT
        deadline = time.monotonic() + wait_seconds
        while True:
            try:
                _os_lock(fd, exclusive=True)
                break
            except _Held:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    pid = self.holder_pid()
                    command = process_command(pid) if pid else ""
                    raise StoreLocked(self.store_path, pid, command) from None
                time.sleep(0.05)
        self._fd = fd
        try:
            self._hold(_lock_store_file(self.store_path))
        except _Held:
            self.release()
            pid = None
            with contextlib.suppress(OSError):
                pid = _flock_holder(os.stat(self.store_path))
            command = process_command(pid) if pid else ""
            raise StoreLocked(self.store_path, pid, command, other_name=True) from None
        with contextlib.suppress(OSError):  # the pid is for messages only
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())

    def hold_new_file(self) -> None:
        """Lock the file a compaction just put in the store's place too. A file locked before
        stays locked while another name still has it (a hard link: its writer would take
        the old file for the store); one with no name left is let go, its space freed."""
        if self._fd is None:
            return
        with contextlib.suppress(_Held):
            self._hold(_lock_store_file(self.store_path))

    def _hold(self, new: int | None) -> None:
        named = []
        for held in self._file_fds:
            if os.fstat(held).st_nlink:
                named.append(held)
            else:
                os.close(held)
        self._file_fds = named if new is None else [*named, new]

    def release(self) -> None:
        for held in self._file_fds:
            os.close(held)  # closing it releases its lock
        self._file_fds = []
        if self._fd is not None:
            with contextlib.suppress(OSError):
                _os_unlock(self._fd)
            os.close(self._fd)
            self._fd = None

    def probe(self) -> int | None:
        """Without writing anything: the pid holding the lock (0 if unknown), or None if free."""
        try:
            fd = self._open(os.O_RDONLY)
        except StoreError:
            return None
        if fd is None:
            return None
        try:
            _os_lock(fd, exclusive=False)
        except _Held:
            return self.holder_pid() or 0
        finally:
            os.close(fd)
        return None


def _lock_store_file(store_path: Path) -> int | None:
    """A descriptor holding an exclusive ``flock`` on the store file (None where there is no
    file yet, or no ``flock``); ``_Held`` when another process holds it, through another
    name of the same file."""
    try:
        import fcntl
    except ImportError:  # Windows
        return None
    try:
        fd = os.open(store_path, os.O_RDONLY | _NO_FOLLOW | _NON_BLOCK)
    except OSError:  # not made yet (a first run), or unreadable: opening says why
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise _Held from None
    except OSError:
        os.close(fd)
        return None
    return fd


def _flock_holder(lock_file: os.stat_result) -> int | None:
    """Linux: the pid ``/proc/locks`` names for an exclusive lock on ``lock_file``. An inode
    number is unique on one filesystem only: a lock on another filesystem's file with the same
    number is someone else's, so the device (major and minor, in hex there) must match too."""
    try:
        lines = _PROC_LOCKS.read_text().splitlines()
    except OSError:
        return None
    ours = f"{os.major(lock_file.st_dev):02x}:{os.minor(lock_file.st_dev):02x}:{lock_file.st_ino}"
    for line in lines:
        parts = line.split()
        # "1: FLOCK  ADVISORY  WRITE 1234 08:01:5678 0 EOF"; blocked waiters have "->"
        if len(parts) >= 6 and parts[1] != "->" and parts[3] == "WRITE" and parts[5] == ours:
            with contextlib.suppress(ValueError):
                pid = int(parts[4])
                return pid if pid > 0 else None
    return None
