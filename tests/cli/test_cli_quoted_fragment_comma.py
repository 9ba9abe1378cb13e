"""A paraphrase ending on a quoted fragment whose comma stands inside its closing mark
('the US effort “to break the deadlock,” he said'): that comma is the writer's, before the
attribution, and rows and copies end the words without it (newuser52: the timeline read
'“to break the deadlock,” —' and a copy '“deadlock,”'); the finder's offsets and words, which
the dev set is scored on, keep it."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli_runner import run_main

ARTICLE = (
    "Rutte praises US effort\n\n"
    "NATO chief Mark Rutte praised the US effort “to break the deadlock,” he said on Tuesday.\n\n"
    "The alliance will meet again next month in Brussels to discuss support for Ukraine.\n"
)
STATEMENT = "NATO chief Mark Rutte praised the US effort “to break the deadlock,”"


def _imported(store_path: Path, tmp_path: Path) -> tuple[str, str]:
    article = tmp_path / "rutte.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    db = str(store_path)
    imported = run_main("--db", db, "import", str(article))
    assert imported.returncode == 0, imported.stderr
    return db, imported.stdout.split()[1]


def test_a_row_and_a_copy_end_a_quoted_fragment_without_its_comma(store_path: Path, tmp_path: Path):
    db, article_id = _imported(store_path, tmp_path)
    row = run_main("--db", db, "timeline", "Mark Rutte").stdout
    assert "the US effort “to break the deadlock” — Rutte praises US effort" in row
    made = run_main("--db", db, "highlight", article_id, "--quote", STATEMENT)
    assert made.returncode == 0, made.stderr
    copied = run_main("--db", db, "quote", made.stdout.splitlines()[-1]).stdout
    assert "the US effort “to break the deadlock”." in copied
    assert "deadlock," not in row + copied


def test_the_finders_offsets_and_words_keep_the_comma(store_path: Path, tmp_path: Path):
    db, article_id = _imported(store_path, tmp_path)
    listed = run_main("--db", db, "statements", article_id, "--jsonl").stdout
    (found,) = [json.loads(line) for line in listed.splitlines()]
    assert found["text"] == STATEMENT
    assert ARTICLE[found["start"] : found["end"]] == STATEMENT
