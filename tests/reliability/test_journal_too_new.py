"""A journal a newer diplotui wrote (its first line names a format this one does not know):
refused as a store file of a newer schema is, nothing rewritten, not read as damage."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplotui.store import journal_path
from tests.cli_runner import run_main
from tests.reliability.test_journal_quarantine import (
    journal_kept_on_close,
    journal_lines,
    journaled_library,
    write_journal,
)

__all__ = ["journal_kept_on_close"]  # fixture


def _from_a_newer_diplotui(store_path: Path) -> None:
    lines = journal_lines(store_path)
    head = json.loads(lines[0])
    lines[0] = json.dumps({**head, "journal": 2}).encode()
    write_journal(store_path, lines)


@pytest.mark.parametrize("command", [["list"], ["tag", "{first}", "x"]], ids=["read", "write"])
def test_a_journal_of_a_newer_format_is_refused_and_left_as_it_is(
    store_path: Path, command: list[str]
):
    """A first line ``{"journal": 2, ...}`` naming this very file was taken for a damaged one
    ("every write in it is applied"): its writes, in a format this diplotui cannot know, were
    read as its own and the journal rewritten at the next write."""
    first, _highlight, _second = journaled_library(store_path)
    _from_a_newer_diplotui(store_path)
    files = {path: path.read_bytes() for path in (store_path, journal_path(store_path))}

    done = run_main("--db", str(store_path), *[part.format(first=first) for part in command])
    assert done.returncode != 0
    [line] = done.stderr.splitlines()
    assert str(journal_path(store_path)) in line and "newer diplotui" in line, line
    assert "journal format 2" in line
    assert {path: path.read_bytes() for path in files} == files
    assert not list(store_path.parent.glob("library.json.journal.unused-*"))


def test_doctor_restore_sets_a_newer_journal_aside_byte_for_byte(store_path: Path):
    """``doctor`` says to restore the newest backup, as for a store file of a newer schema;
    ``--restore`` then replaced the file and stopped on the same journal, leaving the store
    unreadable still: the journal is kept aside whole and the backup opens."""
    journaled_library(store_path)
    _from_a_newer_diplotui(store_path)
    newer = journal_path(store_path).read_bytes()

    restored = run_main("--db", str(store_path), "doctor", "--restore")
    assert restored.returncode == 0, restored.stderr
    [kept] = store_path.parent.glob("library.json.journal.broken-*")
    assert kept.read_bytes() == newer
    assert run_main("--db", str(store_path), "list").returncode == 0
