"""Each import killed outright is said until an import of its files ends (attack62): every
import kept one note, ``<store>.cache/under_way.json``, so the next import, of other files,
wrote its own over the killed one's and removed it as it ended, and the folder the killed one
left half imported was said by no command. Each import now keeps a note of its own
(``importing-PID.json``); an import's end removes a killed one's only when it imported each of
its files again (with ``--update`` where it had it)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from diplotui.store.under_way import IMPORT, export_noted, note_path, noted_while_running
from tests.cli_runner import run_main

_KILLED_IMPORT = """
import os, signal, sys
from pathlib import Path
from diplotui.store.under_way import import_again, noted_while_running
db, update, paths = Path(sys.argv[1]), sys.argv[2] == "update", sys.argv[3:]
with noted_while_running(db, import_again(paths, update, str(db)), paths=paths, update=update):
    os.kill(os.getpid(), signal.SIGKILL)  # kill -9 halfway through its files
"""


def _killed_import(db: Path, *paths: Path, update: bool = False) -> str:
    """An import of ``paths`` killed outright as it works: the line each command then says."""
    killed = subprocess.run(
        [sys.executable, "-c", _KILLED_IMPORT, str(db), "update" if update else "-",
         *map(str, paths)],
        check=False, timeout=60,
    )  # fmt: skip
    assert killed.returncode == -signal.SIGKILL
    named = " ".join(map(str, paths)) + (" --update" if update else "")
    return f"diplotui --db {db} import {named}` (process "


def _said(db: Path) -> list[str]:
    listed = run_main("--db", str(db), "list")
    assert listed.returncode == 0, listed.stderr
    return listed.stderr.splitlines()


def _imported(db: Path, *args: str) -> None:
    result = run_main("--db", str(db), "import", *args)
    assert result.returncode == 0, result.stderr


@pytest.fixture
def library(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A library, a folder of two texts and one text elsewhere."""
    folder, other = tmp_path / "in", tmp_path / "other.txt"
    folder.mkdir()
    for n in (1, 2):
        (folder / f"talks{n}.txt").write_text(f"Talks round {n}\n\nThe ministers met again.\n")
    other.write_text("Other talks\n\nThe envoys met in Doha.\n")
    db = tmp_path / "lib.json"
    assert run_main("--db", str(db), "--create", "list").returncode == 0
    return db, folder, other


def test_a_killed_import_is_said_after_an_import_of_other_files(library) -> None:
    db, folder, other = library
    said = _killed_import(db, folder)
    [line] = _said(db)
    assert said in line
    _imported(db, str(other))  # another import: was the end of the killed one's note
    [line] = _said(db)
    assert said in line
    _imported(db, str(folder / "talks1.txt"))  # one of its files: the other is left
    assert said in _said(db)[0]
    _imported(db, str(folder))  # its files, all imported again: nothing left to say
    assert _said(db) == []


def test_two_killed_imports_are_each_said_and_each_finished_by_its_own(library) -> None:
    db, folder, other = library
    first, second = _killed_import(db, folder), _killed_import(db, other)
    lines = _said(db)
    assert len(lines) == 2
    assert any(first in line for line in lines) and any(second in line for line in lines)
    _imported(db, str(other))
    [line] = _said(db)
    assert first in line


def test_a_killed_update_is_finished_by_an_update_alone(library) -> None:
    db, folder, _ = library
    said = _killed_import(db, folder, update=True)
    _imported(db, str(folder))  # no --update: the changes it was to apply stay unapplied
    assert said in _said(db)[0]
    _imported(db, str(folder), "--update")
    assert _said(db) == []


def test_the_one_note_imports_kept_before_is_said_and_removed_by_an_import(library) -> None:
    db, _, other = library
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    again = f"diplotui --db {db} import /elsewhere/in"
    note = {"pid": int(gone.stdout), "started": "2026-12-07 16:00 UTC", "again": again}
    before = note_path(db, IMPORT, pid=0)
    before.write_text(json.dumps(note), encoding="utf-8")
    assert again in _said(db)[0]
    _imported(db, str(other))  # it named no files: any import's end finishes it, as before
    assert _said(db) == [] and not before.exists()


def _notes(db: Path, pattern: str) -> list[dict[str, object]]:
    return [json.loads(path.read_text()) for path in note_path(db).parent.glob(pattern)]


def test_two_exports_or_imports_of_one_process_keep_a_note_each(library, tmp_path: Path):
    """The app's second export, begun once the first one's dialog was closed (or a second
    import so), wrote its note over the first's, and the first's end removed it: the second,
    killed, was said by nothing and its part written stayed beside its file."""
    db, folder, other = library
    first = export_noted(db, tmp_path / "one.md")
    second = export_noted(db, tmp_path / "two.md")
    first.__enter__()
    second.__enter__()
    assert sorted(str(note["target"]) for note in _notes(db, "exporting-*.json")) == [
        str(tmp_path / "one.md"),
        str(tmp_path / "two.md"),
    ]
    first.__exit__(None, None, None)  # the first ends while the second is written
    assert [note["target"] for note in _notes(db, "exporting-*.json")] == [str(tmp_path / "two.md")]
    second.__exit__(None, None, None)
    assert _notes(db, "exporting-*.json") == []

    importing = noted_while_running(db, "diplotui import in", paths=[str(folder)])
    again = noted_while_running(db, "diplotui import other", paths=[str(other)])
    importing.__enter__()
    again.__enter__()
    importing.__exit__(None, None, None)
    assert [note["paths"] for note in _notes(db, "importing-*.json")] == [[str(other)]]
    again.__exit__(None, None, None)
    assert _notes(db, "importing-*.json") == []


def test_a_note_half_written_by_a_killed_work_is_removed(library) -> None:
    """A work killed as it wrote its note left the note's part in the cache folder for good
    (``.exporting-PID.json.tmp-PID-…``, found after a kill loop of exports)."""
    db, _, _ = library
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    dead, alive = int(gone.stdout), os.getpid()
    cache = note_path(db).parent
    parts = [cache / f".exporting-{dead}.json.tmp-{dead}-56a07ddc",
             cache / f".importing-{dead}.json.tmp-{dead}-0a1b2c3d",
             cache / f".importing-{alive}.json.tmp-{alive}-0a1b2c3d"]  # fmt: skip
    for part in parts:
        part.write_text('{"pid": ', encoding="utf-8")
    assert _said(db) == []
    assert [part.exists() for part in parts] == [False, False, True]  # a live writer's stays


def test_a_killed_import_of_thousands_of_files_is_said_and_finished_by_them(library, tmp_path):
    """A glob's 5,000 paths named whole made the note larger than a note is read: the import
    killed would be said by nothing. Past a size its paths are known by their digest."""
    db, _, other = library
    many = tmp_path / "many"
    many.mkdir()
    files = [many / f"talks-of-a-long-name-{n:05d}.txt" for n in range(5000)]
    for n, path in enumerate(files[:3]):
        path.write_text(f"Round {n}\n\nThe envoys met.\n")
    _killed_import(db, *files)
    [line] = _said(db)  # the note read, not taken for a file too large to be one
    assert f"diplotui --db {db} import {files[0]} {files[1]} {files[2]} ... (5,000 paths)" in line
    _imported(db, str(other))
    assert len(_said(db)) == 1
    result = run_main("--db", str(db), "import", *map(str, files))  # the same glob again
    assert result.returncode == 1  # the 4,997 files no longer there fail, the rest is stored
    assert _said(db) == []
