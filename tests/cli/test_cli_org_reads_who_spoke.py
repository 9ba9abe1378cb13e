"""``statements --org`` or ``--role`` that finds nothing says they read who spoke, not the
words said, and how to list what was said of a subject, as the Statements view's pane says
it (session 52's new user: ``--org china`` answered a bare "no statement matches", though
China's spokesman, his article giving no organisation, had spoken of China twice)."""

from __future__ import annotations

from pathlib import Path

from tests.cli_runner import run_main

ARTICLE = """---
title: Beijing urges restraint
date: 2025-06-24
source: Wire
---

Spokesperson Lin Wei said China hopes both sides will show restraint.
"""


def test_org_and_role_that_find_nothing_say_what_they_read(store_path: Path, tmp_path: Path):
    article = tmp_path / "restraint.md"
    article.write_text(ARTICLE, encoding="utf-8")
    db = ("--db", str(store_path))
    assert run_main(*db, "import", str(article)).returncode == 0
    assert "Lin Wei" in run_main(*db, "statements", "--speaker", "lin wei").stdout

    by_org = run_main(*db, "statements", "--org", "china")
    assert by_org.returncode == 0 and by_org.stdout == ""
    assert by_org.stderr == (
        "diplotui: no statement matches: --role and --org read who spoke, not the words said; "
        "diplotui timeline china lists the statements naming it\n"
    )
    assert "China hopes both sides" in run_main(*db, "timeline", "china").stdout

    by_role = run_main(*db, "statements", "--role", "ambassador")
    assert by_role.stderr == (
        "diplotui: no statement matches: --role and --org read who spoke, not the words said\n"
    )
    quoted = run_main(*db, "statements", "--org", "china's")
    assert quoted.stderr.endswith('; diplotui timeline "china\'s" lists the statements naming it\n')
