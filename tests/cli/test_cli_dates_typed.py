"""Issue 17, asked the way it is worded: "What has Lê Hoài Trung said since July?" is
``statements --speaker Le Hoai Trung --since July``, answered with how the date was read.
It was refused: "since 'July': use an ISO date like 2025-07-18 or 2025-07"."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from .test_cli_library import cli

TODAY = date.today()
JULY = TODAY.year if TODAY.month >= 7 else TODAY.year - 1  # the latest July begun by today
SAID = "Foreign Minister Lê Hoài Trung said the {what}.\n"


def _article(name: str, day: str, what: str) -> str:
    return f"---\ntitle: {what}\nsource: Test Wire\ndate: {day}\n---\n{what}\n" + SAID.format(
        what=what
    )


def _library(tmp_path: Path) -> str:
    db = str(tmp_path / "s.json")
    for name, day, what in (
        ("july.md", f"{JULY}-07-01", "talks went well"),
        ("before.md", f"{JULY - 1}-12-15", "visit was a success"),
    ):
        (tmp_path / name).write_text(_article(name, day, what), encoding="utf-8")
        assert cli("--db", db, "import", str(tmp_path / name)).returncode == 0
    return db


def test_what_has_le_hoai_trung_said_since_july(tmp_path: Path) -> None:
    db = _library(tmp_path)
    asked = cli("--db", db, "statements", "--speaker", "Le", "Hoai", "Trung", "--since", "July")
    assert asked.returncode == 0, asked.stderr
    assert asked.stderr == f"diplotui: dates read as since {JULY}-07-01\n"
    assert "talks went well" in asked.stdout
    assert "visit was a success" not in asked.stdout


def test_words_of_a_date_need_no_quotes_and_say_how_they_were_read(tmp_path: Path) -> None:
    db = _library(tmp_path)
    asked = cli("--db", db, "statements", "--since", "1", "July", str(JULY - 1), "--json")
    titles = {record["title"] for record in json.loads(asked.stdout)}  # stdout still JSON
    assert asked.returncode == 0, asked.stderr
    assert asked.stderr == f"diplotui: dates read as since {JULY - 1}-07-01\n"
    assert {"talks went well", "visit was a success"} <= titles
    ago = TODAY - timedelta(days=3)
    listed = cli("--db", db, "list", "--until", "3", "days", "ago")
    assert listed.stderr == f"diplotui: dates read as until {ago.isoformat()}\n"


def test_a_date_not_read_is_refused_naming_it_and_the_forms_read(tmp_path: Path) -> None:
    db = _library(tmp_path)
    for typed, why in (
        ("Jully", "no date read there"),
        ("05/07/2025", "may be read day or month first"),
    ):
        refused = cli("--db", db, "statements", "--since", typed)
        assert refused.returncode == 2
        assert refused.stderr == (
            f"diplotui: since {typed!r}: {why}; type 2025-07-18, 2025-07, July, July 2025,"
            " 1 July, last week, last month, yesterday, 3 days ago\n"
        )


def test_a_date_before_the_calendar_is_refused_by_each_command(tmp_path: Path) -> None:
    """attack61: "9999 years ago" (the year -7973) ended each command in a traceback."""
    db = _library(tmp_path)
    for command, named in (("statements", ""), ("list", ""), ("annotations", "annotations: ")):
        refused = cli("--db", db, command, "--until", "9999", "years", "ago")
        assert (refused.returncode, refused.stdout) == (2, ""), refused.stderr
        assert refused.stderr == (
            f"diplotui: {named}until '9999 years ago': before the year 1, the calendar's first;"
            " type 2025-07-18, 2025-07, July, July 2025, 1 July, last week, last month,"
            " yesterday, 3 days ago\n"
        )


def test_a_month_of_a_year_before_the_dated_ones_is_refused_as_its_iso_form_is(tmp_path: Path):
    """attack61: "July 1700" was "no date read there", where "1700-07" was "before 1800"."""
    db = _library(tmp_path)
    for typed in ("July 1700", "1700-07"):
        refused = cli("--db", db, "statements", "--since", typed)
        assert refused.returncode == 2
        assert refused.stderr.endswith(
            "is before 1800: a statement is dated from 1800, the first year a text's date is "
            "read in\n"
        ), refused.stderr
