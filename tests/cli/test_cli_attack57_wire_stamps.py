"""A wire's dateline stamp opening the first paragraph dates the article on import (newuser56:
"date 2022-12-27 KYIV (AP) —" under a headline was not read): the date it prints is the
article's; a stamp with no year ("KYIV, Dec 27 (Reuters) -") takes the year the text gives
that month, as "On July 18" does, and leaves the article undated otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_runner import run_main

HEADLINE = "Ukraine says talks possible\n\n"
SAID = "Ukraine's foreign minister said on Tuesday that peace talks could happen."


@pytest.mark.parametrize(
    ("first_line", "listed"),
    [
        (f"date 2022-12-27 KYIV (AP) — {SAID}", "2022-12-27 "),
        (f"Dated: 2022-12-27 KYIV — {SAID}", "2022-12-27 "),
        (f"KYIV, Dec 27 (Reuters) - {SAID} Talks began on Dec. 20, 2022.", "2022-12-27?"),
        (f"KYIV, December 27 (Reuters) - {SAID}", "           "),
        (f"KYIV, Dec 27 (Reuters) - {SAID} They were first held in 2019.", "           "),
    ],
    ids=["stamp", "labelled", "yearless-with-year", "yearless", "year-not-of-its-month"],
)
def test_a_wire_stamp_dates_the_article(tmp_path: Path, first_line: str, listed: str):
    text = tmp_path / "kyiv.txt"
    text.write_text(HEADLINE + first_line + "\n", encoding="utf-8")
    db = str(tmp_path / "db.json")
    article_id = run_main("--db", db, "--create", "import", str(text)).stdout.split()[1]
    [line] = [row for row in run_main("--db", db, "list").stdout.splitlines() if article_id in row]
    assert line.startswith(f"{article_id}  {listed} Ukraine says talks possible"), line
