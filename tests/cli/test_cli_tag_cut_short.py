"""A tag is matched whole, where a speaker's name may be cut short: ``--tag bien`` with #Biển
Đông in use answered "no statement matches" (``list``: "no article matches"), the answer of
a library holding nothing on the subject. It says the tag is not in use, and names the tag in
use that was meant."""

from __future__ import annotations

from pathlib import Path

import pytest

from .test_cli_library import cli
from .test_cli_statements import _library


@pytest.mark.parametrize("command", ["statements", "list"])
def test_a_tag_cut_short_names_the_tag_in_use(tmp_path: Path, command: str) -> None:
    db = _library(tmp_path)
    first = cli("--db", db, "list", "--json")
    article_id = first.stdout.split('"id": "')[1].split('"')[0]
    assert cli("--db", db, "tag", article_id, "Biển Đông").returncode == 0
    result = cli("--db", db, command, "--tag", "bien")
    assert result.returncode == 0
    assert result.stdout == ""
    answer = "statement" if command == "statements" else "article"
    assert result.stderr.strip() == (
        f"diplotui: no {answer} matches: #bien is no tag in use"
        ' (a tag is given whole: --tag "Biển Đông")'
    )


def test_a_tag_no_tag_starts_says_none_is_tagged(tmp_path: Path) -> None:
    db = _library(tmp_path)
    result = cli("--db", db, "statements", "--tag", "mekong")
    assert result.stderr.strip() == "diplotui: no statement matches: #mekong is no tag in use"
