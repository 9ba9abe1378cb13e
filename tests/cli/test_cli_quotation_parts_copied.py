"""A highlight over a speaker's quotation in two sentences ('“We will work together,” Son
said. “The region needs calm. Both sides agree.”') is copied and exported whole, an ellipsis
for the attribution between its parts: its copy, its export and the brief gave the first part
alone, the rest of what the user highlighted silently dropped."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli_runner import imported_text, run_main

ARTICLE = (
    "Talks in Hanoi\n\n"
    "HANOI, July 18 - Vietnam and Japan agreed on Friday to widen their ties.\n\n"
    "“We will work together,” Foreign Minister Bui Thanh Son said. "
    "“The region needs calm. Both sides agree.”\n\n"
    "The talks end on Saturday.\n"
)
PASSAGE = (
    "“We will work together,” Foreign Minister Bui Thanh Son said. "
    "“The region needs calm. Both sides agree.”"
)
WHOLE = "We will work together … The region needs calm. Both sides agree."


def _highlighted(store_path: Path, tmp_path: Path) -> tuple[str, str]:
    db, article_id = imported_text(store_path, tmp_path, "talks.txt", ARTICLE)
    made = run_main("--db", db, "highlight", article_id, "--quote", PASSAGE)
    assert made.returncode == 0, made.stderr
    return db, made.stdout.split()[-1]


def test_a_quote_of_both_parts_gives_both(store_path: Path, tmp_path: Path):
    db, highlight_id = _highlighted(store_path, tmp_path)
    for style in ("plain", "chicago", "apa"):
        quoted = run_main("--db", db, "quote", highlight_id, "--style", style)
        assert quoted.returncode == 0, quoted.stderr
        assert f"“{WHOLE.rstrip('.')}" in quoted.stdout, quoted.stdout
        assert "Bui Thanh Son" in quoted.stdout, quoted.stdout
        assert "Son said" not in quoted.stdout, quoted.stdout  # the reporter's words left out


def test_every_export_carries_both_parts_as_direct_words(store_path: Path, tmp_path: Path):
    db, _ = _highlighted(store_path, tmp_path)
    markdown = run_main("--db", db, "export", "--format", "markdown").stdout
    assert f"> {WHOLE}" in markdown, markdown
    (record,) = json.loads(run_main("--db", db, "export", "--format", "json").stdout)["highlights"]
    assert record["kind"] == "direct", record  # the record keeps the article's words, both parts
    assert "together,” Foreign" in record["quote"] and record["quote"].endswith("agree."), record
    csv = run_main("--db", db, "export", "--format", "csv").stdout
    assert f",{WHOLE}," in csv and ",direct," in csv, csv
