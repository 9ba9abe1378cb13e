"""Two processes, one store: the second writer is refused by name; readers carry on."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from diplotui.store import Store, StoreLocked
from tests.reliability.workload import HOLDER, seed

DIPLOTUI = [sys.executable, "-m", "diplotui.cli.main"]


def test_second_open_names_the_holder(held_store: tuple[Path, int]):
    path, pid = held_store
    with pytest.raises(StoreLocked, match=f"process {pid}") as caught:
        Store.open(path)
    assert caught.value.pid == pid


def test_cli_write_waits_then_fails_clearly_and_writes_nothing(held_store: tuple[Path, int]):
    path, pid = held_store
    with Store.open(path, read_only=True) as store:
        article_id = store.articles()[0].id
    before = path.read_bytes()
    result = subprocess.run(
        [*DIPLOTUI, "--db", str(path), "tag", article_id, "blocked"],
        capture_output=True,
        text=True,
        timeout=20,
    )
    assert result.returncode != 0
    assert f"already open in process {pid}" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert path.read_bytes() == before


def test_cli_read_works_while_locked(held_store: tuple[Path, int]):
    path, _ = held_store
    result = subprocess.run(
        [*DIPLOTUI, "--db", str(path), "list"], capture_output=True, text=True, timeout=20
    )
    assert result.returncode == 0
    assert len(result.stdout.splitlines()) == 40


def test_lock_left_by_a_killed_writer_is_harmless(tmp_path: Path):
    path = tmp_path / "library.json"
    seed(path)
    killed = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE)
    assert killed.stdout is not None and killed.stdout.readline() == b"locked\n"
    killed.kill()
    killed.wait()
    assert path.with_name("library.json.lock").read_text().strip() == str(killed.pid)
    Store.open(path).close()


def test_the_message_names_the_real_holder_not_a_stale_pid_in_the_file(
    held_store: tuple[Path, int],
):
    """Issue 12.14: the pid text can be stale (a killed writer's); the OS knows the holder."""
    path, pid = held_store
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    path.with_name("library.json.lock").write_text(f"{dead.pid}\n")
    with pytest.raises(StoreLocked) as caught:
        Store.open(path)
    assert caught.value.pid == pid
    assert str(dead.pid) not in str(caught.value)
