"""An article whose text states no date gets a year from its text only where the text leaves
no doubt, and one left undated is told so on its import line, with the command that dates it.

Session 42: the year named most often (latest on a tie) dated 21 of 64 dev articles of known
date wrongly, 18 of them too early: the texts name past years only ("In 2017, Panama cut ties
with Taiwan" in a 2021 article), and a wrong year is published in a brief's citation.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from diplotui.cli.main import main
from diplotui.ingest import metadata
from diplotui.ingest.metadata import guess_date, year_from_text
from diplotui.ingest.report import IMPORTED, ImportOutcome, ImportReport
from diplotui.tui.dialogs.import_files import report_text

TODAY = date(2026, 12, 3)
PANAMA = (
    "Panama's foreign minister visits Beijing\n\n"
    "China has been increasing its clout in the region.\n\n"
    "In 2017, Panama cut ties with Taiwan and established diplomatic relations with China. "
    "Trade has grown since 2015.\n"
)


@pytest.mark.parametrize(
    "text",
    [
        PANAMA,  # past years only: dated 2021, guessed 2017
        "Talks\n\nMore than 700,000 have fled since August 25, 2017, the envoy said.\n",
        "Talks\n\nThe ministers met in April 14, 2023 and again in 2023 and 2021.\n",
        "Talks\n\nThe deal was signed in 2022.\n",  # one mention: right about half the time
        "Talks\n\nIn 2018, the plan for 2018 and 2019 was signed.\n",  # 2018 most, 2019 latest
        "Talks\n\nPublished January 10, 2023\n\nThe summit of 2025 is planned.\n",
        "Talks\n\nThe 2030 agenda and the 2030 goals.\n",  # after today: no year of writing
    ],
    ids=[
        "past-years",
        "since-date",
        "in-date",
        "once",
        "most-not-latest",
        "date-not-latest",
        "future",
    ],
)
def test_a_text_of_past_years_leaves_the_article_undated(text):
    assert year_from_text(text, TODAY) == ""
    assert guess_date(text, TODAY) == ""


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "Talks\n\nAbdullah Momand Published April 18, 2025 Updated\n\nTalks since 2021.\n",
            "2025",
        ),
        ("Talks\n\nphoto caption\n\nThu 10th September 2020 | 08:23 PM\n\nIn 2019, ...\n", "2020"),
        ("Talks\n\nSome text.\n\nUpdated: 2010-07-23 20:48 Beijing talks of 2008.\n", "2010"),
        ("Talks\n\nIn 2013, talks resumed; the 2013 report says so.\n", "2013"),
    ],
    ids=["published", "stamp", "numeric", "only-year-twice"],
)
def test_a_year_beyond_doubt_is_taken(text, year):
    assert year_from_text(text, TODAY) == year
    assert guess_date(text, TODAY) == year


def _store(tmp_path: Path) -> str:
    (tmp_path / "store").mkdir()
    return str(tmp_path / "store" / "lib.json")


def _listed(db: str, capsys) -> dict[str, dict]:
    assert main(["--db", db, "list", "--json"]) == 0
    return {a["id"]: a for a in json.loads(capsys.readouterr().out)}


def test_the_import_line_says_no_date_was_stated_and_the_command_that_dates_it(tmp_path, capsys):
    db = _store(tmp_path)
    path = tmp_path / "panama.txt"
    path.write_text(PANAMA, encoding="utf-8")

    assert main(["--db", db, "import", str(path)]) == 0
    out = capsys.readouterr().out
    (line,) = (line for line in out.splitlines() if line.startswith("imported"))
    article_id = line.split()[1]
    command = f"diplotui meta {article_id} --date YYYY-MM-DD"
    assert line.endswith(
        f"panama.txt): no date stated (its text names years up to 2017): `{command}` sets it"
    ), line
    listed = _listed(db, capsys)[article_id]
    assert (listed["date"], listed["date_is_guess"]) == ("", False)

    assert main(["--db", db, *command.replace("YYYY-MM-DD", "2021-07-19").split()[1:]]) == 0
    capsys.readouterr()
    listed = _listed(db, capsys)[article_id]
    assert (listed["date"], listed["date_is_guess"]) == ("2021-07-19", False)


def test_a_dated_or_yearless_import_line_says_nothing_of_years(tmp_path, capsys):
    db = _store(tmp_path)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "stamped.txt").write_text(
        "Talks\n\nSome words first.\n\nMore words.\n\nPublished April 18, 2025 | 10:00\n"
        "In 2017, Panama cut ties with Taiwan.\n",
        encoding="utf-8",
    )
    (tmp_path / "in" / "yearless.txt").write_text("Talks\n\nThe ministers met.\n", "utf-8")

    assert main(["--db", db, "import", str(tmp_path / "in")]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if "imported" in line]
    assert len(lines) == 2 and not any("no date stated" in line for line in lines), lines
    dates = {(a["date"], a["date_is_guess"]) for a in _listed(db, capsys).values()}
    assert {("2025", True), ("", False)} <= dates


def test_the_import_dialog_says_it_with_the_apps_key():
    outcome = ImportOutcome("/x/panama.txt", IMPORTED, "abc", "Panama", "", ("date",), 2017)
    shown = report_text(ImportReport([outcome])).plain
    assert re.search(
        r"imported: /x/panama.txt: no date stated \(its text names years up to 2017\): "
        r"i on the article sets it",
        shown,
    ), shown


def _years_text(size: int) -> str:
    """A text made of years ("2019 2019 ..."): each is read for a word before it saying it is
    one."""
    return f"Years\n\n{('2019 ' * (size // 5 + 1))[:size]}\n"


def _cpu(text: str) -> float:
    started = time.process_time()
    year_from_text(text, TODAY)
    return time.process_time() - started


def test_the_year_of_a_text_of_years_is_found_in_linear_time() -> None:
    """Each year's cue was searched for at each of the 40 characters before it: a 280 KB
    text of years took 1.6-2.4 s of CPU (now a quarter of a second)."""
    year_from_text(_years_text(1_000) + "x", TODAY)  # the patterns compiled outside the measure
    small = _cpu(_years_text(70_000))
    large = _cpu(_years_text(280_000))
    assert large < 8 * small, f"4x the text cost {large / small:.1f}x the CPU"
    assert large < 1.0, f"{large:.2f} s of CPU for 280 KB of years"


class _CountedScans:
    """``_YEAR_RE`` counting the texts scanned for years."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.scans = pattern, 0

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        self.scans += 1
        return self.pattern.finditer(text)


def test_an_undated_article_s_years_are_read_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    """Its date's guess read the years of its text, then its import line read them again."""
    counted = _CountedScans(metadata._YEAR_RE)
    monkeypatch.setattr(metadata, "_YEAR_RE", counted)
    path = tmp_path / "undated.txt"
    path.write_text(f"Talks held\n\n{PANAMA.split(chr(10), 2)[2]} Once read: 2011 and 2012.\n")
    assert main(["--db", _store(tmp_path), "import", str(path)]) == 0
    assert "its text names years up to 2017" in capsys.readouterr().out
    assert counted.scans == 1
