"""``timeline --tag``: "What has Le Hoai Trung said in the articles I tagged?" The
Statements view's ``L`` keeps its ``tag:``; the command line had ``statements --tag`` and
no way to ask a timeline the same (``--tag`` was refused as unknown)."""

from __future__ import annotations

from pathlib import Path

from tests.cli_runner import run_main

TRAN = "49636c1dda0e"  # the seed quoting Le Hoai Trung three times
PEOPLE = "1f842a7919db"  # the seed without him


def test_timeline_keeps_the_articles_tagged(tmp_path: Path):
    db = str(tmp_path / "store.json")
    assert run_main("--db", db, "list").returncode == 0  # the first run: the seeds
    assert run_main("--db", db, "tag", TRAN, "Ngoại giao nhân dân").returncode == 0
    assert run_main("--db", db, "tag", PEOPLE, "asean").returncode == 0
    every = run_main("--db", db, "timeline", "Le Hoai Trung")
    tagged = run_main("--db", db, "timeline", "Lê Hoài Trung", "--tag", "#ngoai giao nhan dan")
    assert (tagged.returncode, tagged.stderr) == (0, "")
    assert tagged.stdout == every.stdout and tagged.stdout.count("\n") == 3

    none = run_main("--db", db, "timeline", "Le Hoai Trung", "--tag", "asean")
    assert (none.returncode, none.stdout) == (0, "")
    assert none.stderr == (
        "diplotui: no statement or dated event of 'Le Hoai Trung' in the articles tagged "
        "#asean: without --tag, 3 entries\n"
    )
    unknown = run_main("--db", db, "timeline", "Le Hoai Trung", "--tag", "east sea")
    assert unknown.stderr.startswith("diplotui: no statement or dated event of 'Le Hoai Trung'")
    assert "no article is tagged #east sea" in unknown.stderr
