"""A file where the store's texts folder or backups folder goes (attack57): the texts folder
was said to be "missing beside it (copied without it?)", and a backup that could not be
kept there was skipped without a word. Each is named for what it is; the file stays."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.cli_runner import run_main


def _library(tmp_path: Path) -> tuple[Path, str]:
    store = tmp_path / "db.json"
    listed = run_main("--db", str(store), "list").stdout
    return store, listed[:12]


def test_a_file_in_place_of_the_texts_folder_is_named_and_left_alone(tmp_path: Path):
    store, article_id = _library(tmp_path)
    texts = Path(f"{store}.bodies")
    shutil.rmtree(texts)
    texts.write_text("not a folder\n")
    done = run_main("--db", str(store), "tag", article_id, "asean")
    assert done.returncode == 0 and "#asean" in done.stdout
    assert done.stderr == (
        f"diplotui: {texts}: is no folder: the texts of its 2 articles cannot be found, nor a "
        "new one stored; move it away and put the texts folder there\n"
    )
    assert texts.read_text() == "not a folder\n"


def test_a_file_in_place_of_the_backups_folder_is_named_and_left_alone(tmp_path: Path):
    store, article_id = _library(tmp_path)
    backups = Path(f"{store}.backups")
    shutil.rmtree(backups, ignore_errors=True)
    backups.write_text("not a folder\n")
    done = run_main("--db", str(store), "tag", article_id, "asean")
    assert done.returncode == 0 and "#asean" in done.stdout
    assert done.stderr == (
        f"diplotui: {backups}: no backup kept of the store as it was opened (is a file, not a "
        "folder); the store itself is unharmed\n"
    )
    assert backups.read_text() == "not a folder\n"
