"""A lone surrogate hand-edited into a title never stops who said what.

The store keeps such a title (a hand edit writes "\\ud800" as JSON allows; exports and
``list`` already give it), but the statement and timeline caches keyed each text by its title
encoded strictly: ``statements``, ``statements --json`` and ``timeline`` stopped on a
``UnicodeEncodeError`` traceback, whatever the name asked. Invented article, real TinyDB
files."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_runner import run_main
from tests.hand_edits import store_with_a_surrogate_title

TEXT = (
    "Talks in Hanoi\n\nForeign Minister Bui Thanh Son said that the talks in Hanoi were useful.\n"
)


@pytest.mark.parametrize(
    "args",
    [
        ["statements"],
        ["statements", "--json"],
        ["statements", "--jsonl"],
        ["statements", "--speaker", "bui"],
        ["timeline", "Bui Thanh Son"],
        ["timeline", "Bui Thanh Son", "--json"],
    ],
)
def test_a_surrogate_in_a_title_never_stops_who_said_what(tmp_path: Path, args) -> None:
    store = tmp_path / "library.json"
    store_with_a_surrogate_title(store, TEXT)
    result = run_main("--db", str(store), *args)
    assert result.returncode == 0, result.stderr
    assert "useful" in result.stdout, result.stdout
    again = run_main("--db", str(store), *args)  # from the caches written the first time
    assert again.stdout == result.stdout
