"""A killed export's part written (``.brief.md.tmp-PID-…``) was removed only if no process
had its pid: a process given that pid since (a shell, a browser tab) kept it beside the
export for good, while the export's note, its process known dead by its start, was removed,
so nothing ever said or removed the part again (attack64's rest, attack65). The note now
names the part it writes, and that part is removed whatever process has its pid now."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplotui.export import write_export
from diplotui.paths import cache_dir
from diplotui.store.files import temp_prefix
from diplotui.store.under_way import export_noted, killed_exports

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="no /proc")


def test_a_killed_exports_part_whose_pid_another_process_has_now_is_removed(
    tmp_path, other_process, empty_library
):
    db = empty_library
    target = tmp_path / "brief.md"
    part = tmp_path / f"{temp_prefix(target)}{other_process}-0a1b2c3d"
    part.write_text("half an export")
    note = cache_dir(db) / f"exporting-{other_process}.json"
    noted = {"pid": other_process, "started": "2026-12-07 16:00 UTC", "start": "12345"}
    note.write_text(json.dumps({**noted, "target": str(target), "part": str(part)}))
    [said] = killed_exports(db)
    assert f"its part written, {part.name}, removed" in said
    assert not part.exists() and not note.exists()


def test_a_note_naming_a_file_not_the_exports_part_removes_nothing(
    tmp_path, other_process, empty_library
):
    db = empty_library
    target = tmp_path / "brief.md"
    kept = [tmp_path / "notes.txt", tmp_path / f"{temp_prefix(target)}1-0a1b2c3d"]
    for one in kept:
        one.write_text("not the part")
    note = cache_dir(db) / f"exporting-{other_process}.json"
    noted = {"pid": other_process, "started": "2026-12-07 16:00 UTC", "start": "12345"}
    for one in kept:
        note.write_text(json.dumps({**noted, "target": str(target), "part": str(one)}))
        [said] = killed_exports(db)
        assert "removed)" not in said
    assert all(one.exists() for one in kept)


def test_an_exports_note_names_the_part_it_writes(tmp_path, empty_library):
    db = empty_library
    target = tmp_path / "brief.md"
    seen: list[dict[str, object]] = []

    def chunks():
        [note] = cache_dir(db).glob("exporting-*.json")
        seen.append(json.loads(note.read_text()))
        yield "text"

    write_export(chunks(), target, store=db)
    [noted] = seen
    assert Path(str(noted["part"])).name.startswith(temp_prefix(target))
    assert target.read_text() == "text"
    with export_noted(db, target):
        [note] = cache_dir(db).glob("exporting-*.json")
        assert "part" not in json.loads(note.read_text())
