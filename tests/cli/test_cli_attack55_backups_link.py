"""A backups folder that is a symbolic link, planted in the data folder by anyone who may
write there: every writer's open copied the whole library through it to where it pointed, and
rotated out that folder's files of a backup's name. Now no backup goes through it, each writer
says so in one line naming the link, and ``doctor`` names it as an error."""

from __future__ import annotations

from pathlib import Path

from diplotui.store import Store
from tests.cli_runner import run_main
from tests.sharing import article_ids, make_store


def linked_store(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A store whose backups folder is a link to a folder elsewhere holding one file."""
    store = make_store(tmp_path / "data" / "lib.json")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    kept = elsewhere / "20240101T000000000000Z.json"  # a backup's name: rotated out before
    kept.write_text("someone else's file")
    link = store.with_name("lib.json.backups")
    assert not link.exists()  # a store's first open has nothing to back up
    link.symlink_to(elsewhere)
    return store, elsewhere, link


def test_no_backup_is_written_through_a_linked_backups_folder(tmp_path):
    store, elsewhere, link = linked_store(tmp_path)
    first = article_ids()[0]
    for tag in ("one", "two", "three", "four", "five", "six"):
        done = run_main("--db", str(store), "tag", first, tag)
        assert done.returncode == 0
        assert f"{link}: the backups folder is a symbolic link (to {elsewhere})" in done.stderr
        assert "no backup is written or read through it" in done.stderr
    assert [p.name for p in elsewhere.iterdir()] == ["20240101T000000000000Z.json"]
    assert (elsewhere / "20240101T000000000000Z.json").read_text() == "someone else's file"
    with Store.open(store, read_only=True) as opened:
        assert opened.article(first).tags == ["one", "two", "three", "four", "five", "six"]


def test_doctor_names_the_link_and_restores_nothing_through_it(tmp_path):
    store, elsewhere, link = linked_store(tmp_path)
    done = run_main("--db", str(store), "doctor")
    assert done.returncode == 1
    assert f"error  {link}: the backups folder is a symbolic link (to {elsewhere})" in done.stdout
    assert "no good backup yet" in done.stdout
    link.unlink()
    assert run_main("--db", str(store), "tag", article_ids()[0], "x").stderr == ""
    assert len(list(link.iterdir())) == 1  # the next write made the folder and a backup
