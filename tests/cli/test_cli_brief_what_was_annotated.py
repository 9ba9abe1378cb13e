"""An export gives what was annotated: the CSV an article's own note (not only highlights'
notes), the Markdown brief the articles annotated, saying how many others were left out.

Found by a new user (session 40): a weekly brief exported from a library of 45 articles
listed all 45, annotated or not, and the CSV a colleague opened had no row for the note
written on an article, only those of its highlights.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from tests.cli_runner import run_main

ARTICLES = {
    "noted.txt": "Hanoi hosts talks\n\nThe two ministers met in Hanoi on trade.\n",
    "marked.txt": "Manila signs a pact\n\nThe two sides signed a maritime pact.\n",
    "bare.txt": "Jakarta weather\n\nIt rained in Jakarta all week.\n",
}
NOTE = "Watch the trade figures next week."


def _library(store_path: Path, tmp_path: Path) -> tuple[str, ...]:
    """A store holding the three articles (and the seeds): a note on one, a highlight on
    another, nothing on the third."""
    db = ("--db", str(store_path))
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text)
    assert run_main(*db, "import", *(str(tmp_path / n) for n in ARTICLES)).returncode == 0
    ids = {a["title"]: a["id"] for a in json.loads(run_main(*db, "list", "--json").stdout)}
    assert run_main(*db, "note", ids["Hanoi hosts talks"], NOTE).returncode == 0
    made = run_main(*db, "highlight", ids["Manila signs a pact"], "--quote", "a maritime pact")
    assert made.returncode == 0, made
    return db


def test_the_csv_gives_an_articles_own_note(store_path: Path, tmp_path: Path) -> None:
    db = _library(store_path, tmp_path)
    table = run_main(*db, "export", "--format", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(table.lstrip("\ufeff"))))
    noted = [row for row in rows if row["note"] == NOTE]
    assert len(noted) == 1, rows
    assert noted[0]["article"] == "Hanoi hosts talks"
    assert (noted[0]["quote"], noted[0]["highlight_id"]) == ("", "")
    assert noted[0]["status"] == "article note"
    assert [row["quote"] for row in rows if row["highlight_id"]] == ["a maritime pact"]


def test_the_brief_lists_the_annotated_articles_and_counts_the_rest(
    store_path: Path, tmp_path: Path
) -> None:
    db = _library(store_path, tmp_path)
    listed = len(json.loads(run_main(*db, "list", "--json").stdout))
    brief = run_main(*db, "export").stdout
    assert "## Hanoi hosts talks" in brief and "## Manila signs a pact" in brief
    assert "Jakarta weather" not in brief
    assert brief.count("\n## ") == 2
    left_out = listed - 2
    assert f"2 articles, 1 highlight ({left_out} articles with no highlight, note or tag " \
        "left out)." in brief, brief  # fmt: skip
