"""The brief says when a quoted statement was made where its attribution dates it otherwise
than its article: under the article's "Date: 2025-09-10", a spokesperson's words "said on
Tuesday" and a minister's "last week" read as said that day, a week-old remark put on the
day the briefing ran. A statement nothing dates but its article says nothing more."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from tests.cli_runner import run_main

TEXT = """Vietnam urges substantive COC at regular press briefing

HANOI, September 10, 2025 — Foreign Ministry Spokesperson Pham Thu Hang said on Tuesday that \
Vietnam wants a substantive and effective Code of Conduct in the East Sea.
Foreign Minister Le Hoai Trung said last week that the negotiations should be concluded soon.
He added that all parties must exercise restraint.
"""


def _done(*args: str) -> str:
    ran = run_main(*args)
    assert ran.returncode == 0, ran.stderr
    return ran.stdout


def _briefing_highlighted(tmp_path: Path) -> tuple[str, str]:
    """A store holding the briefing of 2025-09-10, its three statements highlighted: the
    store's path and the article's id."""
    store = str(tmp_path / "lib.json")
    text = tmp_path / "briefing.txt"
    text.write_text(TEXT, encoding="utf-8")
    sidecar = {"source": "Hanoi Times", "date": "2025-09-10"}
    (tmp_path / "briefing.meta.json").write_text(json.dumps(sidecar), encoding="utf-8")
    article = _done("--db", store, "--create", "import", str(text)).split()[1]
    for words in ("Vietnam wants a substantive", "the negotiations should", "all parties must"):
        _done("--db", store, "highlight", article, "--quote", words)
    return store, article


def test_the_brief_dates_a_statement_by_its_attribution(tmp_path: Path) -> None:
    store, article = _briefing_highlighted(tmp_path)
    brief = _done("--db", store, "export", "--article", article)
    assert "- Date: 2025-09-10\n" in brief
    assert (
        "Pham Thu Hang (Foreign Ministry Spokesperson) said: Vietnam wants a substantive…\n\n"
        "*key statement* · said 2025-09-09\n"
    ) in brief
    assert (
        "Le Hoai Trung (Foreign Minister) said: the negotiations should…\n\n"
        "*key statement* · said 2025-09-01..2025-09-07\n"
    ) in brief
    assert "Le Hoai Trung (Foreign Minister) added that all parties must…\n\n*key statement*\n" in (
        brief
    )  # nothing dates it but its article


def test_csv_and_json_exports_carry_the_day_a_statement_was_made(tmp_path: Path) -> None:
    """A sheet sorted by the article's date put a week-old remark on the day it ran: the
    brief's "said 2025-09-09" is the CSV's and the JSON's ``statement_date`` (empty, or null,
    where nothing but the article dates the words)."""
    store, article = _briefing_highlighted(tmp_path)
    sheet = _done("--db", store, "export", "--article", article, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(sheet)))
    said = {row["quote"][:12]: (row["date"], row["statement_date"]) for row in rows}
    assert said == {
        "Vietnam want": ("2025-09-10", "2025-09-09"),
        "the negotiat": ("2025-09-10", "2025-09-01..2025-09-07"),
        "all parties ": ("2025-09-10", ""),
    }
    document = json.loads(_done("--db", store, "export", "--article", article, "--format", "json"))
    dates = sorted(str(h["statement_date"]) for h in document["highlights"])
    assert dates == ["2025-09-01..2025-09-07", "2025-09-09", "None"]
