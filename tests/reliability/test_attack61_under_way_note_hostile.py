"""The note a killed import or sync leaves (``<store>.cache/under_way.json``), and the temp
files a killed writer leaves, as found made otherwise than by diplotui (attack61): a note of
no process's or one nested deep is taken as none, as an unreadable one is, and a huge one is
read no further than a note goes. A pid past a C int ended every command that opened the
store in a traceback (os.kill's OverflowError), a note of 60,000 '[' too (RecursionError),
and a 2 GiB file made each command read it whole (30 s, 2 GB of memory)."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from diplotui.store.files import process_alive
from diplotui.store.under_way import note_path, unfinished_work
from tests.cli_runner import run_main

NOTE = '{{"pid": {pid}, "started": "2026-12-07 16:00 UTC", "again": "diplotui import in/"}}'


@pytest.mark.parametrize(
    "note",
    [
        NOTE.format(pid=99999999999999999999999),
        NOTE.format(pid=4194304000),  # past a C int
        NOTE.format(pid=0),  # os.kill(0, 0) asks of this very process's group
        NOTE.format(pid=-1),  # os.kill(-1, 0) of every process it may signal
        "[" * 60_000,
    ],
    ids=["pid-past-any-int", "pid-past-a-c-int", "pid-0", "pid-minus-1", "nested-deep"],
)
def test_a_note_no_diplotui_left_is_none_and_every_command_runs(tmp_path: Path, note: str):
    db = tmp_path / "lib.json"
    assert run_main("--db", str(db), "--create", "list").returncode == 0
    note_path(db).write_text(note, encoding="utf-8")
    listed = run_main("--db", str(db), "list")
    assert (listed.returncode, listed.stderr) == (0, "")
    assert "Tran Cam Tu" in listed.stdout  # the library, listed as before
    assert unfinished_work(db) == []


def test_a_huge_note_is_read_no_further_than_a_note_goes(tmp_path: Path) -> None:
    db = tmp_path / "lib.json"
    assert run_main("--db", str(db), "--create", "list").returncode == 0
    with note_path(db).open("wb") as huge:
        huge.truncate(1 << 30)  # a GiB, sparse: no disk taken
    tracemalloc.start()
    try:
        assert unfinished_work(db) == []
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 1 << 20


def test_a_temp_file_of_no_process_beside_an_export_is_removed_as_a_dead_one(tmp_path: Path):
    db = tmp_path / "lib.json"
    assert run_main("--db", str(db), "--create", "list").returncode == 0
    stray = tmp_path / ".brief.md.tmp-99999999999999999999-x"
    stray.write_bytes(b"")
    exported = run_main("--db", str(db), "export", "-o", str(tmp_path / "brief.md"))
    assert exported.returncode == 0, exported.stderr
    assert (tmp_path / "brief.md").exists() and not stray.exists()


def test_no_pid_a_system_gives_is_a_live_process() -> None:
    assert not any(process_alive(pid) for pid in (0, -1, 2**31, 2**80))
