"""A drifted highlight (attack28, finding 2): its article's words changed and it was re-anchored
nearby, yet ``quote`` printed the stored words, which the article no longer holds, exit 0 and
no warning; the brief and the CSV printed an orphan's stored words as a quote credited to its
speaker with no marker."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path

import pytest

from diplotui.store import Store
from tests.cli_runner import run_main

OLD = (
    "Ministers meet on the river\n\nThe talks opened on Monday in the old town hall.\n\n"
    "The ministers agreed to act together on the river and its floods this year.\n"
)
NEW = OLD.replace("act together on", "act jointly on")
WORDS = "agreed to act together on the river"


def _highlighted(db: str, source: Path) -> tuple[str, str]:
    """The article imported from ``source`` (holding OLD) and a highlight of WORDS in it."""
    source.write_text(OLD, "utf-8")
    assert run_main("--db", db, "import", str(source)).returncode == 0
    listed_articles = json.loads(run_main("--db", db, "list", "--json").stdout)
    article = next(a["id"] for a in listed_articles if a["title"] == "Ministers meet on the river")
    made = run_main("--db", db, "highlight", article, "--quote", WORDS)
    assert made.returncode == 0, made.stderr
    return article, made.stdout.splitlines()[-1]


@pytest.fixture
def drifted(store_path: Path, tmp_path: Path) -> tuple[str, str, str]:
    db, source = str(store_path), tmp_path / "river.txt"
    article, highlight = _highlighted(db, source)
    source.write_text(NEW, "utf-8")
    assert run_main("--db", db, "import", "--update", str(source)).returncode == 0
    listed = run_main("--db", db, "annotations", article).stdout
    assert "drifted" in listed, listed
    return db, article, highlight


def test_quote_of_a_drifted_highlight_quotes_the_articles_words_and_says_so(drifted):
    db, _, highlight = drifted
    quoted = run_main("--db", db, "quote", highlight, "--style", "plain")
    assert quoted.returncode == 0, quoted.stderr
    assert "agreed to act jointly on the river" in quoted.stdout
    assert "act together" not in quoted.stdout
    assert f"highlight {highlight}: the article's words there changed" in quoted.stderr


def test_the_brief_and_csv_quote_a_drifted_highlight_as_quote_does_and_mark_it(drifted):
    """attacker29: ``quote ID`` and the reader's ``y`` gave a drifted highlight as the article
    reads now, while the brief and the CSV gave the words stored when it was made, which a
    reader following the citation no longer finds. Every citation now quotes the article's
    words; the brief names the words highlighted then, the CSV's status says "drifted"."""
    db, article, _ = drifted
    brief = run_main("--db", db, "export", "--article", article).stdout
    assert "> agreed to act jointly on the river\n" in brief, brief
    marker = "· ⚠ drifted: quoted as the article reads now; highlighted as “agreed to act "
    assert marker + "together on the river”" in brief, brief
    assert brief.count("act together") == 1, "the stored words only in the marker"
    table = run_main("--db", db, "export", "--article", article, "--format", "csv").stdout
    rows = list(csv.reader(io.StringIO(table.lstrip("\ufeff"))))
    assert (rows[0][3], rows[0][-2]) == ("quote", "status")
    [row] = [r for r in rows[1:] if r]
    assert (row[3], row[-2]) == ("agreed to act jointly on the river", "drifted")


def test_a_drifted_statements_highlight_is_cited_as_the_article_reads_now(drifted):
    """A speaker's drifted highlight (the reporter's words: a reported statement): its words
    as the article reads them now, in the brief and in the CSV, as ``quote`` gives them."""
    db, article, highlight = drifted
    with Store.open(Path(db)) as store:  # a statement's highlight, as the app makes one
        store.save_highlight(replace(store.highlight(highlight), speaker="John Roe"))
    quoted = run_main("--db", db, "quote", highlight, "--style", "plain")
    # cut at both ends: "The ministers" come before, "and its floods" go on
    said = "John Roe said: …agreed to act jointly on the river…"
    assert quoted.stdout.startswith(f"{said}\n"), quoted.stdout
    brief = run_main("--db", db, "export", "--article", article).stdout
    assert f"\n{said}\n" in brief and "act together on the river”" in brief, brief
    table = run_main("--db", db, "export", "--article", article, "--format", "csv").stdout
    [row] = [r for r in list(csv.reader(io.StringIO(table.lstrip("\ufeff"))))[1:] if r]
    assert (row[3], row[8], row[-3], row[-2]) == ("agreed to act jointly on the river",
                                                  "John Roe", "reported", "drifted")  # fmt: skip
    with Store.open(Path(db)) as store:  # what was highlighted is kept, never overwritten
        kept = store.highlight(highlight)
        assert kept.quote == WORDS and kept.drift_text == "agreed to act jointly on the river"


def test_the_brief_and_csv_mark_an_orphan_credited_to_a_speaker(store_path: Path, tmp_path: Path):
    db, source = str(store_path), tmp_path / "river.txt"
    article, highlight = _highlighted(db, source)
    with Store.open(store_path) as store:  # a statement's highlight, as the app makes one
        store.save_highlight(replace(store.highlight(highlight), speaker="John Roe"))
    source.write_text(OLD.replace("The ministers agreed to act together on the river", "Rain."))
    assert run_main("--db", db, "import", "--update", str(source)).returncode == 0

    brief = run_main("--db", db, "export", "--article", article).stdout
    assert "· ⚠ orphan: these words are no longer found in the article" in brief, brief
    table = run_main("--db", db, "export", "--article", article, "--format", "csv").stdout
    [row] = [r for r in list(csv.reader(io.StringIO(table.lstrip("\ufeff"))))[1:] if r]
    assert (row[8], row[-2]) == ("John Roe", "orphan")


def test_import_update_says_which_highlights_lost_their_words(store_path: Path, tmp_path: Path):
    """``import --update`` printed "updated" and nothing of the highlight it had just left
    on other words, or on none: found later, in a brief quoting words never highlighted."""
    db, source = str(store_path), tmp_path / "river.txt"
    _highlighted(db, source)
    source.write_text(NEW, "utf-8")
    updated = run_main("--db", db, "import", "--update", str(source))
    assert updated.returncode == 0, updated.stderr
    assert "river.txt): highlights: 1 drifted" in updated.stdout, updated.stdout
    source.write_text(NEW.replace(" this year", ""), "utf-8")  # the highlight's words as before
    again = run_main("--db", db, "import", "--update", str(source)).stdout
    assert "highlights:" not in again, again
    source.write_text(OLD.split("The ministers")[0], "utf-8")  # its paragraph gone
    gone = run_main("--db", db, "import", "--update", str(source)).stdout
    assert "highlights: 1 orphaned" in gone, gone
