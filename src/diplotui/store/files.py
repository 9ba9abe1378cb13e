"""Durable, atomic file writing: the helpers the store, backups, the list snapshot and the
entity cache share, without any of them needing the store itself.

A file written here holds its old or its new content after a crash, never a mix: the data goes
to a temp file in the same folder, is fsynced, renamed over the target, and the folder is
fsynced so the rename survives a power cut. The target keeps its permission bits.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import glob
import os
import stat
import sys
from collections.abc import Callable
from pathlib import Path

from diplotui.inert import inert_line

NEW_FILE_MODE = 0o600  # notes are private until the user decides otherwise


def text_hash(text: str) -> str:
    """The content address of an article text (sha256 of its UTF-8 bytes)."""
    import hashlib  # OpenSSL's binding: loaded on the first import, not at every start

    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def fsync_dir(directory: Path) -> None:
    """Make a rename or a new entry in ``directory`` survive a power cut.

    Windows cannot open a folder for syncing (its metadata writes are ordered), so there it
    is a no-op.
    """
    if os.name == "nt":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@functools.cache
def _syncfs() -> Callable[[int], int] | None:
    """Linux's ``syncfs`` from the C library, or None where there is none (other systems)."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes  # only where a file system is synced whole: not at every start

    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None
    call = getattr(libc, "syncfs", None)
    if call is None:
        return None
    call.argtypes = [ctypes.c_int]
    call.restype = ctypes.c_int
    return call  # type: ignore[no-any-return]


def file_system_sync_available() -> bool:
    """Whether ``sync_file_system`` can sync a whole file system here."""
    return _syncfs() is not None


def sync_file_system(path: Path) -> bool:
    """Make every file written on the file system holding ``path`` (data, names, folders)
    survive a power cut, with one wait for the disk (Linux's ``syncfs``): a thousand new
    files then cost one flush instead of an fsync each (0.07 s against 0.3-0.5 s here).

    False where the platform has no such call or the call failed: the caller syncs file by
    file instead. (Linux reports a failed write-back through ``syncfs`` since 5.8.)"""
    call = _syncfs()
    if call is None:
        return False
    fd = os.open(path, os.O_RDONLY)
    try:
        return call(fd) == 0
    finally:
        os.close(fd)


def make_dirs_durable(directory: Path) -> None:
    """Create ``directory`` and its missing parents, syncing each new folder's parent, so a
    file written inside it is not lost with its folder on a power cut."""
    missing = []
    current = directory
    while not current.exists():
        missing.append(current)
        current = current.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):
            folder.mkdir()
        fsync_dir(folder.parent)


PID_MAX = 2**31 - 1
"""The largest process id a system gives (``pid_t`` is a C int)."""


def process_alive(pid: int) -> bool:
    """Whether process ``pid`` still runs: a temp file or lock of a live writer is left alone.
    A pid no process has (0 and below name groups; one past a C int, read from a file made
    otherwise than by diplotui) is none: os.kill's OverflowError ended every command."""
    if not 0 < pid <= PID_MAX:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


def process_start(pid: int) -> str:
    """When process ``pid`` started, as the system counts it (clock ticks since boot, from
    ``/proc``), or "" where the system does not say (no ``/proc``, a process gone)."""
    try:
        stat_line = Path(f"/proc/{pid}/stat").read_bytes()
    except (OSError, ValueError):
        return ""
    fields = stat_line[stat_line.rfind(b")") + 2 :].split()  # its name may hold spaces
    return fields[19].decode("ascii", "replace") if len(fields) > 19 else ""


def noted_process_alive(pid: int, start: object) -> bool:
    """Whether the process a note names still runs: ``pid``, started at ``start`` (what
    :func:`process_start` said when the note was written). A process given that pid since
    (after a reboot, or the pids wrapped) is not the one noted: taken for it, a killed
    import's note was said by nothing for as long as that other process ran."""
    if not process_alive(pid):
        return False
    if not isinstance(start, str) or not start:  # noted before starts were, or none known
        return True
    now = process_start(pid)
    return not now or now == start


_DIPLOTUI_OPTIONS_WITH_A_VALUE = frozenset({"--db"})


