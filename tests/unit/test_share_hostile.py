"""A hostile or broken peer's commits: what a sync pulls in is checked before the store is
written, and a file it cannot use is named in one line with the store left as it was."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from unittest import mock

from diplotui.inert import inert
from diplotui.share import git
from tests.cli_runner import run_main
from tests.sharing import git_identity, shared_copies
from tests.unit.test_share import add_highlight, article_ids, desk, refused

__all__ = ["desk", "git_identity", "shared_copies"]  # fixtures


def push_from_a_clone(remote: Path, folder: Path, change) -> None:
    """A peer's commit made with plain git: ``change(work tree)``, committed and pushed."""
    subprocess.run(["git", "clone", "-q", str(remote), str(folder)], check=True)
    change(folder)
    subprocess.run(["git", "-C", str(folder), "add", "-A"], check=True)
    subprocess.run(["git", "-C", str(folder), "commit", "-qm", "peer"], check=True)
    subprocess.run(["git", "-C", str(folder), "push", "-q"], check=True)


def test_a_file_too_large_to_be_a_record_is_named_before_it_is_read(desk, tmp_path, monkeypatch):
    """Every file a sync read came whole into memory through one ``git cat-file``: a peer's
    gigabyte in one annotation's place was read, then parsed. Sizes are checked first."""
    monkeypatch.setattr(git, "MAX_BLOB_BYTES", 1 << 20)  # 20 MiB, as an import's file
    place = "annotations/2026-01/01/0000000000aa.json"

    def plant(tree: Path) -> None:
        (tree / place).parent.mkdir(parents=True)
        (tree / place).write_bytes(b"{" + b" " * (2 << 20) + b"}")

    push_from_a_clone(desk["remote"], tmp_path / "peer", plant)
    first, _, _ = article_ids()
    add_highlight(desk["mai"], first, "keep talking")
    said = refused(desk["mai"], "mai")
    assert place in said and "too large" in said and "2.0 MB" in said


def test_an_author_name_holding_angle_brackets_or_a_line_break_still_syncs(desk):
    """``--author "Mai Tran <mai@example.org>"`` (or a name with a line break) went into the
    commit's identity line as given: git fast-import refused it ("Missing < in ident
    string") and no sync could run under that name."""
    first, _, _ = article_ids()
    for n, author in enumerate(["Mai Tran <mai@example.org>", "Mai\nTran"]):
        add_highlight(desk["mai"], first, ["keep talking", "meet again"][n])
        synced = run_main("--db", str(desk["mai"]), "sync", "--author", author)
        assert synced.returncode == 0, synced.stderr


def test_names_written_into_git_show_escapes_as_stand_ins(desk, tmp_path):
    """``--author`` and a peer's commit name went into commits' identity and messages raw:
    ``git log`` on any teammate's terminal printed (and obeyed) their escape codes. Every
    name a sync writes into git is one line with visible stand-ins, as the app's listings."""
    peer_name = "Bob\x1b[2J\x1b]0;owned\x07"
    peer = {"GIT_AUTHOR_NAME": peer_name, "GIT_COMMITTER_NAME": peer_name}

    def change(tree: Path) -> None:
        (tree / "peer.txt").write_text("a peer's file\n")

    with mock.patch.dict(os.environ, peer):
        push_from_a_clone(desk["remote"], tmp_path / "peer", change)
    first, _, _ = article_ids()
    add_highlight(desk["mai"], first, "keep talking")
    author = "Mai \x1b[31mTran\x9b0m\u202e"
    synced = run_main("--db", str(desk["mai"]), "sync", "--author", author)
    assert synced.returncode == 0, synced.stderr
    shown = subprocess.run(
        ["git", "--git-dir", str(desk["remote"]), "log", "-1", "--format=%an|%cn|%B"],
        capture_output=True,
        check=True,
    ).stdout.decode()
    assert all(inert(line) == line for line in shown.splitlines())
    assert shown.startswith("Mai \u241b[31mTran\ufffd0m\ufffd|Mai ")  # mai's merge
    assert "merged with Bob\u241b[2J\u241b]0;owned's" in shown  # the peer, as git kept it
