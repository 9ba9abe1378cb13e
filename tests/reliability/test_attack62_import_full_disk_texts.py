"""An import stopped by a full disk leaves the store's folder as it found it, but for what it
stored (attack62): the text files it had written for the batch the disk stopped stayed, with
the text folders made for them, megabytes on the disk that had filled (``doctor``: "left by an
import or refresh that stopped"), until ``doctor --repair``. A refresh stopped so already
deleted its own; every batch of the store now deletes the texts it made when it fails before
its records are written.

The disk fills at the text-file write boundary (``body_log.write_temp``), as in the refresh's
test: after a budget of files, each write fails with ENOSPC, as a full disk's does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from diplotui.ingest import import_paths
from diplotui.store import Store, StoreError, text_hash
from tests.cli_runner import run_main
from tests.feeds.test_refresh_full_disk import _disk_fills_after, _tree

FILES = 9


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    made = tmp_path / "in"
    made.mkdir()
    for n in range(FILES):
        (made / f"talks{n}.txt").write_text(
            f"Talks round {n}\n\n" + f"In round {n} the ministers met in Hanoi. " * 50,
            encoding="utf-8",
        )
    return made


def test_the_cli_import_on_a_full_disk_leaves_the_folder_as_it_was(
    tmp_path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store_path = tmp_path / "lib" / "lib.json"
    db = ("--db", str(store_path))
    assert run_main(*db, "--create", "list").returncode == 0
    before, records = _tree(store_path), store_path.read_bytes()
    _disk_fills_after(monkeypatch, 5)
    result = run_main(*db, "import", str(folder))
    assert result.returncode == 1
    assert "No space left on device" in result.stderr and "nothing was saved" in result.stderr
    assert _tree(store_path) == before  # was: 5 text files and their folders left
    assert store_path.read_bytes() == records
    monkeypatch.undo()
    assert "that no article names" not in run_main(*db, "doctor").stdout
    again = run_main(*db, "import", str(folder))  # the disk has room again: all of it comes in
    assert again.returncode == 0, again.stderr
    assert again.stderr.splitlines()[-1].endswith(f"{FILES} imported")


def test_the_batches_stored_before_the_disk_filled_keep_their_texts(
    tmp_path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store_path = tmp_path / "lib" / "lib.json"
    assert run_main("--db", str(store_path), "--create", "list").returncode == 0
    with Store.open(store_path) as store:
        before = _tree(store_path)
        _disk_fills_after(monkeypatch, 6)
        with pytest.raises(StoreError):
            import_paths(store, [folder], batch_size=4)
        stored = [a for a in store.articles() if a.title.startswith("Talks round")]
        assert len(stored) == 4  # the first batch: the second's fifth file filled the disk
        for article in stored:
            assert store.article_text(article.id).startswith(article.title)
        texts = {text_hash(store.article_text(article.id)) for article in stored}
        made = {f"{digest[:2]}/{digest}.txt" for digest in texts} | {d[:2] for d in texts}
        folder_name = f"{store_path.name}.bodies"
        stored_made = {f"{folder_name}/{path}" for path in made} | {folder_name}
        assert _tree(store_path) - before - {f"{folder_name}.log"} == stored_made - before
