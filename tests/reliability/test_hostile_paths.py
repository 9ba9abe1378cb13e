"""``--db`` (and the files beside the store) pointing at what is not a regular file.

A FIFO as the store, its journal or its body log made every command wait forever; a link to
``/dev/zero`` read without end; a folder or device got a ``.lock`` file created beside it (as
root, ``/dev/full.lock``); a dangling link to a missing folder grew that folder and a fresh,
seeded library (a drive not mounted looks like that). Each is now one line naming the path
and the reason, exit 1, nothing created. Real processes: a regression hangs, and the timeout
says so.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from diplotui.store import journal_path
from tests.reliability.test_hostile_records import make_store

DIPLOTUI = [sys.executable, "-m", "diplotui.cli.main"]


def run(store: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*DIPLOTUI, "--db", str(store), *args],
        capture_output=True, text=True, timeout=15, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def plant(folder: Path, kind: str) -> Path:
    """The store path for ``kind`` (a store, when the odd file is beside it)."""
    store = folder / "library.json"
    if kind == "fifo":
        os.mkfifo(store)
    elif kind == "link to a fifo":
        os.mkfifo(folder / "pipe")
        store.symlink_to(folder / "pipe")
    elif kind == "link to /dev/zero":
        store.symlink_to("/dev/zero")
    elif kind == "folder":
        store.mkdir()
    else:  # a FIFO in place of the journal or the body log of a real store
        make_store(store)
        beside = journal_path(store) if kind == "fifo journal" else Path(f"{store}.bodies.log")
        beside.unlink(missing_ok=True)
        os.mkfifo(beside)
    return store


KINDS = ["fifo", "link to a fifo", "link to /dev/zero", "folder", "fifo journal", "fifo body log"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_store_path_that_is_no_regular_file_is_one_line_and_nothing_is_created(
    tmp_path: Path, kind: str
):
    store = plant(tmp_path, kind)
    before = sorted(p.name for p in tmp_path.iterdir())
    for command in (["tag", "abc", "x"], ["list"]):
        result = run(store, *command)
        assert result.returncode == 1, (command, result.stdout, result.stderr)
        [line] = result.stderr.splitlines()
        said = "not a regular file" if kind.startswith("fifo ") else "not a store file"
        assert said in line, line
    assert sorted(p.name for p in tmp_path.iterdir()) == before, "nothing created beside it"


def test_a_link_to_a_missing_folder_grows_no_folder_and_no_library(tmp_path: Path):
    store = tmp_path / "library.json"
    store.symlink_to(tmp_path / "unmounted" / "library.json")
    result = run(store, "list")
    assert result.returncode != 0 and "does not exist" in result.stderr, result.stderr
    assert not (tmp_path / "unmounted").exists()


@pytest.mark.parametrize("kind", ["fifo", "not utf-8"])
def test_a_trust_note_that_is_a_fifo_or_no_text_is_no_note(tmp_path: Path, kind: str):
    """The note is a hint: as a FIFO it hung every command, as bytes that are not UTF-8 it
    made every command a traceback."""
    store = tmp_path / "library.json"
    make_store(store)
    note = Path(f"{store}.checked")
    note.unlink()
    if kind == "fifo":
        os.mkfifo(note)
    else:
        note.write_bytes(b"\xff\xfe not a note")
    result = run(store, "list")
    assert result.returncode == 0 and "Talks" in result.stdout, result.stderr


@pytest.mark.parametrize("kind", ["fifo", "link to /dev/zero"])
def test_an_article_text_that_is_no_regular_file_is_one_line(tmp_path: Path, kind: str):
    store = tmp_path / "library.json"
    article_id, _highlight = make_store(store)
    [body] = Path(f"{store}.bodies").glob("*/*.txt")
    body.unlink()
    if kind == "fifo":
        os.mkfifo(body)
    else:
        body.symlink_to("/dev/zero")
    result = run(store, "highlight", article_id, "--quote", "Ministers")
    assert result.returncode != 0 and "not a regular file" in result.stderr, result.stderr
    doctor = run(store, "doctor")
    assert "not a regular file" in doctor.stdout, doctor.stdout


def test_a_store_path_whose_links_form_a_loop_is_one_line(tmp_path: Path):
    """``--db`` naming a link in a loop of links ended in a traceback (RuntimeError)."""
    from tests.cli_runner import run_main

    store = tmp_path / "library.json"
    store.symlink_to(tmp_path / "other.json")
    (tmp_path / "other.json").symlink_to(store)
    for command in (["list"], ["tag", "abc", "x"], ["doctor"]):
        result = run_main("--db", str(store), *command)
        assert result.returncode == 1, (command, result.stderr)
        [line] = result.stderr.splitlines()
        assert str(store) in line and "loop" in line, line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["library.json", "other.json"]


def test_a_link_to_a_missing_store_grows_no_library_unless_asked(tmp_path: Path):
    """attack62: a link whose library is gone or moved (``library.json -> /data/lib.json``,
    the file deleted or renamed) grew a new library at its place, seeded, said only as a
    first run; a link is made to a library, not typed by a slip."""
    store = tmp_path / "library.json"
    store.symlink_to(tmp_path / "moved.json")
    result = run(store, "list")
    assert result.returncode == 2, result.stderr
    assert f"{store}: a link to {tmp_path / 'moved.json'}, which does not exist" in result.stderr
    assert not (tmp_path / "moved.json").exists()
    made = run(store, "--create", "list")
    assert made.returncode == 0 and (tmp_path / "moved.json").is_file(), made.stderr
