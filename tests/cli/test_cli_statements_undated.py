"""``statements --since`` left out what undated articles quote without a word: asked what a
leader said since July 20, a user got every dated statement and never learnt that an article
with no date held three more (newuser43). A line on stderr now counts them."""

from __future__ import annotations

from pathlib import Path

from .test_cli_library import cli
from .test_cli_statements import _library

DATED = (
    "Ceasefire holds\n\n"
    "PUTRAJAYA, July 28, 2025 — Prime Minister Amir Kassim said the truce would hold.\n"
)
UNDATED = (
    "Truce welcomed\n\n"
    "Prime Minister Amir Kassim said the monitors would arrive soon.\n\n"
    "Kassim added that the border would reopen.\n"
)


def test_dates_say_how_many_undated_statements_they_left_out(tmp_path: Path) -> None:
    db = _library(tmp_path, ("dated.txt", DATED), ("undated.txt", UNDATED))
    result = cli("--db", db, "statements", "--speaker", "Kassim", "--since", "2025-07-20")
    assert result.returncode == 0
    assert "the truce would hold" in result.stdout
    assert "monitors" not in result.stdout
    assert result.stderr.strip() == (
        "diplotui: 2 undated statements left out by the dates (no date in their articles):"
        " without --since and --until they are listed last; diplotui meta ID --date"
        " YYYY-MM-DD dates one"
    )


def test_no_dates_asked_leaves_nothing_out(tmp_path: Path) -> None:
    db = _library(tmp_path, ("dated.txt", DATED), ("undated.txt", UNDATED))
    result = cli("--db", db, "statements", "--speaker", "Kassim")
    assert result.returncode == 0 and result.stderr == ""
    assert "monitors" in result.stdout and "the truce would hold" in result.stdout
