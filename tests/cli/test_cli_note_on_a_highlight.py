"""``diplotui note ID TEXT`` took an article's id alone: a highlight's note, once written with
``highlight --note``, could not be changed from the command line, nor a highlight's note
flagged by a sync as two people's ("notes by bob and mai differ: edit the note to resolve")
resolved, though ``annotations`` lists each highlight's id beside its note. A highlight's id
now sets, shows or clears that highlight's note, and setting it resolves the flag, as editing
the note in the app does."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from diplotui.ingest.importer import seed_if_empty
from diplotui.store import Store
from tests.cli_runner import run_main

ARTICLE = "1f842a7919db"


def _highlighted(store_path: Path) -> tuple[str, str]:
    store = Store.open(store_path)
    seed_if_empty(store)
    store.close()
    db = str(store_path)
    made = run_main(
        "--db", db, "highlight", ARTICLE, "--quote", "People-to-People External", "--note", "first"
    )
    assert made.returncode == 0, made.stderr
    return db, made.stdout.splitlines()[-1]


def test_note_sets_shows_and_clears_a_highlights_note(store_path: Path):
    db, highlight_id = _highlighted(store_path)
    said = run_main("--db", db, "note", highlight_id[:8], "compare with the 2024 conference")
    assert said.returncode == 0, said.stderr
    assert said.stdout == f"{highlight_id}  note: compare with the 2024 conference\n"
    shown = run_main("--db", db, "note", highlight_id)
    assert shown.stdout == "compare with the 2024 conference\n"
    with Store.open(store_path, read_only=True) as store:
        assert store.highlight(highlight_id).note == "compare with the 2024 conference"
        assert store.article(ARTICLE).note == ""
    cleared = run_main("--db", db, "note", highlight_id, "")
    assert cleared.stdout == f"{highlight_id}  note cleared\n"
    with Store.open(store_path, read_only=True) as store:
        assert store.highlight(highlight_id).note == ""


def test_setting_a_flagged_highlights_note_resolves_the_conflict(store_path: Path):
    db, highlight_id = _highlighted(store_path)
    with Store.open(store_path) as store:
        flagged = dataclasses.replace(
            store.highlight(highlight_id),
            note="bob's\n\n--- mai's version ---\nmai's",
            conflict="notes by bob and mai differ",
        )
        store.save_highlight(flagged)
    said = run_main("--db", db, "note", highlight_id, "agreed: both")
    assert said.returncode == 0, said.stderr
    with Store.open(store_path, read_only=True) as store:
        resolved = store.highlight(highlight_id)
        assert (resolved.note, resolved.conflict) == ("agreed: both", "")
