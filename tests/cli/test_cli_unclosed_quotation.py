"""A quotation mark its writer never closed does not make the reporter's words a quotation."""

from __future__ import annotations

import json
from pathlib import Path

from .test_cli_library import cli

TEXT = (
    "Visit ends\n\n"
    'HANOI - Ambassador Maria Santos said: "We are ready to deepen ties.\n\n'
    "The delegation toured the city and met students at the university.\n\n"
    'Prime Minister Pham Minh Chinh called the visit "historic and said trade would grow.\n\n'
    '"We welcome investors," Chinh said.\n'
)


def test_a_mark_left_open_mid_sentence_before_the_reporters_verb_quotes_nothing(
    tmp_path: Path,
) -> None:
    """'called the visit "historic and said trade would grow.': the closing mark was lost
    after "historic"; the rest is the reporter's ("and said"), yet the whole was copied as
    Chinh's words in quotation marks."""
    path = tmp_path / "visit.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = cli("statements", str(path), "--jsonl")
    assert result.returncode == 0, result.stderr
    found = [json.loads(line) for line in result.stdout.splitlines()]
    direct = [(r["speaker"], r["text"]) for r in found if r["kind"] == "direct"]
    assert direct == [
        ("Maria Santos", "We are ready to deepen ties."),  # opened after its attribution
        ("Pham Minh Chinh", "We welcome investors,"),
    ]
    assert not any("and said" in r["text"] for r in found)


def test_said_here_before_that_is_the_reporters_place_not_the_statement(tmp_path: Path) -> None:
    """Xinhua's and VNA's "said here on Tuesday that ..." gave the statement as "here on
    Tuesday that China and Vietnam are good neighbors", and a copy "Mao Ning said: here on
    Tuesday that ..."; "here" is where the reporter is, as "in Beijing on Tuesday" is."""
    path = tmp_path / "xinhua.txt"
    path.write_text(
        "Neighbours\n\nBEIJING, Sept. 3 (Xinhua) -- Chinese Foreign Ministry spokesperson Mao"
        " Ning said here on Tuesday that China and Vietnam are good neighbors.\n\nVietnamese"
        " Ambassador Pham Thanh Binh said here that the two countries would deepen trust.\n",
        encoding="utf-8",
    )
    result = cli("statements", str(path), "--jsonl")
    assert [json.loads(line)["text"] for line in result.stdout.splitlines()] == [
        "China and Vietnam are good neighbors",
        "the two countries would deepen trust",
    ]
