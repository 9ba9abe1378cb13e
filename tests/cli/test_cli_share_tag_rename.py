"""A tag renamed across a shared library reaches teammates as one change (newuser65): the
sync after ``tags rename`` sends a tag a record ("sent 6 tags" of three records), and the
teammate's sync says the rename in one line before each record's own, where it read as so
many unrelated edits."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_cli_share_commit_subject import _done, mai_and_bob
from tests.sharing import git_identity

__all__ = ["git_identity"]  # fixture

QUOTE = "a unique creation of Ho Chi Minh era diplomacy"  # once in the first seed article


def test_a_rename_is_one_change_for_the_team(git_identity, tmp_path: Path) -> None:
    mai, bob, _remote = mai_and_bob(tmp_path)
    first, second = (line.split()[0] for line in _done("--db", mai, "list").splitlines())
    _done("--db", mai, "tag", first, "asean")
    _done("--db", mai, "tag", second, "asean")
    _done("--db", mai, "highlight", first, "--quote", QUOTE, "--tag", "asean")
    _done("--db", mai, "sync")
    _done("--db", bob, "sync")
    renamed = _done("--db", mai, "tags", "rename", "asean", "ASEAN")
    assert renamed == "Renamed #asean to #ASEAN on 2 articles and 1 highlight.\n"
    assert _done("--db", mai, "sync") == "sent 3 tags\n"
    lines = _done("--db", bob, "sync").splitlines()
    assert lines[:2] == [
        "1 highlight changed, 2 articles changed",
        "#asean renamed #ASEAN on 2 articles and 1 highlight",
    ], lines
    assert _done("--db", bob, "tags") == "#ASEAN  2 articles, 1 highlight\n"
    _done("--db", mai, "tags", "rm", "ASEAN", "--yes")
    _done("--db", mai, "sync")
    assert _done("--db", bob, "sync").splitlines()[1] == (
        "#ASEAN removed from 2 articles and 1 highlight"
    )
