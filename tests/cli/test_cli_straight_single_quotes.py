"""Quotations in straight single marks ('...') are read as curly ones are, even in a text that
quotes in double marks elsewhere; apostrophes never open or close one."""

from __future__ import annotations

import json
from pathlib import Path

from .test_cli_library import cli

BRITISH = (
    "---\ntitle: Lammy in Hanoi\ndate: 2026-11-02\nsource: Plain copy\n---\n\n"
    "LONDON - 'We are committed to the region,' said Foreign Secretary David Lammy."
    " 'Vietnam is a key partner,' he added.\n\n"
    "Ambassador Iain Frew said, 'We will open a new office.'\n\n"
    "In the '90s trade was small. 'We don't agree,' said Senator Kevin O'Neill.\n\n"
    "He likes rock 'n' roll and jazz at 9 o'clock. 'Talks went well,' Lammy said.\n\n"
    "A Vietnamese official called the visit \u201ca milestone,\u201d Vietnam's press said.\n"
)


def test_straight_single_quotations_are_found_beside_double_ones(tmp_path: Path) -> None:
    """Plain-text copies of British outlets quote in straight single marks; the text quoting
    in curly double marks elsewhere made them count only after a colon or opening a line, so
    "LONDON - '...,' said X" and "said, '...'" were lost and the '90s swallowed the next
    quotation. Each apostrophe stays inside its statement, none opens one."""
    db = str(tmp_path / "s.json")
    path = tmp_path / "lammy.md"
    path.write_text(BRITISH, encoding="utf-8")
    assert cli("--db", db, "import", str(path)).returncode == 0
    result = cli("--db", db, "statements", "--jsonl")
    assert result.returncode == 0, result.stderr
    direct = [
        (r["speaker"], r["text"])
        for r in map(json.loads, result.stdout.splitlines())
        if r["kind"] == "direct"
    ]
    assert direct == [
        ("David Lammy", "We are committed to the region,"),
        ("David Lammy", "Vietnam is a key partner,"),
        ("Iain Frew", "We will open a new office."),
        ("Kevin O'Neill", "We don't agree,"),
        ("David Lammy", "Talks went well,"),
        ("Vietnamese official", "a milestone,"),
    ]


def test_a_decade_or_rock_n_roll_opens_no_quotation(tmp_path: Path) -> None:
    """In a text quoting only in straight single marks, "the '90s" was read as an opening
    mark closed by the next quotation's closing one: its words became reported speech
    "'We will act" and the quotation was lost."""
    path = tmp_path / "decade.txt"
    path.write_text(
        "Trade\n\nIn the '90s trade was small, Lammy said. 'We will act,' he added.\n\n"
        "He likes rock 'n' roll. 'Talks went well,' Lammy said.\n",
        encoding="utf-8",
    )
    result = cli("statements", str(path), "--jsonl")
    found = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["kind"], r["text"]) for r in found if r["kind"] == "direct"] == [
        ("direct", "We will act,"),
        ("direct", "Talks went well,"),
    ]
    assert not any(r["text"].startswith(("'", "n'")) for r in found)
