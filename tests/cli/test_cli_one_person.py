"""``statements --speaker`` and ``timeline`` agree on who a person is (left44b): the timeline
of "Shehbaz Sharif" counted what "Muhammad Shehbaz Sharif" said, his whole name in double
quotes (as ``W``'s ``enter`` types it) did not, and the longer name found only itself."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .test_cli_library import cli
from .test_cli_statements import _library

FULL = (
    "---\ntitle: Pakistan seeks talks\nsource: Test Wire\ndate: 2025-05-03\n---\n"
    "Pakistan seeks talks\n"
    "Prime Minister Muhammad Shehbaz Sharif said Pakistan wanted peace with India.\n"
)
SHORT = (
    "---\ntitle: Corridor works\nsource: Test Wire\ndate: 2025-05-04\n---\nCorridor works\n"
    "Prime Minister Shehbaz Sharif said the corridor would be finished.\n"
)
HUNS = (
    "---\ntitle: Phnom Penh vote\nsource: Test Wire\ndate: 2025-05-05\n---\nPhnom Penh vote\n"
    "Former prime minister Hun Sen said the party would win.\n"
    "Prime Minister Hun Manet said the border would stay open.\n"
)
NAMES = (
    "Shehbaz Sharif",
    '"Shehbaz Sharif"',
    "Muhammad Shehbaz Sharif",
    '"Muhammad Shehbaz Sharif"',
)


def _speakers(db: str, *args: str) -> list[str]:
    result = cli("--db", db, *args, "--json")
    assert result.returncode == 0, result.stderr
    return sorted(row["speaker"] for row in json.loads(result.stdout))


@pytest.mark.parametrize("typed", NAMES)
def test_either_name_of_one_person_finds_both(tmp_path: Path, typed: str) -> None:
    db = _library(tmp_path, ("a.md", FULL), ("b.md", SHORT), ("c.md", HUNS))
    both = ["Muhammad Shehbaz Sharif", "Shehbaz Sharif"]
    assert _speakers(db, "statements", "--speaker", typed) == both
    assert _speakers(db, "timeline", typed) == both


def test_two_people_of_one_surname_stay_two(tmp_path: Path) -> None:
    db = _library(tmp_path, ("a.md", FULL), ("b.md", SHORT), ("c.md", HUNS))
    assert _speakers(db, "statements", "--speaker", '"Hun Sen"') == ["Hun Sen"]
    assert _speakers(db, "timeline", "Hun Sen") == ["Hun Sen"]
    assert _speakers(db, "timeline", "Hun Manet") == ["Hun Manet"]
