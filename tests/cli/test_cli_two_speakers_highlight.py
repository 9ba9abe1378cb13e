"""A passage holding two speakers' statements is no one speaker's: highlighted whole."""

from __future__ import annotations

import json
from pathlib import Path

from .test_cli_library import cli

ARTICLE = (
    "---\ntitle: Two voices in one paragraph\nsource: Test Wire\ndate: 2025-10-01\n---\n"
    "Two voices in one paragraph\n\n"
    "Foreign Minister Lê Hoài Trung met Secretary Theresa Lazaro in Manila.\n\n"
    "Trung said the talks had been useful and that both sides had agreed to meet again in"
    " Hanoi early next year to review the coast guard memorandum. Lazaro said Manila"
    " disagreed.\n"
)
PASSAGE = (
    "Trung said the talks had been useful and that both sides had agreed to meet again in"
    " Hanoi early next year to review the coast guard memorandum. Lazaro said Manila disagreed."
)


def test_a_highlight_over_two_speakers_statements_keeps_both(tmp_path: Path) -> None:
    """The passage was narrowed to Trung's words (four fifths of it), Lazaro's "Manila
    disagreed", which the user had highlighted too, left out of the highlight, the brief
    and every copy, and the whole cited as Trung's."""
    db = str(tmp_path / "s.json")
    (tmp_path / "a.md").write_text(ARTICLE, encoding="utf-8")
    imported = cli("--db", db, "import", str(tmp_path / "a.md"))
    article_id = imported.stdout.split()[1]
    done = cli("--db", db, "highlight", article_id, "--quote", PASSAGE)
    assert done.returncode == 0, done.stderr
    exported = json.loads(cli("--db", db, "export", "--format", "json").stdout)
    (highlight,) = exported["highlights"]
    assert highlight["quote"] == PASSAGE
    assert not highlight.get("speaker")
    quoted = cli("--db", db, "quote", done.stdout.split()[-1]).stdout
    assert "Manila disagreed" in quoted
    assert "Lê Hoài Trung" not in quoted.split("—")[0]
