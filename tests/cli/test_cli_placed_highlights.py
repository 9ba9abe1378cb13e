"""One answer to "where does this highlight stand?" (newuser28, finding 8): after a hand edit
broke a highlight's stored offsets, ``annotations`` said ``anchored`` while ``doctor`` and the
app said its words were elsewhere, and ``quote`` (and the brief) read a direct quotation as
reported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplotui.store import Store, text_hash
from tests.cli_runner import run_main

WORDS = "We will act together"
TEXT = (
    "Ministers meet on the river\n\nThe talks opened on Monday.\n\n"
    f'"{WORDS}," Minister John Roe said.\n'
)


@pytest.fixture
def db(store_path: Path, tmp_path: Path) -> str:
    source = tmp_path / "river.txt"
    source.write_text(TEXT, "utf-8")
    assert run_main("--db", str(store_path), "import", str(source)).returncode == 0
    return str(store_path)


ARTICLE_ID = text_hash(TEXT)[:12]


def _edit_highlight(db: str, highlight_id: str, **fields: object) -> None:
    """Change a highlight's stored fields by hand in the compacted file, as a user would."""
    path = Path(db)
    with Store.open(path) as store:
        store.compact()
    data = json.loads(path.read_text("utf-8"))
    data["highlights"][highlight_id].update(fields)
    path.write_text(json.dumps(data), "utf-8")


def _status(db: str, highlight_id: str) -> str:
    listed = run_main("--db", db, "annotations", ARTICLE_ID)
    assert listed.returncode == 0, listed.stderr
    [line] = [line for line in listed.stdout.splitlines() if highlight_id in line]
    return line.split()[1]


@pytest.mark.parametrize(
    "broken",
    [
        lambda start, end: {"start": 999999, "end": 999999 + end - start},
        lambda start, end: {"start": end, "end": start},
        lambda start, end: {"start": start - 3, "end": end - 3},
    ],
    ids=["far-out", "swapped", "shifted"],
)
def test_a_highlight_whose_offsets_a_hand_edit_broke_is_placed_alike_everywhere(db: str, broken):
    made = run_main("--db", db, "highlight", ARTICLE_ID, "--quote", WORDS)
    assert made.returncode == 0, made.stderr
    highlight_id = made.stdout.splitlines()[-1]
    quoted = run_main("--db", db, "quote", highlight_id, "--style", "plain").stdout
    assert quoted.startswith("“We will act together”"), quoted
    assert _status(db, highlight_id) == "anchored"
    brief = run_main("--db", db, "export", "--article", ARTICLE_ID).stdout
    assert f"> {WORDS}" in brief
    start = TEXT.index(WORDS)
    _edit_highlight(db, highlight_id, **broken(start, start + len(WORDS)))

    doctor = run_main("--db", db, "doctor")
    assert "1 highlight(s) whose offsets no longer hold their words" in doctor.stdout
    assert "take 1 where their words are and 0 as orphan(s)" in doctor.stdout
    assert _status(db, highlight_id) == "moved"
    listed = json.loads(run_main("--db", db, "annotations", "--json").stdout)
    assert [(h["status"], h["start"]) for h in listed] == [("moved", start)]
    again = run_main("--db", db, "quote", highlight_id, "--style", "plain")
    assert again.returncode == 0, again.stderr
    assert again.stdout == quoted  # the same direct quotation, not "John Roe said: We will"
    assert run_main("--db", db, "export", "--article", ARTICLE_ID).stdout == brief


def test_quote_refuses_an_orphan_with_a_reason_and_annotations_calls_it_one(db: str):
    made = run_main("--db", db, "highlight", ARTICLE_ID, "--quote", WORDS)
    highlight_id = made.stdout.splitlines()[-1]
    _edit_highlight(db, highlight_id, start=5, quote="words this article never held")

    assert _status(db, highlight_id) == "orphan"
    refused = run_main("--db", db, "quote", highlight_id)
    assert refused.returncode == 1 and refused.stdout == ""
    assert refused.stderr.splitlines()[-1] == (
        f"diplotui: highlight {highlight_id}: its words are no longer found in article "
        f"{ARTICLE_ID} (an orphan: re-attach it in the app), so they cannot be quoted from it"
    )
    assert (
        "take 0 where their words are and 1 as orphan(s)" in run_main("--db", db, "doctor").stdout
    )
