"""A sync fetches the team's library, the remote's main branch, and nothing else: every branch
was fetched, so a teammate's side branch of 30 MB (a backup, a bundle of PDFs) was copied
into every analyst's store folder by their next sync, unsaid."""

from __future__ import annotations

import subprocess
from pathlib import Path

from diplotui.share import repository_path
from tests.sharing import git_identity, shared_copies
from tests.unit.test_share import desk, run_sync

__all__ = ["desk", "git_identity", "shared_copies"]  # fixtures


def git(remote: Path, *args: str, data: bytes | None = None) -> str:
    done = subprocess.run(
        ["git", f"--git-dir={remote}", *args], input=data, check=True, capture_output=True
    )
    return done.stdout.decode().strip()


def test_a_teammates_side_branch_is_not_fetched(desk):
    remote = desk["remote"]
    bulky = git(remote, "hash-object", "-w", "--stdin", data=b"a side branch's bulk\n" * 1000)
    tree = git(remote, "mktree", data=f"100644 blob {bulky}\tbackup.bin\n".encode())
    git(remote, "update-ref", "refs/heads/backup", git(remote, "commit-tree", tree, "-m", "bulk"))
    assert run_sync(desk["mai"], "mai") == "up to date"
    ours = repository_path(desk["mai"])
    assert git(ours, "for-each-ref", "--format=%(refname)", "refs/remotes") == (
        "refs/remotes/origin/main"
    )
    held = subprocess.run(["git", f"--git-dir={ours}", "cat-file", "-e", bulky], check=False)
    assert held.returncode != 0
