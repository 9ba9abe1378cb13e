"""attack59: a note, or a speaker's name, given as bytes that are not UTF-8 (typed in a terminal
set to Latin-1) was stored with U+FFFD in their place ("caf� note"), or without those letters
("Ngô" stored "Ng"), where a tag or a title so typed was refused. Each is refused now in one
line naming its argument, and nothing is written."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_runner import run_main
from tests.reliability.workload import seed

CAFE = "caf\udce9"  # the byte 0xE9 as Python hands an undecodable argument over
REFUSED = (
    "holds bytes that are not UTF-8 text (a terminal set to another encoding?); nothing was written"
)


@pytest.fixture
def article(tmp_path: Path) -> tuple[str, str]:
    """A library (its path) and the id of one of its articles."""
    db = tmp_path / "db.json"
    return str(db), seed(db)[0]


def _annotations(db: str) -> str:
    listed = run_main("--db", db, "annotations")
    assert listed.returncode == 0, listed.stderr
    return listed.stdout


@pytest.mark.parametrize(
    ("argv", "named"),
    [
        (["note", "{id}", f"a {CAFE} note"], "note: TEXT 'a caf\\xe9 note'"),
        (
            ["highlight", "{id}", "--quote", "joint statement", "--note", CAFE],
            "highlight: --note 'caf\\xe9'",
        ),
        (
            ["speaker", "{id}", "--quote", "joint statement", "--name", f"Ng{CAFE}"],
            "speaker: --name 'Ngcaf\\xe9'",
        ),
        (
            ["speaker", "{id}", "--quote", "joint statement", "--name", "Ngo", "--role", CAFE],
            "speaker: --role 'caf\\xe9'",
        ),
    ],
    ids=["note", "highlight-note", "speaker-name", "speaker-role"],
)
def test_stored_text_that_is_not_utf8_is_refused_naming_its_argument(
    article: tuple[str, str], argv: list[str], named: str
):
    db, article_id = article
    before = _annotations(db)
    refused = run_main("--db", db, *(arg.format(id=article_id) for arg in argv))
    assert refused.returncode == 2
    assert refused.stderr.splitlines() == [f"diplotui: {named} {REFUSED}"]
    assert _annotations(db) == before
    assert "\ufffd" not in before


def test_a_long_note_is_named_on_one_cut_line(article: tuple[str, str]) -> None:
    db, article_id = article
    refused = run_main("--db", db, "note", article_id, f"{CAFE}\n" + "word " * 200)
    [line] = refused.stderr.splitlines()
    assert line.startswith("diplotui: note: TEXT 'caf\\xe9␊word word")
    assert "…' holds bytes" in line and len(line) < 240


def test_the_bytes_from_a_real_latin1_terminal_are_refused(article: tuple[str, str]) -> None:
    """The bytes as a shell hands them to a child: the process decodes its own argv."""
    db, article_id = article
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    refused = subprocess.run(
        [sys.executable, "-m", "diplotui", "--db", db, "note", article_id, b"caf\xe9 note"],
        capture_output=True, env=env, timeout=60,
    )  # fmt: skip
    assert refused.returncode == 2
    assert b"note: TEXT 'caf\\xe9 note' holds bytes that are not UTF-8" in refused.stderr
    shown = run_main("--db", db, "note", article_id)
    assert shown.stdout == ""
