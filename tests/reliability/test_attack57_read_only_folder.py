"""A store and an export in a folder the system mounts read-only (a real mount: as root, a
folder's mode bits refuse nothing). The export's refusal named a temp file never made,
".out.md.tmp-…: Read-only file system": the unlink of that temp, refused too, took the place
of the error naming the export."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli_runner import run_main


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder mounted read-only over one holding a library; skipped where this process may
    not mount (not root, or no mount namespace to do it in)."""
    source, folder = tmp_path / "source", tmp_path / "mounted"
    source.mkdir()
    folder.mkdir()
    assert run_main("--db", str(source / "db.json"), "list").returncode == 0
    mounted = subprocess.run(
        ["mount", "--bind", "-o", "ro", str(source), str(folder)], capture_output=True, check=False
    )
    if mounted.returncode != 0 or (folder / "db.json").exists() is False:
        pytest.skip("cannot mount a read-only folder here")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


def test_an_export_into_a_read_only_folder_names_the_export_and_why(read_only_folder: Path):
    target = read_only_folder / "brief.md"
    done = run_main("--db", str(read_only_folder / "db.json"), "export", "-o", str(target))
    assert done.returncode == 1
    assert done.stderr == f"diplotui: {target}: cannot write (Read-only file system)\n"
    assert sorted(p.name for p in read_only_folder.iterdir() if p.name.startswith(".")) == []


def test_a_store_in_a_read_only_folder_is_read_and_a_write_refused_in_one_line(
    read_only_folder: Path,
):
    store = str(read_only_folder / "db.json")
    listed = run_main("--db", store, "list")
    assert listed.returncode == 0 and len(listed.stdout.splitlines()) == 2
    refused = run_main("--db", store, "tag", listed.stdout[:12], "asean")
    assert refused.returncode == 1
    [line] = refused.stderr.splitlines()
    assert line.endswith(
        "db.json.lock: cannot open the lock (Read-only file system); nothing was written"
    )


def test_the_app_opens_a_store_in_a_read_only_folder_read_only_and_says_so(
    read_only_folder: Path,
):
    """It painted the list, then ended telling the user to start it again with --read-only;
    a store file without write permission, or one another process holds, opened read-only."""
    from diplotui.tui.launch import open_for_app

    store, notices = open_for_app(read_only_folder / "db.json", read_only=False)
    try:
        assert store.read_only and len(store.article_ids()) == 2
    finally:
        store.close()
    assert notices[0] == (
        f"{read_only_folder}/db.json.lock: cannot open the lock (Read-only file system); "
        "nothing was written. Opened read-only: changes will not be saved."
    )
