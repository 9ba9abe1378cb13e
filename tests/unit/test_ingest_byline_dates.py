"""A date in an article's byline is read as the same date in its front matter is: the same
date stored, the same guess, the same words on the import's line; and a date more than a
year after today is left out, said, wherever it is written.

Found by an outside tester (session 28): a byline's "2025-02-29" and "2025-07-18T25:99"
were stored as the year guess "2025?" unsaid, its "9999-12-31" dropped unsaid (front matter
stored it, first in every newest-first list), its "03/04/2025" a guess unsaid; full-width
digits and the hour 25 were taken unsaid on either path.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from diplotui.cli.main import main
from diplotui.ingest.metadata import dateline_date, read_stated_date

BODY = 'The minister arrived in Hanoi. "We are friends," said Le Hoai Trung.\n'

CASES = [
    ("2025-02-29", ("", False), "its date '2025-02-29' is no calendar date: left out"),
    (
        "2025-07-18T25:99",
        ("", False),
        "its date '2025-07-18T25:99' has a time no clock has: left out",
    ),
    (
        "9999-12-31",
        ("", False),
        "its date '9999-12-31' is more than a year after today: left out",
    ),
    (
        "２０２５-０３-０４",
        ("2025-03-04", False),
        "its date '２０２５-０３-０４' is written in full-width digits: read as 2025-03-04",
    ),
    (
        "03/04/2025",
        ("2025-04-03", True),
        "its date '03/04/2025' may be read day or month first: kept as the guess 2025-04-03?",
    ),
    ("2025-07-18T10:30", ("2025-07-18", False), ""),
    ("March 4, 2025", ("2025-03-04", False), ""),
    ("August 2025", ("2025-08", False), ""),
    ("Sept. 2025", ("2025-09", False), ""),
]


def _import_and_list(tmp_path: Path, path: Path, capsys) -> tuple[str, tuple[str, bool]]:
    """The import's line for ``path`` and the date ``list --json`` says it stored."""
    db = str(tmp_path / "store" / "s.json")
    (tmp_path / "store").mkdir(parents=True)
    assert main(["--db", db, "import", str(path)]) == 0
    line = next(
        line for line in capsys.readouterr().out.splitlines() if line.startswith("imported")
    )
    assert main(["--db", db, "list", "--json"]) == 0
    article_id = line.split()[1]
    (listed,) = (a for a in json.loads(capsys.readouterr().out) if a["id"].startswith(article_id))
    return line, (listed["date"], listed["date_is_guess"])


@pytest.mark.parametrize(("stated", "stored", "said"), CASES)
def test_a_byline_date_is_read_stored_and_said_as_a_front_matter_date_is(
    tmp_path, capsys, stated, stored, said
):
    byline = tmp_path / "byline" / "byline.txt"
    byline.parent.mkdir()
    byline.write_text(f"Byline test\n\nPublished: {stated}\n\n{BODY}", encoding="utf-8")
    matter = tmp_path / "matter" / "matter.md"
    matter.parent.mkdir()
    matter.write_text(f"---\ndate: '{stated}'\n---\nMatter test\n\n{BODY}", encoding="utf-8")

    byline_line, byline_stored = _import_and_list(tmp_path / "b", byline, capsys)
    matter_line, matter_stored = _import_and_list(tmp_path / "m", matter, capsys)

    ending = f"): {said}" if said else ")"
    assert byline_line.endswith(f"byline.txt{ending}"), byline_line
    assert matter_line.endswith(f"matter.md{ending}"), matter_line
    assert byline_stored == matter_stored == stored


def test_a_left_out_byline_date_is_not_guessed_back_from_its_own_year(tmp_path, capsys):
    """A byline's "Published: 2025-02-29" was stored as the guess "2025?", from its digits."""
    path = tmp_path / "doc" / "a.txt"
    path.parent.mkdir()
    path.write_text(f"Headline\n\nPublished: 2025-02-29\n\n{BODY}", encoding="utf-8")
    line, stored = _import_and_list(tmp_path / "s", path, capsys)
    assert stored == ("", False)
    assert line.endswith("its date '2025-02-29' is no calendar date: left out")


def test_a_month_and_year_under_the_headline_dates_the_article_to_the_month() -> None:
    """ "The Diplomat, August 2025" under a headline left the article undated (newuser43)."""
    text = f"China offers help on the border\n\nThe Diplomat, August 2025\n\n{BODY}"
    assert dateline_date(text, date(2026, 12, 3)).iso == "2025-08"
    assert dateline_date(f"Talks\n\nAug. 2025 | Asia\n\n{BODY}", date(2026, 12, 3)).iso == (
        "2025-08"
    )


def test_a_month_and_year_in_the_words_of_a_line_is_no_date_of_the_article() -> None:
    for head in (
        "Talks to resume in August 2025",
        "Talks\n\nThe talks of August 2025 failed.",
        "Summit set for mid-October 2025",
    ):
        assert dateline_date(f"{head}\n\n{BODY}", date(2026, 12, 3)).iso == ""


TODAY = date(2026, 12, 3)


@pytest.mark.parametrize(
    ("stated", "iso"),
    [
        ("2027-12-03", "2027-12-03"),  # a year after today, to the day: an embargoed date
        ("2027-12-04", ""),
        ("2028", ""),
        ("4 December 2027", ""),
        ("04/12/2028", ""),  # both readings are over a year ahead
    ],
)
def test_a_date_more_than_a_year_after_today_is_left_out_on_both_paths(stated, iso):
    assert read_stated_date(stated, TODAY).iso == iso
    assert dateline_date(f"Headline\n{stated}\nBody.", TODAY).iso == iso
    if not iso:
        assert "more than a year after today: left out" in read_stated_date(stated, TODAY).warning


def test_of_two_readings_the_one_over_a_year_ahead_is_never_the_guess():
    """05/12/2027: December 5 is over a year after today, May 12 is not."""
    stated = read_stated_date("05/12/2027", TODAY)
    assert (stated.iso, stated.is_guess) == ("2027-05-12", True)
    assert stated.warning.endswith("kept as the guess 2027-05-12?")
    assert read_stated_date("31/12/2027", TODAY).iso == ""  # its one reading is


def test_a_month_is_left_out_only_when_it_starts_over_a_year_after_today():
    assert read_stated_date("2027-12", TODAY).iso == "2027-12"
    assert read_stated_date("2028-01", TODAY).iso == ""


def test_a_long_paragraph_quotes_its_dates_and_an_opening_dateline_is_read():
    paragraph = "A directive issued on 2008-12-02 was recalled by the minister " * 2
    assert dateline_date(f"Headline\n{paragraph}\nMore.", TODAY).iso == ""
    opening = "DOHA, July 20, 2025 — " + paragraph
    assert dateline_date(f"Headline\n{opening}", TODAY).iso == "2025-07-20"


def test_a_date_left_out_twice_is_said_once(tmp_path, capsys) -> None:
    """A front matter's date and the byline under its headline, the same date left out: the
    import's line said "its date '9999-12-31' is more than a year after today: left out"
    twice over, one after the other (attack61)."""
    path = tmp_path / "doc" / "twice.md"
    path.parent.mkdir()
    path.write_text(
        f"---\ndate: 9999-12-31\n---\nTalks 9999-12-31\n\nPublished: 9999-12-31\n\n{BODY}",
        encoding="utf-8",
    )
    line, stored = _import_and_list(tmp_path / "s", path, capsys)
    assert stored == ("", False)
    assert line.endswith(
        "twice.md): its date '9999-12-31' is more than a year after today: left out"
    )
