"""A file where the backups folder goes (attack63): each writer said no backup was kept, and
``doctor`` said "no good backup yet (one is taken each time the store opens to write)", which
none would be while the file stays. It names the file and the way out, as it names a link."""

from __future__ import annotations

from tests.cli_runner import run_main
from tests.sharing import article_ids, make_store


def test_doctor_names_a_file_in_the_backups_folders_place(tmp_path):
    store = make_store(tmp_path / "data" / "lib.json")
    folder = store.with_name("lib.json.backups")
    folder.write_text("x")
    tagged = run_main("--db", str(store), "tag", article_ids()[0], "one")
    assert tagged.returncode == 0
    assert f"{folder}: no backup kept of the store as it was opened" in tagged.stderr
    done = run_main("--db", str(store), "doctor")
    assert done.returncode == 1
    assert (
        f"error  {folder}: is a file, not a folder, so no backup is kept as the store opens "
        f"to write; move it away (mv '{folder}' '{folder}.old')"
    ) in done.stdout
    folder.rename(folder.with_name("lib.json.backups.old"))
    assert run_main("--db", str(store), "tag", article_ids()[0], "two").stderr == ""
    assert len(list(folder.iterdir())) == 1  # the next write made the folder and a backup
    assert "is a file, not a folder" not in run_main("--db", str(store), "doctor").stdout
