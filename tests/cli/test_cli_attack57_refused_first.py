"""attack56's rest: `share clone` of a missing path and `sync` of a library not shared made and
seeded a new library before refusing, and so did every command naming a record (an article, a
highlight, a feed) that a library not made yet cannot hold. Every command of the table is
tried here with a call it refuses, on a DIPLOTUI_DB path where nothing is yet."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from diplotui.cli.commands import COMMANDS
from tests.cli_runner import run_main

REFUSED = [
    ("import", "/nonexistent/a.txt"),
    ("list", "--tag", ""),
    ("tag", "ab12", "asean"),
    ("untag", "ab12", "asean"),
    ("tags", "rename", "asean", "ASEAN"),
    ("mark", "ab12", "read"),
    ("rm", "ab12"),
    ("show", "ab12"),
    ("entities", "ab12"),
    ("statements", "ab12"),
    ("statements", "--since", "notadate"),
    ("speaker", "ab12"),
    ("speaker", "ab12", "--quote", "talks", "--none"),
    ("speaker", "ab12", "--remove", "cd34"),
    ("timeline", ""),
    ("doctor", "--clear-orphaned-drafts", "--repair", "--restore", "extra"),
    ("quote", "ab12"),
    ("quote", "ab12", "--copy"),
    ("quotes", "--limit", "none"),
    ("export", "--article", "ab12"),
    ("export", "-o", ""),
    ("meta", "ab12"),
    ("meta", "ab12", "--title", "A title"),
    ("highlight", "ab12", "--quote", "talks"),
    ("annotations", "ab12"),
    ("note", "ab12", "a note"),
    ("note", "ab12"),
    ("feed", "remove", "nope"),
    ("feed", "add", "notaurl"),
    ("refresh", "nope"),
    ("add", "notaurl"),
    ("share", "init", ""),
    ("share", "clone", "/nonexistent/team"),
    ("sync",),
]


def test_every_command_has_a_refused_call_here():
    assert {argv[0] for argv in REFUSED} == set(COMMANDS)


@pytest.mark.parametrize("argv", REFUSED, ids=lambda argv: " ".join(argv))
def test_a_refused_call_makes_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, argv):
    monkeypatch.setenv("DIPLOTUI_DB", str(tmp_path / "db.json"))
    result = run_main(*argv)
    assert result.returncode != 0, result.stdout
    assert "first run" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_clone_of_a_folder_that_is_no_repository_says_so_and_makes_nothing(tmp_path: Path):
    folder = tmp_path / "team"
    folder.mkdir()
    store = tmp_path / "mine" / "db.json"
    store.parent.mkdir()
    result = run_main("--db", str(store), "share", "clone", str(folder))
    assert result.returncode == 1
    assert (
        f"the remote {folder} cannot be reached (it does not appear to be a git repository)"
        in result.stderr
    )
    assert list(store.parent.iterdir()) == []


def test_an_unknown_id_in_a_new_library_is_named_with_the_path(tmp_path: Path):
    store = tmp_path / "db.json"
    result = run_main("--db", str(store), "rm", "ab12")
    assert result.returncode == 2
    assert result.stderr == (
        f"diplotui: no article 'ab12': {store} holds no library yet; nothing was written\n"
    )


def test_sync_of_a_new_library_in_a_child_process_says_how_to_share_it(tmp_path: Path):
    store = tmp_path / "db.json"
    result = subprocess.run(
        [sys.executable, "-m", "diplotui", "sync"],
        env={**os.environ, "DIPLOTUI_DB": str(store)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert "not shared yet; run `diplotui share init REMOTE`" in result.stderr
    assert list(tmp_path.iterdir()) == []
