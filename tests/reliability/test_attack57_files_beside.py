"""A file where the store's texts folder or backups folder goes (attack57): the texts folder
was said to be "missing beside it (copied without it?)", and a backup that could not be
kept there was skipped without a word. Each is named for what it is; the file stays."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.cli_runner import run_main


@pytest.mark.parametrize(
    ("beside", "said"),
    [
        (
            ".bodies",
            "is no folder: the texts of its 2 articles cannot be found, nor a new one stored; "
            "move it away and put the texts folder there",
        ),
        (
            ".backups",
            "no backup kept of the store as it was opened (is a file, not a folder); the store "
            "itself is unharmed",
        ),
    ],
    ids=["texts", "backups"],
)
def test_a_file_in_place_of_a_folder_beside_the_store_is_named_and_left_alone(
    tmp_path: Path, beside: str, said: str
):
    store = tmp_path / "db.json"
    article_id = run_main("--db", str(store), "list").stdout[:12]
    folder = Path(f"{store}{beside}")
    shutil.rmtree(folder, ignore_errors=True)
    folder.write_text("not a folder\n")
    done = run_main("--db", str(store), "tag", article_id, "asean")
    assert done.returncode == 0 and "#asean" in done.stdout
    assert done.stderr == f"diplotui: {folder}: {said}\n"
    assert folder.read_text() == "not a folder\n"
