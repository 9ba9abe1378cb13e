"""``diplotui annotations --search WORDS --since DATE``: the notes and highlights a reader
wrote, found as Zotero's and Hypothesis's users find theirs.

Newcomer 40 wrote "compare with Khmer Times coverage" in an article's note and could find it
nowhere: the list's search reads titles and texts, the filter has no field for notes, and
``annotations`` printed every highlight of the library, so "what did I note this week?" meant
reading all of it.
"""

from __future__ import annotations

import json
import time
from dataclasses import replace
from pathlib import Path

import pytest

from diplotui.anchoring import new_highlight
from diplotui.model import Article
from diplotui.store import Store, text_hash
from tests.cli_runner import run_main

CAMBODIA = (
    "Phone talks with Hun Manet\n\n"
    "Prime Minister Hun Manet expressed his delight at the call.\n"
    "The two sides agreed to lift bilateral trade to 20 billion USD.\n"
)
CHINA = (
    "Talks with Wang Yi\n\n"
    "The ministers discussed the sea and the border.\n"
    "Both sides pledged to keep in close touch.\n"
)
CAMBODIA_ID = text_hash(CAMBODIA)[:12]
CHINA_ID = text_hash(CHINA)[:12]
LAST_WEEK = "2026-11-20T09:00:00.000+00:00"
THIS_WEEK = "2026-12-03T09:00:00.000+00:00"


def _highlight(article_id: str, text: str, words: str, stamp: str, **fields: object):
    start = text.index(words)
    made = new_highlight(article_id, text, start, start + len(words), **fields)  # type: ignore[arg-type]
    return replace(made, created_at=stamp, updated_at=stamp)


@pytest.fixture
def db(store_path: Path) -> str:
    with Store.open(store_path) as store:
        store.add_article(
            Article(id=CAMBODIA_ID, title="Phone talks with Hun Manet", text_hash=""), CAMBODIA
        )
        store.add_article(Article(id=CHINA_ID, title="Talks with Wang Yi", text_hash=""), CHINA)
        store.save_as_given(  # as stamped: save_highlight stamps them now
            highlights=[
                _highlight(
                    CAMBODIA_ID,
                    CAMBODIA,
                    "lift bilateral trade",
                    THIS_WEEK,
                    note="Compare with Khmer Times",
                ),
                _highlight(CAMBODIA_ID, CAMBODIA, "expressed his delight", LAST_WEEK),
                _highlight(CHINA_ID, CHINA, "keep in close touch", THIS_WEEK, tags=["hotline"]),
                _highlight(
                    CHINA_ID, CHINA, "the sea and the border", LAST_WEEK, note="maritime Khmér?"
                ),
            ]
        )
    return str(store_path)  # fmt: skip


def test_search_finds_the_notes_and_only_those(db: str):
    """Every word must start a word of a highlight's note, words, tags or speaker (accents
    and case folded, as the list's search folds them); the rest is left out."""
    done = run_main("--db", db, "annotations", "--search", "khmer")
    assert done.returncode == 0, done.stderr
    assert "Compare with Khmer Times" in done.stdout
    assert "maritime Khmér?" in done.stdout
    assert "expressed his delight" not in done.stdout
    assert "keep in close touch" not in done.stdout
    done = run_main("--db", db, "annotations", "--search", "khmer times")
    assert "Compare with Khmer Times" in done.stdout and "maritime" not in done.stdout
    done = run_main("--db", db, "annotations", "--search", "#hotline")
    assert "keep in close touch" in done.stdout and "Khmer" not in done.stdout


def test_since_lists_what_was_made_or_changed_this_week(db: str):
    done = run_main("--db", db, "annotations", "--since", "2026-12-01", "--json")
    assert done.returncode == 0, done.stderr
    quotes = sorted(record["quote"] for record in json.loads(done.stdout))
    assert quotes == ["keep in close touch", "lift bilateral trade"]
    done = run_main("--db", db, "annotations", "--until", "2026-11-30", "--search", "khmer")
    assert "maritime Khmér?" in done.stdout and "Compare with" not in done.stdout


def test_an_article_note_is_searched_too(db: str):
    assert (
        run_main("--db", db, "note", CHINA_ID, "Ask the embassy about Khmer translation").returncode
        == 0
    )
    done = run_main("--db", db, "annotations", "--search", "embassy")
    assert "article note: Ask the embassy about Khmer translation" in done.stdout
    assert "Talks with Wang Yi" in done.stdout
    assert "the sea and the border" not in done.stdout  # its note says nothing of an embassy
    assert "Phone talks" not in done.stdout  # fmt: skip


def test_nothing_found_says_what_was_asked(db: str):
    done = run_main("--db", db, "annotations", "--search", "zanzibar", "--since", "2026-12")
    assert done.returncode == 0
    assert done.stdout == ""  # stdout stays empty for scripts, as `list` and `statements` keep it
    assert done.stderr == "diplotui: no annotation matches --search 'zanzibar' --since 2026-12\n"


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--since", "someday"], "since 'someday': no date read there; type 2025-07-18"),
        (["--search", '"'], "--search '\"' holds no word to search for"),
        (["--since", ""], "--since is empty"),
    ],
)
def test_a_filter_that_cannot_be_read_is_refused(db: str, args: list[str], said: str):
    done = run_main("--db", db, "annotations", *args)
    assert done.returncode == 2
    assert said in done.stderr


@pytest.fixture
def in_hanoi(monkeypatch: pytest.MonkeyPatch):
    """The local clock of an analyst in Hanoi, seven hours ahead of UTC."""
    monkeypatch.setenv("TZ", "ICT-7")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_days_are_the_readers_own(db: str, in_hanoi: None):
    """A highlight made at 06:30 on December 1 in Hanoi is stamped 23:30 on November 30 in
    UTC: asked what was annotated since December 1, it is listed, and not until November 30
    (the UTC day left out a morning's work of every reader east of Greenwich)."""
    early = "2026-11-30T23:30:00.000+00:00"
    with Store.open(Path(db)) as store:
        store.save_as_given(
            highlights=[_highlight(CHINA_ID, CHINA, "pledged", early, note="Hanoi morning")]
        )
    done = run_main("--db", db, "annotations", "--since", "2026-12-01", "--search", "hanoi")
    assert "Hanoi morning" in done.stdout
    done = run_main("--db", db, "annotations", "--until", "2026-11-30", "--search", "hanoi")
    assert done.stderr.strip() == (
        "diplotui: no annotation matches --search 'hanoi' --until 2026-11-30"
    )


def test_json_gives_the_article_notes_the_listing_shows(db: str):
    """``--json`` held highlights only: "where did I write embassy?" listed the article note
    and printed ``[]`` to a script. The note is a record of its own, shaped as a highlight's,
    with no id or quote and the status "article note", as the CSV gives it a row."""
    assert run_main("--db", db, "note", CHINA_ID, "Ask the embassy\nabout it").returncode == 0
    done = run_main("--db", db, "annotations", "--search", "embassy", "--json")
    assert done.returncode == 0, done.stderr
    (record,) = json.loads(done.stdout)
    assert (record["article_id"], record["status"]) == (CHINA_ID, "article note")
    assert (record["note"], record["id"], record["quote"]) == ("Ask the embassy\nabout it", "", "")
    everything = json.loads(run_main("--db", db, "annotations", "--json").stdout)
    assert next(r["status"] for r in everything if r["article_id"] == CHINA_ID) == "article note"
    assert len(everything) == 5
