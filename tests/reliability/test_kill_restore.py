"""SIGKILL ``diplotui doctor --restore`` at random moments: the store is the broken file or the
backup, never a mix; the backup and a copy of the broken file survive; the next run finishes.
A killed export's temp file is removed by the next export."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from diplotui.model import Article
from diplotui.store import Store, load_store_json, read_store, text_hash
from diplotui.store import storage as storage_module
from diplotui.store.backups import newest_good_backup
from tests.cli_runner import run_main
from tests.reliability.test_kill_writer import (
    COMPACTION_STARTS,
    STOPS_INSIDE_A_COMPACTION,
    read_until_compaction,
    stop_inside_compactions,
)

DIPLOTUI = [sys.executable, "-m", "diplotui.cli.main"]
KILLS = 12
BROKEN = b'{"articles": {"1": {"id": "1", "title": "Ha'


def make_store_with_backup(path: Path) -> bytes:
    with Store.open(path) as store:
        for number in range(300):
            text = f"Article {number}\n\nMinisters met {number} times.\n"
            article = Article(
                id=store.new_article_id(text_hash(text)), title=f"A{number}", text_hash=""
            )
            store.add_article(article, text)
    Store.open(path).close()  # keeps a backup of the store as written
    backup = newest_good_backup(path)
    assert backup is not None
    return backup.read_bytes()


@pytest.mark.slow
def test_killing_doctor_restore_never_leaves_a_mix(tmp_path: Path):
    rng = random.Random(12)
    path = tmp_path / "library.json"
    good = make_store_with_backup(path)
    for _ in range(KILLS):
        path.write_bytes(BROKEN)
        child = subprocess.Popen(
            [*DIPLOTUI, "--db", str(path), "doctor", "--restore"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        time.sleep(rng.uniform(0.05, 0.6))
        child.send_signal(signal.SIGKILL)
        child.wait()
        assert path.read_bytes() in (BROKEN, good)
        backup = newest_good_backup(path)
        assert backup is not None and backup.read_bytes() == good
        finish = run_main("--db", str(path), "doctor", "--restore")  # in-process: ~0.25 s less
        assert finish.returncode == 0, finish.stdout + finish.stderr
        assert path.read_bytes() == good
        load_store_json(path)
    broken_copies = list(tmp_path.glob("library.json.broken-*"))
    assert broken_copies and all(copy.read_bytes() == BROKEN for copy in broken_copies)


def test_temp_files_of_a_killed_export_are_removed_by_the_next(tmp_path: Path):
    """A killed export leaves ``.<name>.tmp-<pid>-<hex>``; the next export to that file removes
    it (its process is gone), never one of a live process."""
    path = tmp_path / "library.json"
    make_store_with_backup(path)
    target = tmp_path / "out.json"
    child = subprocess.Popen(
        [*DIPLOTUI, "--db", str(path), "export", "--format", "json", "-o", str(target)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    child.wait()
    dead = tmp_path / f".out.json.tmp-{child.pid}-abcd1234"
    live = tmp_path / f".out.json.tmp-{os.getpid()}-abcd1234"
    dead.write_bytes(b"x" * 4096)
    live.write_bytes(b"y")
    again = subprocess.run(
        [*DIPLOTUI, "--db", str(path), "export", "--format", "json", "-o", str(target), "--force"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert again.returncode == 0, again.stderr
    assert not dead.exists() and live.exists()


@pytest.mark.parametrize("stop_at", range(STOPS_INSIDE_A_COMPACTION))
def test_the_first_open_after_a_restore_killed_inside_its_compaction_loses_nothing(
    tmp_path: Path, stop_at: int
):
    """A restored file matches no trust note: its first writable open parses and checks it
    whole and, over 1 MB, compacts it. Killed at each instant inside that compaction, the
    store still opens holding exactly the backup's records, and the next open finishes."""
    path = tmp_path / "library.json"
    make_store_with_backup(path)
    with Store.open(path) as store:  # the file moves on from its backup (another trust note)
        store.with_updates(store.articles()[0], tags=["after the backup"])
    path.write_bytes(BROKEN)
    assert run_main("--db", str(path), "doctor", "--restore").returncode == 0
    restored = read_store(path).tables["articles"]
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the first writer after the restore
        try:
            os.close(read_end)
            storage_module.COMPACT_UNNOTED_FROM_BYTES = 0  # compacts as a restored 1 MB file
            stop_inside_compactions(write_end, stop_at)
            Store.open(path)
        finally:
            os._exit(1)
    os.close(write_end)
    try:
        assert read_until_compaction(read_end).endswith(COMPACTION_STARTS)
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(read_end)
    state = read_store(path)
    assert state.set_aside == [] and dict(state.tables["articles"]) == dict(restored)
    with Store.open(path) as store:
        assert len(store.articles()) == 300
    assert dict(read_store(path).tables["articles"]) == dict(restored)
