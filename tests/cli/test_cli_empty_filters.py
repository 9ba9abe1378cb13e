"""A filter given an empty value, as a script passes an unset variable (``--since "$SINCE"``),
is refused with exit 2 naming the option: it used to be read as no filter at all, and the
command answered for the whole library as if nothing had been asked."""

from __future__ import annotations

from pathlib import Path

import pytest

from .test_cli_library import cli
from .test_cli_statements import _library


@pytest.mark.parametrize(
    ("command", "option"),
    [
        ("statements", "--since"),
        ("statements", "--until"),
        ("statements", "--tag"),
        ("list", "--since"),
        ("list", "--until"),
        ("list", "--tag"),
        ("list", "--entity"),
        ("list", "--source"),
        ("list", "--author"),
    ],
)
def test_an_empty_filter_is_refused_not_ignored(tmp_path: Path, command: str, option: str) -> None:
    db = _library(tmp_path)
    result = cli("--db", db, command, f"{option}=", "--json")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.strip() == f"diplotui: {command}: {option} is empty"


@pytest.mark.parametrize("command", ["statements", "entities"])
def test_an_empty_file_or_id_is_refused(tmp_path: Path, command: str) -> None:
    """``statements ''`` listed the library's statements; ``entities ''`` read the current
    folder and said "is a directory"."""
    db = _library(tmp_path)
    result = cli("--db", db, command, "", "--jsonl")
    assert result.returncode == 2
    assert result.stdout == ""
    assert (
        result.stderr.strip() == "diplotui: FILE_OR_ID is empty: give a text file or an article id"
    )


@pytest.mark.parametrize("typed", ["#", ",", " # , "])
def test_a_tag_of_no_letters_is_refused_not_read_as_no_filter(tmp_path: Path, typed: str) -> None:
    """``list --tag '#'`` (or a lone comma) named no tag once the sign was taken off, and
    listed the whole library as if no tag had been asked for."""
    db = _library(tmp_path)
    result = cli("--db", db, "list", "--tag", typed, "--json")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.strip() == f"diplotui: list: --tag {typed.strip()!r} names no tag"
