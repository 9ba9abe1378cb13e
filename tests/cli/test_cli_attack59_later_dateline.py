"""attack59: a stamp like a dateline opening the second paragraph ("KYIV, December 27, 2019
(Reuters) - ...", a dispatch the article quotes) dated the article: "2019?" by the year it
printed, or "2019-12-27?" where the stamp gave no year and the text did. Only a dateline at the
start (opening the first paragraph, or a byline above it) dates an article now."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_runner import run_main

HEADLINE = "Talks on the river resume after a long pause in the joint commission"
FIRST = (
    "The ministers met to discuss water sharing along the river, officials said on the "
    "sidelines of the summit in the capital."
)
STAMPS = {
    "dated": "KYIV, December 27, 2019 (Reuters) - Ukraine's foreign minister said talks resume.",
    "yearless": "KYIV, Dec 27 (Reuters) - Ukraine's foreign minister said the talks of Dec. 20, "
    "2019 would resume.",
}


def _imported_date(tmp_path: Path, text: str) -> tuple[str, str]:
    path = tmp_path / "talks.txt"
    path.write_text(text, encoding="utf-8")
    db = str(tmp_path / "db.json")
    done = run_main("--db", db, "--create", "import", str(path))
    assert done.returncode == 0, done.stderr
    article_id = done.stdout.split()[1]
    [row] = [
        line for line in run_main("--db", db, "list").stdout.splitlines() if article_id in line
    ]
    return row.split()[1], done.stdout


@pytest.mark.parametrize("stamp", sorted(STAMPS))
def test_a_stamp_opening_the_second_paragraph_dates_nothing(tmp_path: Path, stamp: str) -> None:
    text = f"{HEADLINE}\n\n{FIRST}\n\n{STAMPS[stamp]}\n\nLater a joint statement followed.\n"
    shown, said = _imported_date(tmp_path, text)
    assert shown == "Talks"  # no date column: the title follows the id
    assert "no date stated (its text names years up to 2019)" in said


@pytest.mark.parametrize(("stamp", "dated"), [("dated", "2019-12-27"), ("yearless", "2019-12-27?")])
def test_the_same_stamp_opening_the_first_paragraph_dates_the_article(
    tmp_path: Path, stamp: str, dated: str
):
    text = f"{HEADLINE}\n\n{STAMPS[stamp]}\n\n{FIRST}\n"
    assert _imported_date(tmp_path, text)[0] == dated
