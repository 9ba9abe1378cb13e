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
    assert sync(capsys, bob) == "sent 1 change"
    assert sync(capsys, mai) == "1 new highlight from bob"
    git("-C", str(remote), "update-ref", "refs/heads/main", older)  # bob's commit dropped
    add_highlight(mai, second, "code of conduct")
    assert sync(capsys, mai) == f"{REWRITTEN}, sent 2 changes"
    assert sync(capsys, bob) == "1 new highlight from mai"
    assert quotes(mai) == quotes(bob) == ["code of conduct", "keep talking"]
    assert sync(capsys, mai) == "up to date"


def test_a_squashed_history_is_said_by_every_copy_that_meets_it(tmp_path, capsys):
    """ana last synced before bob deleted his highlight; the squash drops the deletion from
    the history, so her copy's highlight is sent again as a copy joining sends its own: no
    copy can tell it from one never shared, and each line now says why it is back."""
    remote, (mai, bob, ana) = desk(tmp_path, capsys, "mai", "bob", "ana")
    talking = add_highlight(bob, article_ids()[0], "keep talking")
    assert sync(capsys, bob) == "sent 1 change"
    assert sync(capsys, ana) == "1 new highlight from bob"
    with Store.open(bob) as store:
        store.remove_highlight(talking)
    assert sync(capsys, bob) == "sent 1 change"
    work = tmp_path / "work"
    git("clone", "-q", str(remote), str(work))
    squashed = git("-C", str(work), "commit-tree", "HEAD^{tree}", "-m", "squashed")
    git("-C", str(work), "push", "-qf", "origin", f"{squashed}:refs/heads/main")
    assert sync(capsys, ana) == f"{REWRITTEN}, sent 1 change"
    assert sync(capsys, bob) == f"{REWRITTEN}, 1 new highlight from bob"
    assert sync(capsys, mai) == f"{REWRITTEN}, 1 new highlight from bob"
    assert quotes(mai) == quotes(bob) == quotes(ana) == ["keep talking"]
