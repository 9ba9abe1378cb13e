""" "What has Lê Hoài Trung said since December?" asked as it is said:
``statements --speaker Lê Hoài Trung since December 2025`` (``timeline le hoai trung since
2025-12``). The dates were a name's words: "no speaker's name has the words "Lê Hoài Trung
since December 2025"", though ``W`` reads the same words as its dates."""

from __future__ import annotations

from pathlib import Path

from tests.cli_runner import run_main


def test_a_bare_since_after_the_name_is_its_date(store_path: Path) -> None:
    db = str(store_path)  # the seeds: Le Hoai Trung's three statements of 2025-12-30
    asked = run_main("--db", db, "statements", "--speaker", "Lê", "Hoài", "Trung", "since",
                     "December", "2025")  # fmt: skip
    assert asked.returncode == 0, asked.stderr
    assert len(asked.stdout.splitlines()) == 3, asked.stdout
    assert "dates read as since 2025-12-01" in asked.stderr, asked.stderr
    assert all(" Le Hoai Trung (" in line for line in asked.stdout.splitlines())

    later = run_main("--db", db, "statements", "--speaker", "le hoai trung", "since", "2026-01")
    assert later.stdout == "", later.stdout
    assert "without --since and --until, 3 statements, made on 2025-12-30" in later.stderr

    timeline = run_main("--db", db, "timeline", "le", "hoai", "trung", "until", "2025-11")
    assert timeline.returncode == 0 and timeline.stdout == "", timeline.stdout
    assert "without --since and --until, 3 entries" in timeline.stderr, timeline.stderr

    as_given = run_main("--db", db, "statements", "--speaker", "since")  # no date: a name
    assert 'no speaker\'s name has the words "since"' in as_given.stderr, as_given.stderr
