"""``statements`` and ``entities`` of one text that holds none say so on stderr, as the
library-wide queries do ("no statement matches"), and exit 0: they printed nothing at all,
read as a command that had not run or a file not read. A JSON listing's ``[]`` says it
already, and a JSON-lines listing stays silent for scripts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .test_cli_library import cli
from .test_cli_statements import _library

QUIET = "The weather was fine today and the streets were calm.\n"


@pytest.mark.parametrize(
    ("command", "what"),
    [
        (["statements"], "statements"),
        (["entities"], "entities"),
        (["entities", "--names"], "entities"),
    ],
)
def test_a_file_with_none_says_so_on_stderr(tmp_path: Path, command: list[str], what: str):
    path = tmp_path / "quiet.txt"
    path.write_text(QUIET, encoding="utf-8")
    result = cli("--db", str(tmp_path / "s.json"), *command, str(path))
    assert result.returncode == 0 and result.stdout == ""
    assert result.stderr == f"diplotui: no {what} found in {path}\n"
    as_lines = cli("--db", str(tmp_path / "s.json"), *command, "--jsonl", str(path))
    assert as_lines.returncode == 0 and as_lines.stdout == as_lines.stderr == ""


def test_an_article_with_no_statement_says_so_by_its_id(tmp_path: Path):
    db = _library(tmp_path, ("quiet.md", f"---\ntitle: Calm\n---\n{QUIET}"))
    listed = cli("--db", db, "list", "--json")
    article_id = next(a["id"] for a in json.loads(listed.stdout) if a["title"] == "Calm")
    result = cli("--db", db, "statements", article_id)
    assert result.returncode == 0 and result.stdout == ""
    assert result.stderr == f"diplotui: no statements found in article {article_id}\n"
    assert cli("--db", db, "statements", "--json", article_id).stdout.strip() == "[]"
