"""A tag is matched whole, where a speaker's name may be cut short: ``--tag bien`` with #Biển
Đông in use answered "no statement matches" (``list``: "no article matches"), the answer of
a library holding nothing on the subject. It says the tag is not in use, and names the tag in
use that was meant."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .test_cli_library import cli
from .test_cli_statements import _library


@pytest.mark.parametrize("command", ["statements", "list"])
def test_a_tag_cut_short_names_the_tag_in_use(tmp_path: Path, command: str) -> None:
    db = _library(tmp_path)
    first = cli("--db", db, "list", "--json")
    article_id = first.stdout.split('"id": "')[1].split('"')[0]
    assert cli("--db", db, "tag", article_id, "Biển Đông").returncode == 0
    result = cli("--db", db, command, "--tag", "bien")
    assert result.returncode == 0
    assert result.stdout == ""
    answer = "statement" if command == "statements" else "article"
    assert result.stderr.strip() == (
        f"diplotui: no {answer} matches: #bien is no tag in use"
        ' (a tag is given whole: --tag "Biển Đông")'
    )


def test_a_tag_no_tag_starts_says_none_is_tagged(tmp_path: Path) -> None:
    db = _library(tmp_path)
    result = cli("--db", db, "statements", "--tag", "mekong")
    assert result.stderr.strip() == "diplotui: no statement matches: #mekong is no tag in use"


def test_dates_that_find_nothing_say_when_the_statements_were_made(tmp_path: Path) -> None:
    """``--since`` past the newest statement answered "no statement matches", as a speaker
    never quoted is answered."""
    db = _library(tmp_path)
    everything = cli("--db", db, "statements", "--speaker", "Trung", "--json")
    days = sorted(s["said_date"] for s in json.loads(everything.stdout))
    result = cli("--db", db, "statements", "--speaker", "Trung", "--since", "2099-01-01")
    assert result.returncode == 0 and result.stdout == ""
    span = f"on {days[0]}" if days[0] == days[-1] else f"from {days[0]} to {days[-1]}"
    assert result.stderr.strip() == (
        "diplotui: no statement matches: without --since and --until, "
        f"{len(days)} statements, made {span}"
    )


def test_a_name_no_speaker_has_is_said_so(tmp_path: Path) -> None:
    """A misspelt name (``--speaker Trungg``) was answered "no statement matches", as a
    speaker with nothing said in the dates asked: the answer says no speaker has the name,
    and the close name it likely meant, once however many ways the library spells it."""
    db = _library(tmp_path)
    result = cli("--db", db, "statements", "--speaker", "Trungg", "--since", "2020")
    assert result.returncode == 0 and result.stdout == ""
    assert result.stderr.strip() == (
        'diplotui: no statement matches: no speaker\'s name has the words "Trungg"'
        "; did you mean Lê Hoài Trung (6)?"
    ), "one offer for the one person the library spells two ways, by the fullest spelling"


def _dated_by_month(tmp_path: Path, *dates: str) -> str:
    db = str(tmp_path / "s.json")
    for n, day in enumerate(dates):
        (tmp_path / f"{n}.md").write_text(
            f"---\ntitle: Talks {n}\nsource: Wire\ndate: {day}\n---\nTalks {n}\n\n"
            f"Foreign Minister Anna Berg said the border would reopen in step {n}.\n",
            encoding="utf-8",
        )
        assert cli("--db", db, "import", str(tmp_path / f"{n}.md")).returncode == 0
    return db


@pytest.mark.parametrize(
    ("dates", "made"),
    [
        (["2025-06"], "1 statement, made in 2025-06"),
        (["2025-06", "2025-07-18"], "2 statements, made from 2025-06 to 2025-07-18"),
        (["2024", "2025-06"], "2 statements, made from 2024 to 2025-06"),
        (["2025-07-18"], "1 statement, made on 2025-07-18"),
    ],
)
def test_a_month_only_date_is_said_as_the_month(tmp_path: Path, dates, made) -> None:
    """An article dated "2025-06" was answered "made from 2025-06-01 to 2025-06-31" (a day
    no calendar has: the bound the dates are filtered by): the month, as listings show it."""
    db = _dated_by_month(tmp_path, *dates)
    for dated in (("--since", "2099-01-01"), ("--until", "2000")):
        result = cli("--db", db, "statements", "--speaker", "anna berg", *dated)
        assert result.returncode == 0 and result.stdout == ""
        assert result.stderr.strip() == (
            f"diplotui: no statement matches: without --since and --until, {made}"
        )
