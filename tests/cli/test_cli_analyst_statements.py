"""``diplotui statements`` and ``speaker`` as an analyst first runs them: a speaker quoted only
in archived articles, a correction typed without a role."""

from __future__ import annotations

import json
from pathlib import Path

from .test_cli_library import cli
from .test_cli_statements import ARTICLE, OLDER, _library


def _id_of(db: str, title: str) -> str:
    """The id of the article of ``title`` (the seeds are in the library too)."""
    listed = json.loads(cli("--db", db, "list", "--json").stdout)
    return next(a["id"] for a in listed if a["title"] == title)


def test_a_speaker_quoted_only_in_an_archived_article_is_said_left_out(tmp_path: Path) -> None:
    """Archived once read, the article's speakers were answered "no statement matches", as
    if never quoted: the line says the archived are left out and how to list them."""
    db = _library(tmp_path, ("b.md", OLDER))
    assert cli("--db", db, "mark", _id_of(db, "Earlier talks"), "archive").returncode == 0
    result = cli("--db", db, "statements", "--speaker", "Jane Doe")
    assert result.returncode == 0 and result.stdout == ""
    assert result.stderr == (
        "diplotui: no statement matches (1 archived article left out: diplotui list --archived)\n"
    )


def test_a_speaker_given_without_a_role_takes_the_one_the_article_gives(tmp_path: Path) -> None:
    db = _library(tmp_path, ("a.md", ARTICLE))
    article_id = _id_of(db, "Talks resume")
    result = cli(
        "--db",
        db,
        "speaker",
        article_id,
        "--quote",
        "attended the talks",
        "--name",
        "Lê Hoài Trung",
    )
    assert result.returncode == 0, result.stderr
    assert "said by Lê Hoài Trung (Deputy Foreign Minister" in result.stdout


def test_a_timeline_line_names_the_outlet_as_a_statements_line_does(tmp_path: Path) -> None:
    db = _library(tmp_path, ("a.md", ARTICLE))
    article_id = _id_of(db, "Talks resume")
    listed = cli("--db", db, "timeline", "Lê Hoài Trung").stdout.splitlines()
    said = cli("--db", db, "statements", "--speaker", "Lê Hoài Trung").stdout.splitlines()
    ours = f"— Talks resume · Test Wire [{article_id[:8]}]"
    assert [line for line in listed if line.endswith(ours)]
    assert [line for line in said if line.endswith(ours)]
