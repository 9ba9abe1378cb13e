"""attack58, after attack57's wire stamps: the agency in brackets of a stamp that opens with
its date ("date 2022-12-27 KYIV (AP) —") was not read as the article's source, as it is in
"KYIV, Dec 27 (AP) -"; and a stamp opening the second paragraph (a dispatch the story quotes)
dated the article by its own day. Only the first paragraph's dateline dates an article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_runner import run_main

HEADLINE = "Ukraine says talks possible\n\n"
SAID = "Ukraine's foreign minister said on Tuesday that peace talks could happen."
LEDE = f"{SAID} Officials in the capital welcomed the remarks in a statement late on Tuesday."


def _imported(tmp_path: Path, text: str) -> dict[str, object]:
    path = tmp_path / "kyiv.txt"
    path.write_text(HEADLINE + text, encoding="utf-8")
    db = str(tmp_path / "db.json")
    article_id = run_main("--db", db, "--create", "import", str(path)).stdout.split()[1]
    listed = json.loads(run_main("--db", db, "list", "--json").stdout)
    return next(article for article in listed if article["id"] == article_id)


@pytest.mark.parametrize(
    "first_line",
    [
        f"date 2022-12-27 KYIV (AP) — {SAID}",
        f"Dated: 2022-12-27 KYIV (AP) — {SAID}",
        f"2022-12-27 KYIV (AP) — {SAID}",
        f"KYIV, Dec 27, 2022 (AP) — {SAID}",
    ],
    ids=["labelled", "labelled-colon", "date-first", "place-first"],
)
def test_the_agency_of_a_stamp_is_the_source(tmp_path: Path, first_line: str):
    article = _imported(tmp_path, first_line + "\n")
    assert (article["source"], article["date"]) == ("AP", "2022-12-27")


def test_a_stamp_opening_the_second_paragraph_neither_dates_nor_sources_the_article(
    tmp_path: Path,
):
    quoted = "date 2019-05-01 KYIV (AP) — An earlier dispatch was quoted in full by the ministry."
    article = _imported(tmp_path, f"{LEDE}\n\n{quoted}\n")
    assert article["date"] != "2019-05-01"
    assert article["source"] == ""
