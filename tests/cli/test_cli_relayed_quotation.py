"""A quotation an outlet relays ('"...," Lazaro said, according to Philstar') is never copied as
the outlet's own words: newuser46's copy of the Philippine foreign secretary's words read
“There is already a sense among ASEAN and China ...” — Philstar, quoted in ..."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplotui.store import text_hash
from tests.cli_runner import run_main

TEXT = (
    "Philippines seeks to finalize code of conduct for South China Sea\n\n"
    "Department of Foreign Affairs Secretary Theresa Lazaro said Manila will uphold "
    "commitments made by regional leaders in 2023 to accelerate work on the code.\n\n"
    '"There is already a sense among ASEAN and China that a code of conduct will be '
    'concluded," Lazaro said at a press conference in Pasay City, according to Philstar.\n'
)
ARTICLE_ID = text_hash(TEXT)[:12]
WORDS = "There is already a sense among ASEAN and China that a code of conduct will be concluded"


@pytest.fixture
def db(store_path: Path, tmp_path: Path) -> str:
    """The article imported as newuser46 imported it: a saved text and its sidecar."""
    saved = tmp_path / "code_of_conduct.txt"
    saved.write_text(TEXT, encoding="utf-8")
    sidecar = {"source": "Anadolu Agency", "date": "2025-11-17"}
    (tmp_path / "code_of_conduct.meta.json").write_text(json.dumps(sidecar), encoding="utf-8")
    imported = run_main("--db", str(store_path), "import", str(saved))
    assert imported.returncode == 0 and ARTICLE_ID in imported.stdout, imported
    return str(store_path)


def test_a_relayed_quotation_keeps_who_said_it(db: str) -> None:
    """The finder gives the sentence to the outlet that relays it, as the guidelines' gold
    does; the quotation inside is Lazaro's, so a copy, the listing and the brief keep the
    reporter's "Lazaro said" with it rather than quote the words alone in Philstar's name."""
    for listing in (("statements", ARTICLE_ID), ("statements",), ("timeline", "Philstar")):
        listed = run_main("--db", db, *listing)
        assert listed.returncode == 0, listed.stderr
        relayed = [line for line in listed.stdout.splitlines() if WORDS in line]
        assert len(relayed) == 1, (listing, listed.stdout)
        assert "Lazaro said at a press conference" in relayed[0], (listing, relayed[0])
    made = run_main("--db", db, "highlight", ARTICLE_ID, "--quote", WORDS)
    assert made.returncode == 0, made.stderr
    highlight_id = made.stdout.splitlines()[-1]
    for style in ("plain", "markdown", "chicago", "apa"):
        copied = run_main("--db", db, "quote", highlight_id, "--style", style)
        assert copied.returncode == 0, copied.stderr
        assert "Lazaro said at a press conference" in copied.stdout, (style, copied.stdout)
        assert not copied.stdout.lstrip("> ").startswith("“There is"), (style, copied.stdout)
    brief = run_main("--db", db, "export", "--article", ARTICLE_ID).stdout
    assert "Lazaro said at a press conference" in brief, brief
