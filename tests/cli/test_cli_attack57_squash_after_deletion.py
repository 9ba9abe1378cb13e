"""A squash made just after a single deletion (attack56's rest): the squashed library was the
one before the deleted highlight was made, so a copy that last synced while it stood took the
remote for an older state put back, and sent the highlight back to the team. Each deletion
commit now leaves its mark in the library's README, so no squash of it is an older state:
the teammate's kept copy is removed, the deleter told of an edit that kept it (README)."""

from __future__ import annotations

from tests.cli.test_cli_share_rewritten_remote import (
    REWRITTEN,
    deleted_by_bob_unseen_by_ana,
    git,
    quotes,
    run,
    squash,
    sync,
)
from tests.sharing import git_identity

__all__ = ["git_identity"]  # an autouse fixture of every test here


def test_a_squash_right_after_a_deletion_removes_the_highlight_from_every_copy(tmp_path, capsys):
    remote, (mai, bob, ana), _ = deleted_by_bob_unseen_by_ana(tmp_path, capsys, alone=True)
    squash(tmp_path, remote)
    assert sync(capsys, ana) == f"{REWRITTEN}, 1 highlight removed"
    assert sync(capsys, bob) == REWRITTEN
    assert sync(capsys, mai) == REWRITTEN
    assert quotes(mai) == quotes(bob) == quotes(ana) == []
    assert sync(capsys, ana) == "up to date"


def test_a_highlight_edited_after_the_lone_deletion_is_kept_and_the_deleter_told(tmp_path, capsys):
    remote, (_, bob, ana), talking = deleted_by_bob_unseen_by_ana(tmp_path, capsys, alone=True)
    squash(tmp_path, remote)
    assert run(capsys, "--db", str(ana), "note", talking, "still matters")[0] == 0
    summary, changed = sync(capsys, ana).splitlines()  # the changed highlight named
    assert summary == (f"{REWRITTEN}, 1 highlight changed, 1 conflict, sent 1 highlight, 1 note")
    assert changed.startswith(f"highlight {talking} by bob (“keep talking”) on article ")
    assert changed.endswith(": flagged as a conflict")
    assert sync(capsys, bob) == (
        f"{REWRITTEN}, 1 highlight you deleted kept: edited meanwhile, 1 conflict"
    )
    assert quotes(bob) == quotes(ana) == ["keep talking"]


def test_the_readme_names_the_last_removal_and_an_old_state_put_back_still_removes_nothing(
    tmp_path, capsys
):
    remote, (_, _, ana), _ = deleted_by_bob_unseen_by_ana(tmp_path, capsys, alone=True)
    readme = git("-C", str(remote), "show", "main:README.md")
    assert readme.splitlines()[-1].startswith("Last records removed by bob at ")
    older = git("-C", str(remote), "rev-parse", "main~2^{tree}")  # before the highlight
    stale = git("-C", str(remote), "-c", "user.name=eve", "commit-tree", older, "-m", "old")
    git("-C", str(remote), "update-ref", "refs/heads/main", stale)
    put_back = f"{REWRITTEN}, to an older state of the library: what it lacked was sent again"
    assert sync(capsys, ana).startswith(put_back)
    assert quotes(ana) == ["keep talking"]
