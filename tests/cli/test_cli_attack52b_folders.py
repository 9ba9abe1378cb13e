"""A folder named for import that holds nothing to read: one failed line naming it, exit 1."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_cli_hostile_input import GOOD_TEXT, records
from tests.cli_runner import run_main
from tests.reliability.test_hostile_records import make_store


@pytest.mark.parametrize("hidden", [(), (".draft.txt",), (".git/config",)])
def test_a_named_folder_holding_no_file_fails_in_a_line_naming_it(
    store_path: Path, tmp_path: Path, hidden: tuple[str, ...]
):
    """A folder named ``articles.txt`` holding nothing, or only hidden files, was "nothing to
    import" and exit 0: the folder went unnamed, and a script took the import as done."""
    make_store(store_path)
    before = records(store_path)
    folder = tmp_path / "articles.txt"
    folder.mkdir()
    for name in hidden:
        (folder / name).parent.mkdir(exist_ok=True)
        (folder / name).write_text(GOOD_TEXT, encoding="utf-8")

    said = run_main("--db", str(store_path), "import", str(folder))

    assert said.returncode == 1
    assert said.stdout == f"failed    {folder}: a folder holding no file (hidden ones aside)\n"
    assert said.stderr == "1 failed\n"
    assert records(store_path) == before


def test_a_folder_of_files_of_other_formats_still_lists_them_as_skipped(
    store_path: Path, tmp_path: Path
):
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")

    said = run_main("--db", str(store_path), "import", str(tmp_path))

    assert said.returncode == 0
    assert said.stdout.startswith(f"skipped   {tmp_path / 'photo.png'}: not a format"), said
