"""A team's remote force-pushed under its copies: moved back to an older commit, or its
history squashed into one commit. Each copy goes on (what the remote lacks of its own is
sent again, nothing of it lost) and says so in its line: a highlight deleted in the history
the squash dropped came back to every copy as "1 new highlight from bob", unsaid."""

from __future__ import annotations

import subprocess
from pathlib import Path

from diplotui.cli.main import main
from diplotui.store import Store
from tests.sharing import add_highlight, article_ids, git_identity, make_store

__all__ = ["git_identity"]  # an autouse fixture of every test here

REWRITTEN = "the remote's history was rewritten since the last sync (force-pushed)"


def run(capsys, *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def sync(capsys, store: Path) -> str:
    status, out, err = run(capsys, "--db", str(store), "sync")
    assert (status, err) == (0, "")
    return out.rstrip("\n")


def desk(tmp_path: Path, capsys, *names: str) -> tuple[Path, list[Path]]:
    """The remote and a store for each name, the first publishing, the others joining."""
    remote = tmp_path / "desk.git"
    stores = [make_store(tmp_path / f"{name}.json") for name in names]
    for index, (name, store) in enumerate(zip(names, stores, strict=True)):
        action = "clone" if index else "init"
        assert (
            run(capsys, "--db", str(store), "share", action, str(remote), "--author", name)[0] == 0
        )
    return remote, stores


def git(*args: str) -> str:
    return subprocess.run(["git", *args], check=True, capture_output=True, text=True).stdout.strip()


def quotes(store: Path) -> list[str]:
    with Store.open(store, read_only=True) as opened:
        return sorted(h.quote for h in opened.highlights())


def test_a_remote_moved_back_gets_what_it_dropped_again_and_the_line_says_so(tmp_path, capsys):
    remote, (mai, bob) = desk(tmp_path, capsys, "mai", "bob")
    older = git("-C", str(remote), "rev-parse", "main")
    first, second, _ = article_ids()
    add_highlight(bob, first, "keep talking")
    assert sync(capsys, bob) == "sent 1 highlight"
    assert sync(capsys, mai) == "1 new highlight from bob"
    git("-C", str(remote), "update-ref", "refs/heads/main", older)  # bob's commit dropped
    add_highlight(mai, second, "code of conduct")
    assert sync(capsys, mai) == f"{REWRITTEN}, sent 2 highlights"
    assert sync(capsys, bob) == "1 new highlight from mai"
    assert quotes(mai) == quotes(bob) == ["code of conduct", "keep talking"]
    assert sync(capsys, mai) == "up to date"


def squash(tmp_path: Path, remote: Path) -> None:
    """The remote's history squashed into one commit of its last tree, force-pushed."""
    work = tmp_path / "work"
    git("clone", "-q", str(remote), str(work))
    squashed = git(
        "-C", str(work), "-c", "user.name=mai", "commit-tree", "HEAD^{tree}", "-m", "squashed"
    )
    git("-C", str(work), "push", "-qf", "origin", f"{squashed}:refs/heads/main")


def deleted_by_bob_unseen_by_ana(
    tmp_path: Path, capsys, alone: bool = False
) -> tuple[Path, list[Path], str]:
    """bob's highlight, synced to ana, then deleted by bob as he made another (``alone``: and
    nothing else); ana has not synced since."""
    remote, stores = desk(tmp_path, capsys, "mai", "bob", "ana")
    _, bob, ana = stores
    talking = add_highlight(bob, article_ids()[0], "keep talking")
    assert sync(capsys, bob) == "sent 1 highlight"
    assert sync(capsys, ana) == "1 new highlight from bob"
    with Store.open(bob) as store:
        store.remove_highlight(talking)
    if not alone:
        add_highlight(bob, article_ids()[1], "code of conduct")
    assert sync(capsys, bob) == "sent " + ("" if alone else "1 highlight, ") + "1 highlight removed"
    return remote, stores, talking


def test_a_deletion_the_squash_kept_wins_over_a_copy_still_holding_the_highlight(tmp_path, capsys):
    """ana last synced before bob deleted his highlight, and the squash drops the deletion
    from the history: her sync takes the squashed tree as the team's state after the commit
    she last synced with, so the highlight is removed from her copy, not sent back to all
    (it came back to every copy as "1 new highlight from bob")."""
    remote, (mai, bob, ana), _ = deleted_by_bob_unseen_by_ana(tmp_path, capsys)
    squash(tmp_path, remote)
    assert sync(capsys, ana) == f"{REWRITTEN}, 1 new highlight from bob, 1 highlight removed"
    assert sync(capsys, bob) == REWRITTEN
    assert sync(capsys, mai) == f"{REWRITTEN}, 1 new highlight from bob"
    assert quotes(mai) == quotes(bob) == quotes(ana) == ["code of conduct"]


def test_a_highlight_edited_after_the_squashed_deletion_is_kept_and_flagged(tmp_path, capsys):
    """The history that said who deleted it is gone: the flag names the squash's author
    (mai), whose commit is the one that holds the library without it; bob, whose own history
    holds his deletion, is told his deleted highlight was kept."""
    remote, (_, bob, ana), talking = deleted_by_bob_unseen_by_ana(tmp_path, capsys)
    squash(tmp_path, remote)
    assert run(capsys, "--db", str(ana), "note", talking, "still matters")[0] == 0
    summary, changed = sync(capsys, ana).splitlines()  # the changed highlight named
    assert summary == (
        f"{REWRITTEN}, 1 new highlight from bob, 1 highlight changed, 1 conflict, "
        "sent 1 highlight, 1 note"
    )
    assert changed.startswith(f"highlight {talking} by bob (“keep talking”) on article ")
    assert changed.endswith(": flagged as a conflict")
    # bob deleted it: told so, as after any deletion a teammate's edit kept (it read "1 new
    # highlight from bob", his own deletion unsaid: the flag can only name the squash's author)
    assert sync(capsys, bob) == (
        f"{REWRITTEN}, 1 highlight you deleted kept: edited meanwhile, 1 conflict"
    )
    assert quotes(bob) == quotes(ana) == ["code of conduct", "keep talking"]
    with Store.open(bob, read_only=True) as store:
        (kept,) = [h for h in store.highlights() if h.id == talking]
    assert (kept.note, kept.conflict) == ("still matters", "deleted by mai, edited by ana: kept")


def test_a_remote_replaced_by_another_library_removes_nothing_of_this_one(tmp_path, capsys):
    """A squash shares articles with the history it replaced; a remote force-pushed with
    another library entirely shares none, and is no deletion of this one's records: they
    are merged and sent, as before."""
    remote, (_, bob) = desk(tmp_path, capsys, "mai", "bob")
    add_highlight(bob, article_ids()[0], "keep talking")
    assert sync(capsys, bob) == "sent 1 highlight"
    other_remote = tmp_path / "other.git"
    other = make_store(tmp_path / "other.json", ["An unrelated text about trade talks."])
    assert (
        run(capsys, "--db", str(other), "share", "init", str(other_remote), "--author", "eve")[0]
        == 0
    )
    git("-C", str(remote), "fetch", "-q", str(other_remote), "+main:main")
    out = sync(capsys, bob)
    assert out.startswith(f"{REWRITTEN}, ") and "removed" not in out
    assert quotes(bob) == ["keep talking"]
    with Store.open(bob, read_only=True) as store:
        assert len(store.article_ids()) == 4


def test_a_remote_put_back_to_an_older_state_under_a_new_history_removes_nothing(tmp_path, capsys):
    """An old clone's library force-pushed as a new history (no commit shared with the
    team's) looked like a squash: every highlight made since that state was removed from each
    copy that had not edited it. Its library is one each copy's history holds: merged from
    there, what the stale remote merely lacks is sent again."""
    remote, (mai, bob) = desk(tmp_path, capsys, "mai", "bob")
    older = git("-C", str(remote), "rev-parse", "main^{tree}")
    add_highlight(bob, article_ids()[0], "keep talking")
    assert sync(capsys, bob) == "sent 1 highlight"
    assert sync(capsys, mai) == "1 new highlight from bob"
    stale = git("-C", str(remote), "-c", "user.name=eve", "commit-tree", older, "-m", "old clone")
    git("-C", str(remote), "update-ref", "refs/heads/main", stale)
    put_back = f"{REWRITTEN}, to an older state of the library: what it lacked was sent again"
    assert sync(capsys, mai) == f"{put_back}, sent 1 highlight"
    assert sync(capsys, bob) == REWRITTEN
    assert quotes(mai) == quotes(bob) == ["keep talking"]
