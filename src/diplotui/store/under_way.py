"""A note beside the store while a long command works on it, ``<store>.cache/under_way.json``:
its process, when it started and the command that finishes the work when run again.

A command stopped by Ctrl-C says what it left (``import interrupted: ... 300 files left``);
one killed outright (``kill -9``, the terminal's machine gone, a power cut) runs no handler
and said nothing: the next command found the store whole and the work half done, unsaid.
The note it leaves is said by every command that opens the store, until one of the same
work ends and removes it. Derived, as the cache folder's other files are: a note that cannot
be written leaves the work unnoted, one that cannot be read is taken as none."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shlex
import threading
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from datetime import datetime, timezone
from pathlib import Path

from diplotui.paths import cache_dir
from diplotui.store.files import (
    PID_MAX,
    atomic_write_bytes,
    canonical_store_path,
    noted_process_alive,
    process_start,
    read_regular_file,
    remove_dead_temps,
    temp_prefix,
)

NOTE_NAME = "under_way.json"
NOTE_BYTES = 64 * 1024  # a note is a few hundred bytes: a larger file is no note of ours


PATHS_NAMED = 3
"""The most paths the command finishing an import names: more are counted, the first few
named (a glob's thousand files)."""


def import_again(paths: Sequence[str], update: bool, store: str = "") -> str:
    """``diplotui [--db STORE] import PATHS [--update]``: the command that finishes an import
    (the CLI's or the app's ``I``) killed before its end, its paths made absolute."""
    quoted = [shlex.quote(os.path.abspath(path)) for path in paths]
    shown = " ".join(quoted[:PATHS_NAMED])
    if len(quoted) > PATHS_NAMED:
        shown += f" ... ({len(quoted):,} paths)"
    db = f" --db {shlex.quote(os.path.abspath(store))}" if store else ""
    return f"diplotui{db} import {shown}" + (" --update" if update else "")


IMPORT, SYNC = "import", "sync"
"""The works noted, each in a note of its own: an import ending removed a killed sync's
note, one note kept for both, and the sync left half done was said no more."""
_NOTE_NAMES = {IMPORT: NOTE_NAME, SYNC: "under_way-sync.json"}
IMPORT_NOTES = "importing-*.json"
"""An import's note, one a process (``importing-PID.json``): one note kept for every import,
the next import wrote its own over a killed one's and removed it as it ended, though it
imported other files, and the files the killed one left were said by nothing."""


def note_path(store_path: Path, work: str = IMPORT, pid: int | None = None) -> Path:
    """Where ``work`` is noted: a sync's note, an import's of process ``pid`` (this one's by
    default: the first of its imports under way), or, for IMPORT with ``pid`` 0, the one note
    every import kept before, which is still read and said."""
    folder = cache_dir(canonical_store_path(store_path))
    if work == IMPORT and pid != 0:
        return folder / f"importing-{os.getpid() if pid is None else pid}.json"
    return folder / _NOTE_NAMES[work]


_IN_USE: set[Path] = set()
_IN_USE_LOCK = threading.Lock()


@contextlib.contextmanager
def _own_path(path: Path) -> Iterator[Path]:
    """``path``, or, while this process's other work holds it, ``path`` with a number
    (``exporting-PID-2.json``): the app's second export, begun once the first one's dialog
    was closed, wrote its note over the first's, and the first's end removed it, so the
    second killed was said by nothing and its part written stayed."""
    with _IN_USE_LOCK:
        own, number = path, 1
        while own in _IN_USE:
            number += 1
            own = path.with_name(f"{path.stem}-{number}{path.suffix}")
        _IN_USE.add(own)
    try:
        yield own
    finally:
        with _IN_USE_LOCK:
            _IN_USE.discard(own)


@contextlib.contextmanager
def _noted(path: Path, fields: dict[str, object]) -> Iterator[None]:
    """``fields`` with this process's pid and start kept at ``path`` while the block runs;
    removed however it ends but killed (a note unwritable is no reason to stop the work)."""
    started = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    note = {"pid": os.getpid(), "started": started, "start": process_start(os.getpid()), **fields}
    with _own_path(path) as path:
        with contextlib.suppress(OSError):
            path.parent.mkdir(exist_ok=True)
            remove_dead_temps(path)
            atomic_write_bytes(path, json.dumps(note).encode("utf-8"), derived=True)
        try:
            yield
        finally:
            with contextlib.suppress(OSError):
                path.unlink()


@contextlib.contextmanager
def noted_while_running(
    store_path: Path,
    again: str,
    work: str = IMPORT,
    paths: Sequence[str] = (),
    update: bool = False,
) -> Iterator[None]:
    """Keep a note of this process's ``work`` (IMPORT or SYNC) on the store while it runs;
    ``again`` is the command that finishes it ("diplotui import in/"). Removed however the
    work ends but killed: done, failed or interrupted, the command says so itself. A sync
    ended finishes any sync killed before; an import ended (``paths``, ``update``: what it
    imported) finishes the killed imports whose files it imported again, with ``--update``
    where they had it, and removes their notes: another import's end leaves them said."""
    fields: dict[str, object] = {"again": again}
    read = [os.path.abspath(path) for path in paths]
    if work == IMPORT:
        fields.update(paths_digest=_paths_digest(read), update=update)
        if len(json.dumps(read)) <= PATHS_NOTED_BYTES:
            fields["paths"] = read
    with _noted(note_path(store_path, work), fields):
        yield
        if work == IMPORT:
            _finish_imports(store_path, read, update)


EXPORT_NOTES = "exporting-*.json"
"""An export's note, one a process (``exporting-PID.json``): exports run side by side."""
NOTES_HALF_WRITTEN = ".[ei][xm]porting-*.json.tmp-*"
"""The part of a note written by a work killed as it wrote it (``.exporting-PID.json.tmp-PID-…``):
it was left in the cache folder for good, removed by nothing."""
EXPORT_NOTES_READ = 20  # a folder of thousands is none of ours: the first few are said


@contextlib.contextmanager
def export_noted(store_path: Path, target: Path, part: Path | None = None) -> Iterator[None]:
    """Keep a note of this process's export to ``target`` while it is written: killed
    outright, it left its part written beside ``target`` (``.brief.md.tmp-PID-…``, as large
    as the export had grown), never said nor removed unless the same file was exported again.
    The next command or start removes it and says so (:func:`killed_exports`). ``part``, the
    temp file it writes, is noted by name: a part whose pid another process has since was
    taken for that process's and left beside ``target`` for good, its note removed."""
    path = cache_dir(canonical_store_path(store_path)) / f"exporting-{os.getpid()}.json"
    fields: dict[str, object] = {"target": os.path.abspath(target)}
    if part is not None:
        fields["part"] = os.path.abspath(part)
    with _noted(path, fields):
        yield


def killed_exports(store_path: Path) -> list[str]:
    """A line for each export killed before it finished, its part written removed, said
    once: the file it was writing is as it was before (none, or the one it was to replace)."""
    said = []
    folder = cache_dir(canonical_store_path(store_path))
    try:
        notes = sorted(folder.glob(EXPORT_NOTES))[:EXPORT_NOTES_READ]
        half_written = sorted(folder.glob(NOTES_HALF_WRITTEN))[:EXPORT_NOTES_READ]
    except OSError:
        return []
    for temp in half_written:  # a work killed as it wrote its note: the note's part stayed
        remove_dead_temps(temp.with_name(temp.name[1:].split(".tmp-", 1)[0]))
    for path in notes:
        note = _note(path)
        pid, started, target = note.get("pid"), note.get("started"), note.get("target")
        if not (isinstance(pid, int) and isinstance(started, str) and isinstance(target, str)):
            continue
        if not (0 < pid <= PID_MAX and target) or noted_process_alive(pid, note.get("start")):
            continue  # not ours, or at work now in another process
        try:
            removed = [
                *_noted_part(Path(target), pid, note.get("part")),
                *remove_dead_temps(Path(target)),
            ]
            path.unlink()
        except (OSError, ValueError):  # a folder gone, a NUL in a name: said, left as it is
            removed = []
        part = f" (its part written, {removed[0].name}, removed)" if removed else ""
        said.append(
            f"an export to {target} (process {pid}, started {started}) was killed before it "
            f"finished: {target} is as it was before it{part}; export it again"
        )
    return said


def _noted_part(target: Path, pid: int, part: object) -> list[Path]:
    """The part written a killed export's note names, removed: its pid is the killed
    process's, whatever process has that pid now. Only a temp file of ``target``'s by that
    pid is ever removed (a note is a file anyone may write)."""
    if not isinstance(part, str):
        return []
    written = Path(part)
    prefix = f"{temp_prefix(target)}{pid}-"
    if written.parent != target.parent or not written.name.startswith(prefix):
        return []
    try:
        written.unlink()
    except FileNotFoundError:
        return []
    return [written]


def _note(path: Path) -> dict[str, object]:
    """A note's fields, {} for a file that is none of ours (unreadable, huge, no object)."""
    try:  # read no further than a note goes: a 2 GB file made each command take 30 s
        note = json.loads(read_regular_file(path, NOTE_BYTES + 1))
    except (OSError, ValueError, RecursionError):  # a note of ours is one flat object
        return {}
    return note if isinstance(note, dict) else {}


def _import_notes(store_path: Path) -> list[Path]:
    """The notes of imports: each process's, then the one note imports kept before, if any
    (a folder of thousands is none of ours: the first few are read)."""
    folder = cache_dir(canonical_store_path(store_path))
    try:
        notes = sorted(folder.glob(IMPORT_NOTES))[:EXPORT_NOTES_READ]
    except OSError:
        notes = []
    return [*notes, note_path(store_path, IMPORT, pid=0)]


PATHS_NOTED_BYTES = 16 * 1024
"""The most an import's note lists of its paths: a glob's 5,000 files named whole made the
note larger than a note is read (``NOTE_BYTES``), and the import killed was said by nothing.
Past it, the paths are known by their digest alone: the same paths given again finish it."""


def _paths_digest(paths: Sequence[str]) -> str:
    return hashlib.sha256("\0".join(sorted(paths)).encode("utf-8", "surrogatepass")).hexdigest()


def _covers(paths: AbstractSet[str], path: str) -> bool:
    """Whether an import of ``paths`` reads ``path``: one of them, or in a folder of them
    (looked up folder by folder: a glob's 5,000 paths against another's)."""
    while path not in paths:
        parent = os.path.dirname(path)
        if parent == path:
            return False
        path = parent
    return True


def _finish_imports(store_path: Path, paths: Sequence[str], update: bool) -> None:
    """Remove the notes of the killed imports an import of ``paths`` finished: each of their
    files imported again (a note of the one note before, which named no files, by any
    import's end, as before), with ``--update`` where they had it."""
    given, digest = set(paths), _paths_digest(paths)
    for path in _import_notes(store_path):
        note = _note(path)
        pid, left = note.get("pid"), note.get("paths")
        if not isinstance(pid, int) or pid == os.getpid() or not 0 < pid <= PID_MAX:
            continue
        if noted_process_alive(pid, note.get("start")):
            continue  # at work now, in another process
        read_again = note.get("paths_digest") == digest or (
            isinstance(left, list)
            and all(isinstance(one, str) and _covers(given, one) for one in left)
        )
        if path.name != NOTE_NAME and not (
            read_again and (update or note.get("update") is not True)
        ):
            continue
        with contextlib.suppress(OSError):
            path.unlink()
            remove_dead_temps(path)


def unfinished_work(store_path: Path) -> list[str]:
    """A line for each work (an import, a sync) a command killed before it finished left
    half done, saying how to finish it; none noted, or its process still runs: none."""
    notes = [*_import_notes(store_path), note_path(store_path, SYNC)]
    return [said for path in notes if (said := _unfinished(path))]


def _unfinished(path: Path) -> str:
    note = _note(path)
    pid, started, again = note.get("pid"), note.get("started"), note.get("again")
    if not (isinstance(pid, int) and isinstance(started, str) and isinstance(again, str)):
        return ""
    if not 0 < pid <= PID_MAX:
        return ""  # no process's: a note not of ours, taken as none
    if noted_process_alive(pid, note.get("start")):
        return ""  # at work now, in another process
    return (
        f"`{again}` (process {pid}, started {started}) was killed before it finished: "
        "the store is whole, with what it stored; run it again for the rest"
    )