def process_command(pid: int) -> str:
    """What process ``pid`` runs, for a message: "diplotui's app", "diplotui import", another
    program's name; "" where the system does not say (no ``/proc``, a process gone)."""
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return ""
    argv = [arg for arg in raw.decode("utf-8", "replace").split("\0") if arg]
    starts = [
        i + 1
        for i, arg in enumerate(argv)
        if os.path.basename(arg) == "diplotui"
        or (i and argv[i - 1] == "-m" and arg.split(".")[0] == "diplotui")
    ]
    if not starts:
        return os.path.basename(argv[0]) if argv else ""
    words = iter(argv[starts[0] :])
    for word in words:
        if word in _DIPLOTUI_OPTIONS_WITH_A_VALUE:
            next(words, None)
        elif not word.startswith("-"):
            return inert_line(f"diplotui {word}")
    return "diplotui's app"


_TEMP_NAME_BYTES = 200
"""How much of a file's name its temp files' names keep: with ".", ".tmp-", a pid and 8 hex
digits they stay under the 255 bytes a name may hold. Whole, a 250-byte name (a valid one)
made a temp name too long, and the export to it failed with "File name too long"."""


def temp_prefix(path: Path) -> str:
    """The name prefix of ``path``'s temp files (``doctor`` and cleanup look for it)."""
    kept = os.fsencode(path.name)[:_TEMP_NAME_BYTES]
    return f".{os.fsdecode(kept)}.tmp-"


def _mode_to_keep(path: Path) -> int:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return NEW_FILE_MODE


def atomic_write_bytes(path: Path, data: bytes | list[bytes], derived: bool = False) -> None:
    """Write ``data`` (or its chunks, in order) so that ``path`` holds its old or its new
    content, never a mix; an existing file keeps its permission bits, but for ``derived``
    data (a cache), which its owner must be able to read and write again: a cache file
    made unreadable (``chmod 000``) was written back so, and found again at every command."""
    mode = _mode_to_keep(path) | (stat.S_IRUSR | stat.S_IWUSR if derived else 0)
    temp = path.with_name(f"{temp_prefix(path)}{os.getpid()}-{os.urandom(4).hex()}")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, NEW_FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.writelines([data] if isinstance(data, bytes) else data)
            handle.flush()
            if mode != NEW_FILE_MODE:
                os.chmod(temp, mode)
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise
    fsync_dir(path.parent)


def stray_temp_files(path: Path) -> list[Path]:
    """Temp files an interrupted writer left beside the store at ``path`` or among its bodies.

    Every writable open looks, so the bodies' folders (100,000 texts) are listed by
    ``os.listdir`` and only the dot-names looked at: ``Path.glob`` matched each name in
    Python, half a second at 100,000."""
    bodies = path.with_name(path.name + ".bodies")
    beside = path.parent.glob(f"{glob.escape(temp_prefix(path))}*")  # "lib[1].json" no pattern
    found: list[Path] = []
    with contextlib.suppress(OSError):
        for folder in os.listdir(bodies):
            with contextlib.suppress(OSError):
                names = os.listdir(bodies / folder)
                found.extend(
                    bodies / folder / name
                    for name in names
                    if name.startswith(".") and ".txt.tmp-" in name
                )
    return sorted([*beside, *found])


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


def remove_dead_temps(target: Path) -> list[Path]:
    """Delete temp files that a killed writer of ``target`` left (their pid is gone); a live
    writer's are left alone. For files written without the store's lock (exports, caches).
    The files deleted."""
    removed = []
    for stray in target.parent.glob(f"{glob.escape(temp_prefix(target))}*-*"):
        pid = stray.name.rsplit(".tmp-", 1)[1].split("-", 1)[0]
        if pid.isdigit() and not process_alive(int(pid)):
            with contextlib.suppress(OSError):
                stray.unlink()
                removed.append(stray)
    return removed


def file_stamp(path: Path) -> str | None:
    """The file's size, modification time and inode (None if absent): every write changes it."""
    try:
        info = path.stat()
    except OSError:
        return None
    return stamp_of(info)


def stamp_of(info: os.stat_result) -> str:
    return f"{info.st_size} {info.st_mtime_ns} {info.st_ino}"


def journal_path(store_path: Path) -> Path:
    """The append-only journal of changes beside the compacted store file."""
    return store_path.with_name(store_path.name + ".journal")


def canonical_store_path(path: str | os.PathLike[str]) -> Path:
    """The store's real path: links resolved once, so every process (whatever path it was
    given) writes the real file, keeps bodies beside it and takes the same lock."""
    try:
        return Path(path).expanduser().resolve()
    except (RuntimeError, OSError) as error:  # RuntimeError before Python 3.13
        from diplotui.store.errors import StoreError

        raise StoreError(f"{path}: its links form a loop; nothing was opened") from error


