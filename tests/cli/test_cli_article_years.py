"""An article is dated from 1900 to a year after today: a date outside is a misreading, left
out with the import's line saying why, refused when typed, and never counted from.

Found by an outside tester (session 28): a front matter's or byline's "0001-01-01" was stored
as the article's date, ``meta --date 0001-01-01`` and ``--since 0001`` were taken, and the
timeline and ``statements --since`` of such an article crashed with a traceback ("yesterday"
counted back past the calendar's first day).
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from diplotui.dating import dateline
from diplotui.ingest.metadata import read_stated_date
from diplotui.model import Article
from diplotui.store import Store, text_hash
from tests.cli_runner import run_main

TEXT = (
    "Talks in Hanoi\n"
    "Foreign Minister Jane Doe said yesterday that the talks would resume next year.\n"
    '"We will meet again tomorrow," Jane Doe said last week.\n'
)
WINDOW = "an article is dated from 1900 to a year after today"
SAID_WINDOW = "a statement is dated from 1800, the first year a text's date is read in"


@pytest.mark.parametrize(
    ("stated", "stored", "said"),
    [
        ("0001-01-01", "", "its date '0001-01-01' is before 1900: left out"),
        ("1899-12-31T23:59Z", "", "its date '1899-12-31T23:59Z' is before 1900: left out"),
        ("0999", "", "its date '0999' is before 1900: left out"),
        ("March 4, 1066", "", "its date 'March 4, 1066' is before 1900: left out"),
        ("04/03/0999", "", "its date '04/03/0999' is before 1900: left out"),
        ("1900-01-01", "1900-01-01", ""),
        ("1900", "1900", ""),
    ],
)
def test_a_stated_date_before_1900_is_left_out_and_said(stated, stored, said):
    assert read_stated_date(stated) == read_stated_date(stated, date(2026, 12, 4))
    result = read_stated_date(stated)
    assert (result.iso, result.is_guess, result.warning) == (stored, False, said)


def test_front_matter_and_byline_dates_before_1900_each_said_in_the_files_line(
    store_path: Path, tmp_path: Path
):
    front = tmp_path / "old.md"
    front.write_text(f"---\ntitle: Old\ndate: 0001-01-01\nsource: X\n---\n{TEXT}")
    byline = tmp_path / "byline.txt"
    byline.write_text(TEXT.replace("\n", "\nPublished: 0999-03-04\n", 1).replace("Hanoi", "Rome"))
    db = ("--db", str(store_path))
    result = run_main(*db, "import", str(front), str(byline))
    assert result.returncode == 0, result
    assert result.stdout.splitlines()[:2] == [
        f"imported  {line}"
        for line in (
            f"{_id(result.stdout, 0)}  Old  ({front}): its date '0001-01-01' is before 1900: "
            "left out",
            f"{_id(result.stdout, 1)}  Talks in Rome  ({byline}): its date '0999-03-04' is "
            "before 1900: left out",
        )
    ]
    listed = json.loads(run_main(*db, "list", "--json").stdout)
    assert {
        a["title"]: a["date"] for a in listed if "Old" in a["title"] or "Rome" in a["title"]
    } == {
        "Old": "",
        "Talks in Rome": "",
    }


def _id(stdout: str, line: int) -> str:
    return stdout.splitlines()[line].split()[1]


@pytest.mark.parametrize(
    ("typed", "why"),
    [
        ("0001-01-01", "it is before 1900"),
        ("1899", "it is before 1900"),
        (str(date.today().year + 2), "it is more than a year after today"),
    ],
)
def test_meta_date_outside_the_years_is_refused_in_one_line(store_path: Path, typed, why):
    article_id = _legacy_article(store_path, "2025-07-18")
    refused = run_main("--db", str(store_path), "meta", article_id, "--date", typed)
    assert (refused.returncode, refused.stdout) == (2, "")
    assert refused.stderr == f"diplotui: invalid date {typed!r}: {why} ({WINDOW})\n"
    shown = run_main("--db", str(store_path), "meta", article_id)
    assert "date:   2025-07-18\n" in shown.stdout
    taken = run_main("--db", str(store_path), "meta", article_id, "--date", "1900-01-01")
    assert taken.returncode == 0 and "date:   1900-01-01\n" in taken.stdout


@pytest.mark.parametrize(
    ("command", "option", "typed"),
    [
        ("list", "--since", "0001"),
        ("list", "--until", "1899-12"),
        ("statements", "--since", "0001"),
        ("statements", "--until", "1799-12"),
    ],
)
def test_a_filter_bound_before_the_years_is_refused_in_one_line(
    store_path: Path, command, option, typed
):
    """An article's date is from 1900, a statement's from 1800 ("last week" in an article of
    1900-01-01 is a week of 1899; a text's "in 1848" is read): each filter reaches its own."""
    _legacy_article(store_path, "2025-07-18")
    refused = run_main("--db", str(store_path), command, option, typed)
    assert (refused.returncode, refused.stdout) == (2, "")
    name = option.removeprefix("--")
    window = f"1900: {WINDOW}" if command == "list" else f"1800: {SAID_WINDOW}"
    assert refused.stderr == f"diplotui: {name} {typed!r} is before {window}\n"


EDGES = {  # an article's date as stored, and what its words count from it
    "1900-01-01": "Foreign Minister Jane Doe said last week that the talks would resume.\n",
    "0001-01-05": "Foreign Minister Jane Doe said last month that the talks would resume.\n",
    "9999-12-30": "Foreign Minister Jane Doe said the talks would resume next year.\n",
}


def test_dates_at_the_calendars_ends_date_every_path_alike_and_crash_none(
    store_path: Path, tmp_path: Path
) -> None:
    """ "last week" in an article of 1900-01-01 is the week of 1899-12-25, as date arithmetic
    says, in ``statements``, its JSON, the timeline and the filters, which reach it
    (``--until 1899-12`` was refused: "before 1900"); "last month" of 0001-01-05 and "next
    year" of 9999-12-30 (stored before imports refused them) stay unresolved, the article's
    date standing in with its "?", in every listing and export, none crashing."""
    ids = {
        stored: _legacy_article(store_path, stored, "Talks\n" + text)
        for stored, text in EDGES.items()
    }
    db = ("--db", str(store_path))
    said = run_main(*db, "statements", "--json")
    assert said.returncode == 0, said.stderr
    dated = {r["article_id"]: (r["said_date"], r["date_from"]) for r in json.loads(said.stdout)}
    assert dated == {
        ids["1900-01-01"]: ("1899-12-25..1899-12-31", "sentence"),
        ids["0001-01-05"]: ("0001-01-05", "article"),
        ids["9999-12-30"]: ("9999-12-30", "article"),
    }
    lines = run_main(*db, "timeline", "Jane Doe").stdout.splitlines()
    assert [line.split(" Jane Doe")[0].rstrip() for line in lines] == [
        "0001-01-05? (article date)",
        "1899-12-25..1899-12-31",
        "9999-12-30? (article date)",
    ]
    # each filtered by the date it is shown with, the article's standing in with its "?"
    until = run_main(*db, "statements", "--until", "1899-12", "--json")
    assert {r["article_id"] for r in json.loads(until.stdout)} == {
        ids["1900-01-01"],
        ids["0001-01-05"],
    }
    since = run_main(*db, "statements", "--since", "1900", "--json")
    assert [r["article_id"] for r in json.loads(since.stdout)] == [ids["9999-12-30"]]
    for article_id in ids.values():  # a highlight of each statement, cited in every style
        made = run_main(*db, "highlight", article_id, "--quote", "the talks would resume")
        assert made.returncode == 0, made.stderr
        for style in ("plain", "chicago", "apa"):
            quoted = run_main(*db, "quote", made.stdout.split()[-1], "--style", style)
            assert quoted.returncode == 0 and "Talks" in quoted.stdout, quoted.stderr
    for form in ("markdown", "json", "w3c", "csv"):
        exported = run_main(*db, "export", "--format", form, "-o", str(tmp_path / f"x.{form}"))
        assert exported.returncode == 0, (form, exported.stderr)


@pytest.mark.parametrize("stored", ["0001-01-01", "9999-12-31"])
def test_an_article_stored_with_a_date_outside_the_years_is_not_counted_from(
    store_path: Path, stored
):
    """Such a date, stored before imports refused it, is kept and shown as stored, but
    no "yesterday" or "next year" is counted from it."""
    article_id = _legacy_article(store_path, stored)
    db = ("--db", str(store_path))
    timeline = run_main(*db, "timeline", "Jane Doe")
    assert timeline.returncode == 0, timeline
    assert timeline.stdout.splitlines() == [
        f"{stored}? (article date) Jane Doe (Foreign Minister) said: the talks would resume "
        f"next year — Talks · X [{article_id[:8]}]",
        f"{stored}? (article date) Jane Doe (Foreign Minister) said: “We will meet again "
        f"tomorrow” — Talks · X [{article_id[:8]}]",
    ]
    since = run_main(*db, "statements", "--since", "2025-01-01", "--json")
    assert since.returncode == 0, since
    assert dateline(stored, False) is None
    assert dateline("1900-01-01", False) == date(1900, 1, 1)
    assert dateline((date.today() + timedelta(days=1)).isoformat(), False) is not None


def _legacy_article(store_path: Path, stored: str, text: str = TEXT) -> str:
    """An article dated ``stored`` as an older diplotui, or a shared store, may hold it."""
    with Store.open(store_path) as store:
        digest = text_hash(text)
        article_id = store.new_article_id(digest)
        store.add_article(
            Article(id=article_id, title="Talks", source="X", text_hash=digest, date=stored),
            text,
        )
    return article_id
