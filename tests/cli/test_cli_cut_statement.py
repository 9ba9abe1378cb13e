"""A highlight of part of a reported statement is cited as cut, never closed with a full stop
the article's sentence does not have there: ``quote`` in every style and the brief."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from .test_cli_described_role import imported
from .test_cli_library import cli

ARTICLE = (
    "---\ntitle: Talks end\ndate: 2026-11-02\nsource: Test Wire\n---\n\n"
    "Deputy Foreign Minister Dang Hoang Giang said the talks had been useful for both sides.\n"
)


def test_part_of_a_reported_statement_ends_in_an_ellipsis(tmp_path: Path) -> None:
    """ "Dang Hoang Giang said: the talks had been." presented a fragment as his whole claim."""
    db, article_id = imported(tmp_path, ARTICLE)
    cut = cli("--db", db, "highlight", article_id, "--quote", "the talks had been")
    whole = cli(
        "--db", db, "highlight", article_id, "--quote", "the talks had been useful for both sides"
    )
    assert cut.returncode == whole.returncode == 0, (cut.stderr, whole.stderr)
    cut_id, whole_id = cut.stdout.splitlines()[-1], whole.stdout.splitlines()[-1]
    said = "Dang Hoang Giang (Deputy Foreign Minister) said"
    quoted = {
        style: cli("--db", db, "quote", cut_id, "--style", style).stdout.splitlines()[0]
        for style in ("plain", "markdown", "chicago", "apa")
    }
    assert quoted["plain"] == quoted["chicago"] == f"{said} the talks had been…"
    assert quoted["markdown"] == f"{said} the talks had been…"
    assert quoted["apa"].startswith(f"{said} the talks had been… (as cited in ")
    assert quoted["apa"].endswith("(as cited in “Talks End,” 2026).")  # no author: the title
    whole_quote = cli("--db", db, "quote", whole_id).stdout.splitlines()[0]
    assert whole_quote == f"{said} the talks had been useful for both sides."  # its own stop
    brief = cli("--db", db, "export", "--article", article_id).stdout
    assert f"{said} the talks had been…\n" in brief
    assert "the talks had been.\n" not in brief
    table = cli("--db", db, "export", "--article", article_id, "--format", "csv").stdout
    rows = list(csv.reader(io.StringIO(table.lstrip("\ufeff"))))
    assert sorted(row[3] for row in rows[1:] if row) == [  # the words, with no stop of its own
        "the talks had been",
        "the talks had been useful for both sides",
    ]
