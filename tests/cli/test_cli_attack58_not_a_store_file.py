"""attack58: ``--db`` naming a folder, a device or a FIFO was read as a store that "cannot be
read": every command sent the user to ``diplotui doctor``, and the doctor printed three lines
advising them to mend the folder by hand. Now each command, the doctor and the app say in one
line what the path is and that it is no store file, exit 1 and touch nothing."""

from __future__ import annotations

import os
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
    return Path("/dev/null"), "a device"


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
