"""A body typed by its initials finds it spelt out: ``statements --org iaea`` (``org:iaea`` in
the Statements view) listed the IAEA chief's statements only where an article titled her
"IAEA Director General", not where another wrote "director general of the International
Atomic Energy Agency" (newuser49: 3 of Rafael Grossi's 14 statements)."""

from __future__ import annotations

import json
from pathlib import Path

from .test_cli_library import cli

_SPELT = (
    "---\ntitle: Spelt out\ndate: 2026-11-02\nsource: Test Wire\n---\n\n"
    "Marta Oliveira, director general of the International Atomic Energy Agency, said the"
    " inspectors would return.\n"
)
_INITIALS = (
    "---\ntitle: Initials\ndate: 2026-11-03\nsource: Test Wire\n---\n\n"
    "IAEA Director General Marta Oliveira said the cameras would stay.\n"
)


SAID = "the inspectors would return"


def _found(db: str, *args: str) -> list[tuple[str, str]]:
    result = cli("--db", db, "statements", *args, "--jsonl")
    assert result.returncode == 0, result.stderr
    return [(r["organisation"], r["text"]) for r in map(json.loads, result.stdout.splitlines())]


def test_a_bodys_initials_find_it_spelt_out_as_well(tmp_path: Path) -> None:
    db = str(tmp_path / "s.json")
    for name, article in (("spelt.md", _SPELT), ("initials.md", _INITIALS)):
        path = tmp_path / name
        path.write_text(article, encoding="utf-8")
        assert cli("--db", db, "import", str(path)).returncode == 0
    assert [said for _, said in _found(db, "--org", "iaea")] == [
        "the cameras would stay",
        "the inspectors would return",
    ]
    assert [said for _, said in _found(db, "--role", "dg")] == ["the cameras would stay"]


def test_initials_are_of_capitalised_words_only(tmp_path: Path) -> None:
    """The lowercase title before the body's name gives no initials: "dgotiaea", every
    word's, finds nothing."""
    db = str(tmp_path / "s.json")
    path = tmp_path / "spelt.md"
    path.write_text(_SPELT, encoding="utf-8")
    assert cli("--db", db, "import", str(path)).returncode == 0
    assert _found(db, "--role", "dgotiaea") == []
    assert _found(db, "--role", "iaea") == [("International Atomic Energy Agency", SAID)]
