"""attack58: ``--db`` naming a folder, a device or a FIFO was read as a store that "cannot be
read": every command sent the user to ``diplotui doctor``, and the doctor printed three lines
advising them to mend the folder by hand. Now each command, the doctor and the app say in one
line what the path is and that it is no store file, exit 1 and touch nothing."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tests.cli_runner import run_main

CALLS = [
    ("doctor",),
    ("doctor", "--restore"),
    ("doctor", "--repair"),
    ("list",),
    ("tag", "ab12", "asean"),
    ("import", "README.md"),
    ("export",),
    ("quotes",),
    ("feed", "list"),
    (),  # the app
]


def _special(tmp_path: Path, kind: str) -> tuple[Path, str]:
    """A path of ``kind`` and the words the refusal must use for it."""
    if kind == "folder":
        folder = tmp_path / "library"
        folder.mkdir()
        return folder, "a folder"
    if kind == "link to a folder":
        (tmp_path / "library").mkdir()
        link = tmp_path / "link"
        link.symlink_to(tmp_path / "library")
        return link, "a folder"
    if kind == "fifo":
        fifo = tmp_path / "pipe"
        os.mkfifo(fifo)
        return fifo, "a FIFO (named pipe)"
    device = tmp_path / "null"
    try:  # a null device of the test's own, so nothing is made beside the system's
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except OSError:  # not allowed here: the system's, whose folder is checked below
        return Path("/dev/null"), "a device"
    return device, "a device"


@pytest.mark.parametrize("kind", ["folder", "link to a folder", "fifo", "device"])
@pytest.mark.parametrize("argv", CALLS, ids=lambda argv: " ".join(argv) or "app")
def test_a_path_that_is_no_file_is_said_in_one_line_and_left_alone(
    tmp_path: Path, kind: str, argv: tuple[str, ...]
):
    path, words = _special(tmp_path, kind)
    before = sorted(p.name for p in tmp_path.rglob("*"))
    result = run_main("--db", str(path), *argv)
    assert result.returncode == 1
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert f"{words}, not a store file; nothing was touched" in line
    assert "doctor" not in line and "mend" not in line
    assert sorted(p.name for p in tmp_path.rglob("*")) == before
    assert not Path("/dev/null.lock").exists()


def test_a_folder_is_offered_the_library_file_inside_it(tmp_path: Path):
    result = run_main("--db", str(tmp_path), "list")
    assert f"(--db names a library file, e.g. {tmp_path / 'library.json'})" in result.stderr


@pytest.mark.parametrize("content", ['{"a": 1}', '{"notes": {}}', "[1, 2]", "plain notes"])
@pytest.mark.parametrize("argv", [("doctor",), ("doctor", "--restore"), ("doctor", "--repair")])
def test_the_doctor_given_a_file_that_is_no_library_says_so_and_makes_nothing_beside_it(
    tmp_path: Path, content: str, argv: tuple[str, ...]
):
    """It printed three lines advising to mend the file by hand, and ``--restore`` left a
    ``.lock`` beside someone's notes; ``{"a": 1}`` was "not a TinyDB database"."""
    notes = tmp_path / "notes.json"
    notes.write_text(content, encoding="utf-8")
    result = run_main("--db", str(notes), *argv)
    assert result.returncode == 1
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert f"{notes}: not a diplotui library (" in line and "mend" not in line
    assert [p.name for p in tmp_path.iterdir()] == ["notes.json"]
    assert notes.read_text(encoding="utf-8") == content
