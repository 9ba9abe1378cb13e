"""Two processes, one store: the second writer is refused by name; readers carry on."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from diplotui.store import Store, StoreLocked, lock
from diplotui.store.files import process_command
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


@pytest.mark.skipif(not Path("/proc/locks").is_file(), reason="Linux's /proc/locks")
def test_a_lock_on_another_filesystem_with_the_same_inode_is_not_taken_for_ours(
    held_store: tuple[Path, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """``/proc/locks`` names a locked file by device and inode; the holder was looked up by the
    inode alone, so a process locking a file with the same inode number on another filesystem
    (a USB disk, a tmpfs) was named as the one holding the library. ``/proc/locks`` is the
    kernel's, faked only to put that other lock first; the real holder is a real process."""
    path, pid = held_store
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    lock_file = path.with_name("library.json.lock")
    lock_file.write_text(f"{dead.pid}\n")  # a stale pid: only the OS can name the holder
    info = lock_file.stat()
    elsewhere = f"{os.major(info.st_dev) + 1:02x}:{os.minor(info.st_dev):02x}:{info.st_ino}"
    stranger = os.getpid()  # alive, and not the holder
    proc_locks = tmp_path / "locks"
    proc_locks.write_text(
        f"1: FLOCK  ADVISORY  WRITE {stranger} {elsewhere} 0 EOF\n"
        + Path("/proc/locks").read_text()
    )
    monkeypatch.setattr(lock, "_PROC_LOCKS", proc_locks)
    with pytest.raises(StoreLocked) as caught:
        Store.open(path)
    assert caught.value.pid == pid
    assert f"process {stranger}" not in str(caught.value)


def test_cli_import_while_held_says_the_app_s_i_imports(
    held_store: tuple[Path, int], tmp_path: Path
):
    """``import`` while the app holds the store said only "close it first": the app's own
    ``I`` imports the file without closing anything, and the line says so."""
    path, pid = held_store
    article = tmp_path / "talks.txt"
    article.write_text("Border talks\n\nThe ministers met in Hanoi on Tuesday.\n")
    before = path.read_bytes()
    result = subprocess.run(
        [*DIPLOTUI, "--db", str(path), "import", str(article)],
        capture_output=True,
        text=True,
        timeout=20,
    )
    assert result.returncode != 0
    [line] = result.stderr.strip().splitlines()
    assert f"already open in process {pid} ({process_command(pid)}); close it first" in line
    assert "`I`" in line and "imports" in line, line
    assert path.read_bytes() == before
