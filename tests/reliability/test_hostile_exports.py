"""Where an export is written: a path the user meant as a folder."""

from __future__ import annotations

from pathlib import Path

from tests.cli_runner import run_main
from tests.reliability.test_hostile_records import make_store


def test_an_output_path_ending_in_a_slash_names_a_folder_never_a_file(store_path: Path):
    """``-o briefs/`` with no such folder wrote a file called ``briefs``."""
    make_store(store_path)
    wanted = store_path.parent / "briefs"
    exported = run_main("--db", str(store_path), "export", "-o", f"{wanted}/")
    assert exported.returncode == 1
    [line] = exported.stderr.splitlines()
    assert f"{wanted}/" in line and "folder" in line
    assert not wanted.exists()
