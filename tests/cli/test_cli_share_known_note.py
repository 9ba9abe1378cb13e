"""The note of matching files a sync keeps in the store's repository
(``library.json.share.git/diplotui-known.json``) is only a cache: a FIFO put in its place
kept every ``diplotui sync`` waiting for ever, and JSON nested 100,000 deep ended each in a
``RecursionError`` traceback. Either now costs the cache alone: the sync goes on and writes
a good note in its place."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from diplotui.share import repository_path
from diplotui.share.files import KNOWN_FILES
from tests.cli_runner import run_main
from tests.sharing import add_highlight, article_ids, git_identity, make_store

__all__ = ["git_identity"]  # an autouse fixture of every test here


def shared_with_a_new_highlight(tmp_path: Path) -> tuple[Path, Path]:
    """mai's store shared, a highlight made since its last sync; its note of known files."""
    mai = make_store(tmp_path / "mai.json")
    assert run_main("--db", str(mai), "share", "init", str(tmp_path / "desk.git")).returncode == 0
    add_highlight(mai, article_ids()[0], "keep talking")
    note = repository_path(mai) / KNOWN_FILES
    assert note.is_file()
    note.unlink()
    return mai, note


def test_a_fifo_in_place_of_the_note_does_not_keep_the_sync_waiting(tmp_path):
    mai, note = shared_with_a_new_highlight(tmp_path)
    os.mkfifo(note)
    command = [sys.executable, "-m", "diplotui", "--db", str(mai), "sync"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stdout, done.stderr) == (0, "sent 1 highlight\n", "")
    assert isinstance(json.loads(note.read_bytes()), dict)  # a note again, not a FIFO


def test_a_note_nested_too_deep_is_no_note(tmp_path):
    mai, note = shared_with_a_new_highlight(tmp_path)
    note.write_text("[" * 100_000 + "]" * 100_000)
    done = run_main("--db", str(mai), "sync")
    assert (done.returncode, done.stdout, done.stderr) == (0, "sent 1 highlight\n", "")
    assert isinstance(json.loads(note.read_bytes()), dict)
