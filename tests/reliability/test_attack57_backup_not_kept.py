"""A backup the disk refuses (full, or a file-size limit under the store's size) was skipped
without a word: the write went on, as it should, and the user believed a backup was there.
The command now says that none was kept this time; the store and the write are unharmed."""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

from diplotui.store import Store
from diplotui.store.backups import backup_files
from tests.cli_runner import run_main


def test_a_backup_refused_by_the_disk_is_said_and_the_write_goes_on(tmp_path: Path):
    store = tmp_path / "db.json"
    assert run_main("--db", str(store), "list").returncode == 0
    assert run_main("--db", str(store), "note", "4963", "n" * 3000).returncode == 0
    backups = backup_files(store)
    journal = Path(f"{store}.journal")
    limit = store.stat().st_size - 400  # the store's copy is over it; a journal line is not
    assert journal.stat().st_size + 1000 < limit, (journal.stat().st_size, limit)

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    done = subprocess.run(
        [sys.executable, "-m", "diplotui", "--db", str(store), "tag", "4963", "asean"],
        capture_output=True, text=True, timeout=60, preexec_fn=limited, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stderr == (
        f"diplotui: {store}.backups: no backup kept of the store as it was opened (File too "
        "large); the store itself is unharmed\n"
    )
    assert backup_files(store) == backups
    with Store.open(store, read_only=True) as opened:
        article = opened.article(opened.resolve_article_id("4963"))
    assert article.tags == ["asean"] and article.note == "n" * 3000
