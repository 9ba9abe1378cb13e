"""Attacks of session 42 on the newest input paths: sidecars, the seeds' first run, and the
exports carrying the details a sidecar gives. Each test failed before its fix."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli_runner import run_main

BODY = (
    "Talks resume in Geneva\n\n"
    "Minister Alpha said on Tuesday that the talks would resume in Geneva after a pause.\n"
)


def _listed_ids(db: Path) -> list[str]:
    result = run_main("--db", str(db), "list", "--json")
    return [article["id"] for article in json.loads(result.stdout or "[]")]


def test_seeds_the_user_removed_stay_removed(tmp_path: Path) -> None:
    """The seeds come in on a first run only: a library whose every article was removed
    (the seeds deleted before importing one's own) is no first run, and the next write
    (an import) must not bring the deleted seeds back unasked."""
    db = tmp_path / "library.json"
    seeds = _listed_ids(db)
    assert seeds  # the first run imported them
    assert run_main("--db", str(db), "rm", *seeds).returncode == 0
    own = tmp_path / "own.txt"
    own.write_text(BODY)
    assert run_main("--db", str(db), "import", str(own)).returncode == 0
    listed = _listed_ids(db)
    assert len(listed) == 1 and not set(listed) & set(seeds)
