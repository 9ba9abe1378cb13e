"""``diplotui annotations`` read and printed a few articles at a time.

An analyst's 250,000 highlights piped into ``grep`` or ``less`` showed nothing for 16 s and
held every highlight built at once (850 MB): the listing is now read in parts of whole
articles, in article order, each printed before the next is read. What it prints must be
what one read of everything printed, byte for byte, text and JSON, filtered or not.
"""

from __future__ import annotations

import json
from dataclasses import replace
from functools import partial
from pathlib import Path

import pytest

from diplotui.cli import annotate
from diplotui.model import Article, SpeakerSource
from diplotui.store import Store, text_hash
from tests.cli_runner import run_main
from tests.store_reads import highlight_of, highlights_read_in_parts

TEXTS = {
    "Talks in Hanoi": "Talks in Hanoi\n\nThe ministers met in Hanoi.\nThey agreed to meet again.\n",
    "Visit to Vientiane": "Visit to Vientiane\n\nThe delegation toured the “old” city.\n",
    "Call with Canberra": "Call with Canberra\n\nBoth sides spoke of trade and climate.\n",
    "Note only": "Note only\n\nNothing highlighted here.\n",
}
IDS = {title: text_hash(text)[:12] for title, text in TEXTS.items()}


_highlight = partial(highlight_of, TEXTS)  # a highlight of the words in the titled text


@pytest.fixture
def db(store_path: Path) -> str:
    with Store.open(store_path) as store:
        for title, text in TEXTS.items():
            note = "Ask the desk about this one" if title == "Note only" else ""
            store.add_article(Article(id=IDS[title], title=title, text_hash="", note=note), text)
        twin = _highlight("Talks in Hanoi", "met in Hanoi", color="figure")
        made = [
            twin,
            _highlight("Talks in Hanoi", "met in Hanoi", color="question"),  # the same words
            _highlight("Talks in Hanoi", "agreed to meet again", note="follow up in May"),
            _highlight("Visit to Vientiane", "toured the “old” city", tags=["laos"]),
            _highlight("Call with Canberra", "trade and climate", tags=["trade"]),
            replace(  # the finder's speaker of then, kept: none found at its words now
                _highlight("Call with Canberra", "Both sides spoke"),
                speaker="Penny Wong",
                speaker_source=SpeakerSource.FOUND.value,
            ),
        ]
        for highlight in made:
            store.save_highlight(highlight)
        store.save_highlight(replace(twin, color="commitment"))  # written again, after its twin
    return str(store_path)


def _listed(monkeypatch: pytest.MonkeyPatch, first: int, most: int, *args: str) -> str:
    monkeypatch.setattr(annotate, "LISTED_FIRST", first)
    monkeypatch.setattr(annotate, "LISTED_AT_MOST", most)
    done = run_main(*args)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize(
    "asked",
    [(), ("--json",), ("--search", "trade"), ("--search", "nothing-holds-this")],
    ids=["text", "json", "search", "none-found"],
)
def test_a_listing_in_parts_is_the_listing_read_at_once(
    db: str, monkeypatch: pytest.MonkeyPatch, asked: tuple[str, ...]
):
    """Parts of one highlight each print exactly what one part of everything prints."""
    args = ("--db", db, "annotations", *asked)
    whole = _listed(monkeypatch, 10**9, 10**9, *args)
    assert _listed(monkeypatch, 1, 1, *args) == whole
    assert _listed(monkeypatch, 1, 2, *args) == whole


def test_every_article_is_listed_once_in_its_order(db: str, monkeypatch: pytest.MonkeyPatch):
    """Each article's block comes once, in id order; the twins keep the order they were
    stored in (the one written again keeps its place)."""
    out = _listed(monkeypatch, 1, 1, "--db", db, "annotations")
    heads = [line.split("  ")[0] for line in out.splitlines() if line and not line[0].isspace()]
    assert heads == sorted(IDS.values())
    assert "article note: Ask the desk about this one" in out
    twins = [line for line in out.splitlines() if "met in Hanoi" in line]
    assert ["commitment" in twins[0], "question" in twins[1]] == [True, True]


def test_the_json_in_parts_is_one_array_indented_as_print_json_gives_it(
    db: str, monkeypatch: pytest.MonkeyPatch
):
    out = _listed(monkeypatch, 1, 1, "--db", db, "annotations", "--json")
    records = json.loads(out)
    assert len(records) == 7  # six highlights and the article note
    assert [r["speaker_unfound"] for r in records].count(True) == 1
    assert out == json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    empty = _listed(monkeypatch, 1, 1, "--db", db, "annotations", "--json", "--search", "zzz")
    assert empty == "[]\n"


def test_the_listing_reads_highlights_a_part_at_a_time(db: str, monkeypatch: pytest.MonkeyPatch):
    """No read of every highlight at once: each part asks for its own articles' alone."""
    asked = highlights_read_in_parts(monkeypatch)
    out = _listed(monkeypatch, 1, 1, "--db", db, "annotations")
    assert "trade and climate" in out
    assert len(asked) == 3  # one article with highlights each; the note's joins the next
    assert sorted(article_id for part in asked for article_id in part) == sorted(IDS.values())


def test_highlights_in_keeps_the_order_of_all_highlights(db: str):
    """Twins (the same words) keep the order every highlight is read in, with one of them
    replaced in the journal since the file (the file's index lists it among new ones)."""
    hanoi = IDS["Talks in Hanoi"]
    with Store.open(db) as writer:
        first = next(h for h in writer.highlights(hanoi) if h.color == "commitment")
        writer.save_highlight(replace(first, color="follow"))
        with Store.open(db, read_only=True) as reader:
            every = [h.id for h in reader.highlights() if h.article_id == hanoi]
            assert [h.id for h in reader.highlights_in([hanoi])] == every
            assert every[0] == first.id


def test_no_part_waits_for_every_article_to_be_built(db: str, monkeypatch: pytest.MonkeyPatch):
    """Every article was built for its note before the first line (most of the 6.4 s that
    line waited at 100,000 articles): each part looks at its own articles' notes, a note on
    an article with no highlight among them."""

    def every_article(store: Store) -> list[Article]:
        raise AssertionError("every article built at once")

    monkeypatch.setattr(Store, "articles", every_article)
    out = _listed(monkeypatch, 1, 1, "--db", db, "annotations")
    assert f"{IDS['Note only']}  Note only\n  article note: Ask the desk about this one" in out
    searched = _listed(monkeypatch, 1, 1, "--db", db, "annotations", "--search", "desk")
    assert searched.startswith(f"{IDS['Note only']}  Note only\n  article note: Ask the desk")
