"""A folder to import that someone else packed: links leading out of it, to a device or a
FIFO. Each is one line; nothing outside the folder becomes an article, and nothing blocks."""

from __future__ import annotations

import os
from pathlib import Path

from diplotui.store import Store
from tests.cli_runner import run_main

ARTICLE = "Talks in Hanoi\n\nThe ministers met in Hanoi and agreed on a joint statement.\n"


def test_links_leading_out_of_an_imported_folder_are_not_followed(tmp_path: Path):
    outside = tmp_path / "private"
    outside.mkdir()
    (outside / "secret.txt").write_text("Private notes\n\nNot for the library, nor a sync.\n")
    folder = tmp_path / "unpacked"
    (folder / "inner").mkdir(parents=True)
    (folder / "inner" / "talks.txt").write_text(ARTICLE)
    (folder / "secret.txt").symlink_to(outside / "secret.txt")
    (folder / "private").symlink_to(outside)
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "same.txt").symlink_to(folder / "inner" / "talks.txt")  # inside: taken
    os.mkfifo(folder / "fifo.txt")
    store_path = tmp_path / "lib.json"

    imported = run_main("--db", str(store_path), "--create", "import", str(folder))
    assert imported.returncode == 1
    lines = imported.stdout.splitlines()
    refused = [line for line in lines if line.endswith(LEADS_OUT)]
    assert sorted(line.split("unpacked/")[1].split(":")[0] for line in refused) == [
        "private",
        "secret.txt",
        "zero.txt",
    ]
    assert any(line.endswith("fifo.txt: not a regular file") for line in lines)
    with Store.open(store_path, read_only=True) as store:
        titles = {article.title for article in store.articles()}
    assert "Talks in Hanoi" in titles and "Private notes" not in titles


LEADS_OUT = "a symbolic link leading out of the folder (not followed)"
