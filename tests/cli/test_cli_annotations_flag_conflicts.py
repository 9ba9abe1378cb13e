"""A note two analysts wrote at once is kept whole and flagged by ``sync`` ("notes by bob and
mai differ: edit the note to resolve"); the app's sidebar says so, but ``diplotui
annotations`` listed the note's first line as any other, and its ``--json`` gave the article
note's record ``"conflict": ""``: from the command line a flagged note could not be told from
a settled one. The listing now flags it with the command that resolves it."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from diplotui.ingest.importer import seed_if_empty
from diplotui.store import Store
from tests.cli_runner import run_main

ARTICLE = "1f842a7919db"
FLAG = "notes by bob and mai differ: edit the note to resolve"


def flagged_notes(store_path: Path) -> tuple[str, str]:
    """A seeded store whose article note and one highlight's note a sync flagged, as it
    leaves them: the store's path and the highlight's id."""
    store = Store.open(store_path)
    seed_if_empty(store)
    store.close()
    db = str(store_path)
    made = run_main("--db", db, "highlight", ARTICLE, "--quote", "People-to-People External")
    highlight_id = made.stdout.splitlines()[-1]
    with Store.open(store_path) as store:
        store.with_updates(
            store.article(ARTICLE), note="bob's\n\n--- mai's version ---\nmai's", conflict=FLAG
        )
        store.save_highlight(
            dataclasses.replace(store.highlight(highlight_id), note="hers", conflict=FLAG)
        )
    return db, highlight_id


def test_flagged_notes_are_flagged_in_the_listing_and_its_json(store_path: Path):
    db, highlight_id = flagged_notes(store_path)
    listed = run_main("--db", db, "annotations", ARTICLE).stdout.splitlines()
    assert listed[1:3] == [
        "  article note: bob's …",
        f"      ⚠ {FLAG} (diplotui note {ARTICLE} TEXT)",
    ]
    assert listed[-2:] == [
        "      note: hers",
        f"      ⚠ {FLAG} (diplotui note {highlight_id} TEXT)",
    ]
    records = json.loads(run_main("--db", db, "annotations", ARTICLE, "--json").stdout)
    assert [record["conflict"] for record in records] == [FLAG, FLAG]


def test_a_settled_note_has_no_flag(store_path: Path):
    store = Store.open(store_path)
    seed_if_empty(store)
    store.close()
    db = str(store_path)
    run_main("--db", db, "note", ARTICLE, "settled")
    listed = run_main("--db", db, "annotations", ARTICLE).stdout
    assert "⚠" not in listed and "  article note: settled\n" in listed
