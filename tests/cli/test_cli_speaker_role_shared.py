"""A role given with a speaker correction is the person's role in the whole article.

An analyst reading a briefing where the finder gave the deputy spokesperson no role typed her
role once, with ``P`` (or ``diplotui speaker``): the corrected statement took it, but her other
statements of the same article stayed bare, so ``role:spokes`` (``--role``) found one of her
three statements and the brief cited the others, and their highlights, without her title.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.spokesperson import ROLE, TEXT, TITLE

from .test_cli_library import cli

ARTICLE = f"---\ntitle: {TITLE}\nsource: Test Wire\ndate: 2025-08-21\n---\n{TEXT}"


def _library(tmp_path: Path) -> tuple[str, str]:
    db = str(tmp_path / "s.json")
    (tmp_path / "hang.md").write_text(ARTICLE, encoding="utf-8")
    imported = cli("--db", db, "import", str(tmp_path / "hang.md"))
    assert imported.returncode == 0, imported.stderr
    return db, imported.stdout.split()[1]


def _ok(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_role_typed_once_labels_the_persons_other_statements(tmp_path: Path) -> None:
    db, article = _library(tmp_path)
    assert f"({ROLE})" not in _ok(cli("--db", db, "statements", article))
    _ok(cli("--db", db, "speaker", article, "--quote", "We strongly oppose", "--name",
            "Pham Thu Hang", "--role", ROLE))  # fmt: skip

    listed = _ok(cli("--db", db, "statements", "--role", "deputy spokes")).splitlines()
    assert len(listed) == 3
    assert all(f"Pham Thu Hang ({ROLE})" in line for line in listed)
    shown = _ok(cli("--db", db, "statements", article))
    assert f"Pham Thu Hang ({ROLE}) said: “Vietnam holds sovereignty" in shown


def test_the_highlights_of_her_other_statements_take_the_role_and_give_it_back(
    tmp_path: Path,
) -> None:
    db, article = _library(tmp_path)
    made = _ok(cli("--db", db, "highlight", article, "--quote", "Vietnam has full legal basis"))
    highlight = made.split()[-1]
    assert f"({ROLE})" not in _ok(cli("--db", db, "quote", highlight))

    corrected = _ok(cli("--db", db, "speaker", article, "--quote", "We strongly oppose",
                        "--name", "Pham Thu Hang", "--role", ROLE))  # fmt: skip
    quoted = _ok(cli("--db", db, "quote", highlight))
    assert quoted.startswith(f"Pham Thu Hang ({ROLE}) said Vietnam has full legal basis")
    brief = _ok(cli("--db", db, "export", "--format", "csv"))
    assert f"Pham Thu Hang ({ROLE})" in brief

    _ok(cli("--db", db, "speaker", article, "--remove", corrected.split()[-1]))
    assert f"({ROLE})" not in _ok(cli("--db", db, "quote", highlight))
    assert f"({ROLE})" not in _ok(cli("--db", db, "statements", article))
