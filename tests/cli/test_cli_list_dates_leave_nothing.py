"""``list --since July`` on the seeds (dated 2025, read as since 2026-07-01) answered "no
article matches" and no more, where ``statements`` and ``timeline`` say what the filter
finds without its dates and when: so does ``list``."""

from __future__ import annotations

from pathlib import Path

from tests.cli_runner import run_main


def test_list_says_what_its_dates_left_out(tmp_path: Path):
    db = str(tmp_path / "store.json")
    assert run_main("--db", db, "list").returncode == 0  # the first run: the two seeds
    done = run_main("--db", db, "list", "--since", "2026-07")
    assert (done.returncode, done.stdout) == (0, "")
    assert done.stderr == (
        "diplotui: no article matches in these dates: without --since and --until, "
        "2 articles, dated from 2025-07-18 to 2025-12-30\n"
    )
    one = run_main("--db", db, "list", "--tag", "nothing here", "--since", "2026-07")
    assert "without --since" not in one.stderr  # the tag is why, said as before
