"""A bare surname speaking is a person, though a town of that name is in the gazetteer: "Santos
said" is no Brazilian city's government, unless the article writes Santos as a place."""

from __future__ import annotations

import json
from pathlib import Path

from .test_cli_described_role import imported
from .test_cli_library import cli

ARTICLE = (
    "---\ntitle: Ready\ndate: 2026-11-02\nsource: Test Wire\n---\n\n"
    '"We are ready," Santos said.\n\n'
    "Brighton told reporters that the talks would resume.\n\n"
    "Cairo said the crossing would open.\n"
)


def _found(db: str, *args: str) -> list[dict]:
    result = cli("--db", db, "statements", *args, "--jsonl")
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_a_surname_a_town_shares_speaks_as_a_person(tmp_path: Path) -> None:
    """Santos was typed ORG, his own organisation: ``--org santos`` found him, and nothing
    said he is a person. A capital speaking (Cairo) is still its government."""
    db, article_id = imported(tmp_path, ARTICLE)
    assert [
        (r["speaker"], r["speaker_type"], r["organisation"]) for r in _found(db, article_id)
    ] == [
        ("Santos", "PERSON", ""),
        ("Brighton", "PERSON", ""),
        ("Cairo", "ORG", "Cairo"),
    ]
    assert _found(db, "--org", "santos") == []


def test_a_town_the_article_writes_as_a_place_still_speaks_as_one(tmp_path: Path) -> None:
    path = tmp_path / "port.txt"
    path.write_text(
        "Port\n\nShips wait at the port of Santos.\n\nSantos said the port would reopen.\n",
        encoding="utf-8",
    )
    [found] = _found(str(tmp_path / "s.json"), str(path))
    assert (found["speaker"], found["speaker_type"]) == ("Santos", "ORG")
