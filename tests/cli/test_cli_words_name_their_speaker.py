"""Reported words whose attribution follows them ("X, he said.") run, as the guidelines
have it, from the start of their sentence, so they may open naming their speaker as its
subject: 'NATO chief Mark Rutte praised the US effort “to break the deadlock,” he said.' A row
and a copy gave them after his name, "Mark Rutte (NATO chief) said: NATO chief Mark Rutte
praised ...", naming him twice; they give the words alone now, as the words of "Wang Yi said
so." are given, the finder's span unchanged. A subject that is someone else, or the speaker's
name in another role ("Rutte's visit"), keeps the speaker's name before the words."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli_runner import imported_text, run_main

ARTICLE = (
    "Rutte praises US effort\n\n"
    "BRUSSELS, July 18 - NATO chief Mark Rutte praised the US effort “to break the deadlock,”"
    " he said on Tuesday.\n\n"
    "Rutte’s visit to Kyiv was planned for next month, he said.\n\n"
    "Kim Yo Jong warned of a strong response, Kim Jong Un said.\n"
)
WORDS = "NATO chief Mark Rutte praised the US effort “to break the deadlock”"


def _imported(store_path: Path, tmp_path: Path) -> tuple[str, str]:
    return imported_text(store_path, tmp_path, "rutte.txt", ARTICLE)


def test_a_row_gives_words_naming_their_speaker_alone(store_path: Path, tmp_path: Path):
    db, article_id = _imported(store_path, tmp_path)
    for command in (("timeline", "Mark Rutte"), ("statements", "--speaker", "rutte")):
        listed = run_main("--db", db, *command).stdout
        [praised] = [line for line in listed.splitlines() if "praised" in line]
        assert f" {WORDS} — Rutte praises US effort" in praised, listed
        assert praised.count("Mark Rutte") == 1, listed
        [visit] = [line for line in listed.splitlines() if "visit to Kyiv" in line]
        assert "Mark Rutte (NATO chief) said: Rutte’s visit" in visit, listed
    kim = run_main("--db", db, "statements", "--speaker", "kim jong un").stdout
    assert "Kim Jong Un said: Kim Yo Jong warned" in kim, kim
    own = run_main("--db", db, "statements", article_id).stdout
    assert "reported NATO chief Mark Rutte praised the US effort" in own, own


def test_a_copy_gives_them_alone_and_cites_him(store_path: Path, tmp_path: Path):
    db, article_id = _imported(store_path, tmp_path)
    found = run_main("--db", db, "statements", article_id, "--jsonl").stdout
    [statement] = [s for s in map(json.loads, found.splitlines()) if "praised" in s["text"]]
    assert statement["text"].startswith("NATO chief Mark Rutte praised")  # the finder's span
    made = run_main("--db", db, "highlight", article_id, "--quote", statement["text"])
    assert made.returncode == 0, made.stderr
    copied = run_main("--db", db, "quote", made.stdout.splitlines()[-1]).stdout
    assert copied.startswith(f"{WORDS}.\n— Mark Rutte (NATO chief), quoted in"), copied
