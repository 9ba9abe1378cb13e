"""A page pasted for a date is named in a short line, as one pasted for a name is.

``statements --speaker`` with 10,000 characters answers in a line under 200 (``timeline``
too); ``--since`` and ``--until``, of ``statements`` and ``list`` alike, echoed the value
whole: 100,000 characters of one line on stderr for "use an ISO date". Invented article."""

from __future__ import annotations

from pathlib import Path

import pytest

from .test_cli_library import cli
from .test_cli_statements_attacked import TURKISH, _library


@pytest.mark.parametrize("command", ["statements", "list"])
@pytest.mark.parametrize("option", ["--since", "--until"])
@pytest.mark.parametrize(
    "value",
    ["9" * 100_000, "2025-07-" + "1" * 100_000, "x" * 100_000],
    ids=["digits", "a-day-too-long", "letters"],
)
def test_a_pasted_page_for_a_date_is_named_in_a_short_line(
    tmp_path: Path, command: str, option: str, value: str
) -> None:
    db = _library(tmp_path, TURKISH)
    result = cli("--db", db, command, option, value)
    assert result.returncode == 2 and result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert len(line) < 200, len(line)
    assert line.startswith(f"diplotui: {option[2:]} '{value[:20]}"), line[:80]


def test_dates_swapped_and_pasted_are_named_in_a_short_line(tmp_path: Path) -> None:
    db = _library(tmp_path, TURKISH)
    result = cli("--db", db, "statements", "--since", "2025-08", "--until", "2025-07")
    assert result.stderr.strip() == "diplotui: since '2025-08' is after until '2025-07'"


@pytest.mark.parametrize("command", ["statements", "list"])
def test_a_date_pasted_with_spaces_around_it_is_that_date(tmp_path: Path, command: str) -> None:
    """attack48: " 2025-07-18" (a copied cell, a shell quote) was refused as no ISO date."""
    db = _library(tmp_path, TURKISH)
    plain = cli("--db", db, command, "--since", "2000-01", "--until", "2099-12-31")
    spaced = cli("--db", db, command, "--since", " 2000-01", "--until", "2099-12-31 ")
    assert plain.returncode == 0 and plain.stdout.strip()
    assert (spaced.returncode, spaced.stdout, spaced.stderr) == (0, plain.stdout, plain.stderr)


@pytest.mark.parametrize("saved", [{"since": 5}, {"until": None}, {"since": ["2025"]}])
def test_a_saved_filter_whose_date_is_no_string_is_refused_as_before(saved: dict) -> None:
    """The callers of a saved filter catch QueryError and TypeError: stripping must not raise
    anything else for a hand-edited store's filter."""
    from diplotui.library import LibraryQuery, QueryError

    with pytest.raises((QueryError, TypeError)):
        LibraryQuery.from_dict(saved)
