"""The team's history says what each sync changed, as the sync's line counts it: its commits
were all "mai: 3 changes from diplotui", so ``git log`` on the team's remote told whoever
read it nothing of what had changed, nor whose highlights and notes a commit held."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.cli.test_cli_share_clone_sends_no_restamp import _first_run
from tests.cli_runner import run_main
from tests.sharing import git_identity

__all__ = ["git_identity"]  # fixture

QUOTE = "a unique creation of Ho Chi Minh era diplomacy"  # once in the first seed article


def _subjects(remote: Path) -> list[str]:
    log = subprocess.run(
        ["git", f"--git-dir={remote}", "log", "--format=%s", "main"],
        capture_output=True,
        text=True,
        check=True,
    )
    return log.stdout.splitlines()


def _done(*args: str) -> str:
    ran = run_main(*args)
    assert ran.returncode == 0, ran.stderr
    return ran.stdout


def mai_and_bob(tmp_path: Path) -> tuple[str, str, Path]:
    """Two teammates' stores sharing one remote: mai's, which made it, and bob's, cloned."""
    mai = _first_run(tmp_path / "mai" / "lib.json")
    remote = tmp_path / "desk.git"
    _done("--db", mai, "share", "init", str(remote), "--author", "mai")
    bob = str(tmp_path / "bob" / "lib.json")
    (tmp_path / "bob").mkdir()
    _done("--db", bob, "share", "clone", str(remote), "--author", "bob")
    return mai, bob, remote


def _first_article(store: str) -> str:
    return _done("--db", store, "list").split()[0]


def test_a_sync_s_commit_names_what_it_sends(git_identity, tmp_path: Path) -> None:
    mai = _first_run(tmp_path / "mai" / "lib.json")
    remote = tmp_path / "desk.git"
    assert _done("--db", mai, "share", "init", str(remote), "--author", "mai") == (
        "sent 2 articles\n"
    )
    assert _subjects(remote) == ["mai: 2 articles from diplotui"]
    article = _first_article(mai)
    _done("--db", mai, "highlight", article, "--quote", QUOTE)
    _done("--db", mai, "note", article, "Read before Monday")
    _done("--db", mai, "tag", article, "brief")
    assert _done("--db", mai, "sync") == "sent 1 highlight, 1 note, 1 tag\n"
    assert _subjects(remote)[0] == "mai: 1 highlight, 1 note, 1 tag from diplotui"


def test_a_merged_commit_names_what_it_sends_too(git_identity, tmp_path: Path) -> None:
    """Bob's sync after mai pushed makes one commit on top of hers: it names his tag."""
    mai, bob, remote = mai_and_bob(tmp_path)
    article = _first_article(mai)
    _done("--db", mai, "highlight", article, "--quote", QUOTE)
    _done("--db", mai, "sync")
    _done("--db", bob, "tag", article, "asean")
    assert _done("--db", bob, "sync") == "1 new highlight from mai, sent 1 tag\n"
    assert _subjects(remote)[0] == "bob: 1 tag from diplotui, merged with mai's"
