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
from diplotui.store import Store, load_store_json, text_hash
from diplotui.store.backups import newest_good_backup
from tests.cli_runner import run_main

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
