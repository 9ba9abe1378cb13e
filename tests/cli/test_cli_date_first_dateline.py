"""A news dateline that opens with its date, the place after it in brackets ("August 2, 2024
(ADDIS ABABA) – ..."), dates the article, as one opening with its place does ("DOHA, July 20,
2025 — ...").

Found by a new user (session 41): a Sudan Tribune article dated so was stored as the guess
2024-08-14?, the day of talks its second paragraph mentions ("in Geneva on August 14"): the
list, the Statements view, Perriello's timeline and every citation put it twelve days late,
and after the article of August 12 it preceded.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from diplotui.ingest.metadata import dateline_date
from tests.cli_runner import run_main

TRIBUNE = (
    "U.S. envoy in contact with Sudan’s army chief before Geneva talks\n\n"
    "August 2, 2024 (ADDIS ABABA) – The U.S. special envoy to Sudan revealed he had been in "
    "contact with the head of Sudan’s Sovereign Council and army leader, Abdel Fattah "
    "al-Burhan, two months prior to calling for the Geneva talks on a humanitarian ceasefire.\n\n"
    "In a press conference in Addis Ababa, Tom Perriello elaborated on ongoing efforts to "
    "organize talks between the Sudanese army and the paramilitary Rapid Support Forces (RSF) "
    "in Geneva on August 14.\n\n"
    "“We welcome General al-Burhan’s expressed interest in consulting on the upcoming peace "
    "talks,” said Perriello.\n"
)
TODAY = date(2026, 12, 5)
LONG = " talks between the army and the paramilitary forces resumed in the port city" * 2


def test_an_article_whose_dateline_opens_with_its_date_is_stored_and_cited_on_that_day(
    store_path: Path, tmp_path: Path
) -> None:
    path = tmp_path / "tribune.txt"
    path.write_text(TRIBUNE, encoding="utf-8")
    db = ("--db", str(store_path))
    imported = run_main(*db, "import", str(path))
    assert imported.returncode == 0, imported
    (article,) = (
        listed
        for listed in json.loads(run_main(*db, "list", "--json").stdout)
        if listed["title"].startswith("U.S. envoy")
    )
    assert (article["date"], article["date_is_guess"]) == ("2024-08-02", False)
    listed = run_main(*db, "statements", "--speaker", "perriello")
    assert listed.stdout.startswith("2024-08-02 (article date)"), listed.stdout
    assert "2024-08-14" not in run_main(*db, "list").stdout


@pytest.mark.parametrize(
    ("opening", "iso"),
    [
        ("August 2, 2024 (ADDIS ABABA) –", "2024-08-02"),
        ("20 July 2025 (Reuters) —", "2025-07-20"),
        ("July 20, 2025 -", "2025-07-20"),
        ("July 20, 2025:", "2025-07-20"),
    ],
)
def test_a_first_paragraph_opening_with_its_date_and_a_dash_is_a_dateline(
    opening: str, iso: str
) -> None:
    assert dateline_date(f"Headline\n{opening}{LONG}", TODAY).iso == iso


@pytest.mark.parametrize(
    "opening",
    [
        "July 20, 2025 was the day",  # the sentence's subject, no dateline's dash
        "Since July 20, 2025 –",  # a phrase counting from the day
        "By July 20, 2025 (the deadline) –",
    ],
)
def test_a_paragraph_naming_a_date_in_its_own_words_is_not_dated_by_it(opening: str) -> None:
    assert dateline_date(f"Headline\n{opening}{LONG}", TODAY).iso == ""