def store_stamp(store_path: Path) -> str | None:
    """The stamp of the store as a whole (its file and its journal): any committed write
    changes it, so derived data keyed on it is stale as soon as the store changes."""
    stamp = file_stamp(store_path)
    if stamp is None:
        return None
    return f"{stamp} {file_stamp(journal_path(store_path)) or '-'}"


NOT_REGULAR = "not a regular file (a folder, FIFO or device)"


_NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0)


def open_regular_file(path: Path, follow: bool = True) -> int:
    """A read descriptor of ``path``; OSError when it is no regular file: a FIFO would keep
    the open waiting for a writer and a device (``/dev/zero``) would never end its reading.
    Opened without blocking, then checked on the descriptor itself; not ``follow``, a
    symbolic link is refused too (ELOOP)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags if follow else flags | _NO_FOLLOW)
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise OSError(errno.EINVAL, NOT_REGULAR, str(path))
    return fd


def read_regular_file(path: Path, limit: int = -1) -> bytes:
    """Every byte of ``path`` (``open_regular_file``'s check first), or its first ``limit``."""
    with open(open_regular_file(path), "rb") as handle:
        return handle.read(limit)


_SPECIAL_KINDS = {
    stat.S_IFDIR: "a folder",
    stat.S_IFCHR: "a device",
    stat.S_IFBLK: "a device",
    stat.S_IFIFO: "a FIFO (named pipe)",
    stat.S_IFSOCK: "a socket",
}


def special_file_kind(path: Path) -> str | None:
    """What stands at ``path`` ("a folder", "a device") when it exists as no regular file,
    its links followed; None for a regular file or nothing. ``--db /tmp`` was read as a
    store that "cannot be read" and sent to the doctor, who advised mending it by hand."""
    try:
        mode = path.stat().st_mode
    except (OSError, ValueError):  # missing, a loop, a name the system refuses: said later
        return None
    if stat.S_ISREG(mode):
        return None
    return _SPECIAL_KINDS.get(stat.S_IFMT(mode), "a special file")


def refuse_irregular_store(path: Path) -> None:
    """OSError when a store's file exists as anything but a regular file, checked before any
    lock or temp file is made beside it (as root, ``--db /dev/full`` made ``/dev/full.lock``)
    and before a FIFO in place of a journal or body log keeps a write waiting for a reader."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return
    if not stat.S_ISREG(mode):
        raise OSError(errno.EINVAL, NOT_REGULAR, str(path))


def refuse_linked_side_file(path: Path) -> None:
    """OSError when one of the store's own files beside it is a symbolic link: a write or a
    truncation through it would land in the file it points to, someone else's (a planted
    ``<store>.bodies.log`` emptied whatever it named at the next open)."""
    if path.is_symlink():
        raise OSError(errno.ELOOP, "is a symbolic link, not a regular file", str(path))


def write_hint_file(path: Path, text: str) -> None:
    """Write a hint beside the store (the trust note) in place, never through a symbolic link
    planted at its name (it is replaced by the note: the file it points to is someone else's)
    nor into a FIFO (no reader would keep the write waiting for ever). OSError on failure."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | _NO_FOLLOW | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags, 0o666)
    except OSError as error:
        if error.errno != errno.ELOOP or not path.is_symlink():
            raise
        path.unlink()
        fd = os.open(path, flags | os.O_EXCL, 0o666)
    with open(fd, "w", encoding="utf-8") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, NOT_REGULAR, str(path))
        handle.write(text)


def trust_note_path(store_path: Path) -> Path:
    """The store file's trust note (``<store>.checked``: see ``storage.write_trust_stamp``)."""
    return store_path.with_name(store_path.name + ".checked")


def distrust_note(store_path: Path) -> None:
    """Make the trust note match no file again, keeping where it placed each record: the
    file was found changed in place under it, and the next open salvages the records by
    those places. A hint only, so anyone may write it; never the store itself."""
    note = trust_note_path(store_path)
    with contextlib.suppress(OSError, ValueError):
        text = read_regular_file(note).decode()
        if not text.startswith("distrusted "):
            write_hint_file(note, f"distrusted {text}")


def is_read_only_file(path: Path) -> bool:
    """True when the file exists with no write permission bit at all (e.g. mode 444): the
    user made it read-only, which even root's writes should respect."""
    try:
        return stat.S_IMODE(path.stat().st_mode) & 0o222 == 0
    except OSError:
        return False
