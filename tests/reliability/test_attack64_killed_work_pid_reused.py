"""A killed import's, sync's or export's note names its process by pid; a process given that
pid since (after a reboot, or once the pids wrapped: a shell, a browser tab) was taken for
it, "at work now", and the killed work was said by nothing for as long as that other process
ran (attack63's rest, attack64). A note now says when its process started too, and a process
of that pid started otherwise is not the one noted."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from diplotui.paths import cache_dir
from diplotui.store.files import noted_process_alive, process_start
from diplotui.store.under_way import (
    SYNC,
    killed_exports,
    note_path,
    noted_while_running,
    unfinished_work,
)
from tests.cli_runner import run_main

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="no /proc")


def _note(pid: int, **fields: object) -> str:
    noted = {"pid": pid, "started": "2026-12-07 16:00 UTC", "start": "12345", **fields}
    return json.dumps(noted)


def test_a_killed_import_whose_pid_another_process_has_now_is_said(
    tmp_path, other_process, empty_library
):
    db = empty_library
    note_path(db, pid=other_process).write_text(_note(other_process, again="diplotui import in/"))
    [said] = unfinished_work(db)
    assert said.startswith(f"`diplotui import in/` (process {other_process}, started 2026-12-07")
    listed = run_main("--db", str(db), "list")
    assert "was killed before it finished" in listed.stderr


def test_a_killed_sync_whose_pid_another_process_has_now_is_said(
    tmp_path, other_process, empty_library
):
    db = empty_library
    note_path(db, SYNC).write_text(_note(other_process, again="diplotui sync"))
    assert [line[:14] for line in unfinished_work(db)] == ["`diplotui sync"]


def test_a_killed_export_whose_pid_another_process_has_now_is_said(
    tmp_path, other_process, empty_library
):
    db = empty_library
    target = tmp_path / "brief.md"
    note = cache_dir(db) / f"exporting-{other_process}.json"
    note.write_text(_note(other_process, target=str(target)))
    [said] = killed_exports(db)
    assert said.startswith(f"an export to {target} (process {other_process}")
    assert not note.exists()


def test_work_under_way_in_a_live_process_is_not_said(tmp_path, empty_library):
    db = empty_library
    with noted_while_running(db, "diplotui sync", SYNC):
        noted = json.loads(note_path(db, SYNC).read_text())
        assert noted["start"] == process_start(os.getpid()) != ""
        assert unfinished_work(db) == []
    assert unfinished_work(db) == []


def test_a_note_written_before_starts_were_noted_is_taken_by_its_pid_alone(other_process):
    assert noted_process_alive(other_process, None)
    assert noted_process_alive(other_process, process_start(other_process))
    assert not noted_process_alive(other_process, "12345")
