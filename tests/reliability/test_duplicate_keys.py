"""A store file edited by hand with a key given twice in one object (a record copied and
edited without changing its id, a field pasted twice): JSON keeps the last one, so the other
record, or value, vanished without a word and the next compaction erased it for good."""

from __future__ import annotations

import json
from pathlib import Path

from diplotui.store import QUARANTINE, Store
from tests.cli_runner import run_main
from tests.reliability.test_hostile_records import make_store


def _duplicate(store_path: Path, find: str, replace: str) -> None:
    """Put a copy of the first ``find`` ... record, with ``replace`` applied, before it."""
    with Store.open(store_path) as store:
        store.compact()
    if not find:
        return
    raw = store_path.read_text()
    start = raw.index(find)
    end = raw.index("}", start) + 1
    record = raw[start:end]
    store_path.write_text(raw[:start] + record.replace(*replace.split("=>")) + "," + raw[start:])


def test_a_record_id_given_twice_keeps_both_records(store_path: Path):
    _article, highlight = make_store(store_path)
    _duplicate(store_path, f'"{highlight}":{{', '"note":"a note"=>"note":"the first note"')

    listed = run_main("--db", str(store_path), "annotations")
    assert listed.returncode == 0, listed.stderr
    [line] = listed.stderr.splitlines()
    assert f"highlights record {highlight}" in line and "twice" in line
    assert run_main("--db", str(store_path), "tag", _article, "x").returncode == 0
    kept = json.loads(store_path.read_text())[QUARANTINE]
    assert [entry["record"]["note"] for entry in kept.values()] == ["the first note"]
    with Store.open(store_path, read_only=True) as store:
        assert store.highlight(highlight).note == "a note"


def test_a_field_given_twice_keeps_the_record_and_sets_its_other_value_aside(store_path: Path):
    _article, highlight = make_store(store_path)
    _duplicate(store_path, "", "")  # compacted only
    raw = store_path.read_text()
    opening = f'"{highlight}":{{'
    store_path.write_text(raw.replace(opening, opening + '"note":"pasted first",', 1))

    listed = run_main("--db", str(store_path), "annotations")
    assert listed.returncode == 0, listed.stderr
    [line] = listed.stderr.splitlines()
    assert f"highlights record {highlight}" in line and "note" in line and "twice" in line
    assert "note: a note" in listed.stdout, "the later value is in use, as JSON reads it"
    assert run_main("--db", str(store_path), "tag", _article, "x").returncode == 0
    kept = json.loads(store_path.read_text())[QUARANTINE]
    assert [entry["record"]["note"] for entry in kept.values()] == ["pasted first"]
