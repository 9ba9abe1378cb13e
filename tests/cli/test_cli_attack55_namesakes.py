"""Two teammates who sync under one name (two analysts called mai, or one on two computers):
a conflict read "notes by mai and mai differ" and "1 new highlight from mai" told mai
nothing. Each copy names itself in its commits (a member id and the computer's name), so
namesakes are told apart in flags and lines, and each is told how to rename."""

from __future__ import annotations

import subprocess
from pathlib import Path

from diplotui.store import Store
from tests.cli_runner import run_main
from tests.sharing import add_highlight, article_ids, git_identity, make_store

__all__ = ["git_identity"]  # an autouse fixture of every test here


def diplotui(store: Path, *args: str) -> str:
    """The CLI as each teammate runs it, its ``main`` in this process (``tests/cli_runner.py``:
    what it prints and returns is what a child's would be; no process is this file's point):
    its stdout, stderr empty."""
    done = run_main("--db", str(store), *args)
    assert (done.returncode, done.stderr) == (0, "")
    return done.stdout.rstrip("\n")


def member(store: Path) -> str:
    repository = store.with_name(store.name + ".share.git")
    return subprocess.run(
        ["git", "--git-dir", str(repository), "config", "diplotui.member"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()


def test_two_teammates_named_alike_are_told_apart_in_a_conflict_and_in_the_line(tmp_path):
    remote = tmp_path / "desk.git"
    office, home = make_store(tmp_path / "office.json"), make_store(tmp_path / "home.json")
    diplotui(office, "share", "init", str(remote), "--author", "mai")
    diplotui(home, "share", "clone", str(remote), "--author", "mai")
    at_office, at_home = member(office), member(home)
    assert at_office and at_home and at_office != at_home
    talking = add_highlight(office, article_ids()[0], "keep talking")
    diplotui(office, "sync")
    renaming = "`diplotui sync --author NAME` renames you (your highlights so far take the new one)"
    assert diplotui(home, "sync") == (
        f"1 new highlight from mai (member {at_office}), "
        f"mai (member {at_office}) syncs under your name too: {renaming}"
    )
    diplotui(office, "note", talking, "written at the office")
    diplotui(home, "note", talking, "written at home")
    diplotui(office, "sync")
    assert diplotui(home, "sync").startswith(
        "1 highlight changed, 1 conflict, sent 1 note, 1 highlight edited, "
    )
    diplotui(office, "sync")
    flag = f"notes by mai (member {at_home}) and mai (member {at_office}) differ"
    for store in (home, office):
        with Store.open(store, read_only=True) as opened:
            (highlight,) = opened.highlights()
        assert highlight.conflict.startswith(flag)
    assert f"⚠ {flag}" in diplotui(office, "annotations")


def test_a_rename_is_kept_and_ends_the_notice(tmp_path):
    remote = tmp_path / "desk.git"
    office, home = make_store(tmp_path / "office.json"), make_store(tmp_path / "home.json")
    diplotui(office, "share", "init", str(remote), "--author", "mai")
    diplotui(home, "share", "clone", str(remote), "--author", "mai")
    add_highlight(office, article_ids()[0], "keep talking")
    diplotui(office, "sync", "--author", "mai tran")
    assert diplotui(home, "sync") == "1 new highlight from mai tran"
    add_highlight(office, article_ids()[1], "code of conduct")
    diplotui(office, "sync")
    assert diplotui(home, "sync") == "1 new highlight from mai tran"


def authors(store: Path) -> dict[str, str]:
    with Store.open(store, read_only=True) as opened:
        return {h.quote: h.author for h in opened.highlights()}


def test_a_rename_restamps_this_copys_earlier_highlights_not_a_namesakes(tmp_path):
    """`--author "mai tran"` after syncing as mai: her earlier highlights kept "mai" beside
    her new ones under "mai tran" (attack56). Now the copy's own are renamed, in its store and
    for the team; the namesake's, made on another copy under the same name, stay theirs."""
    remote = tmp_path / "desk.git"
    office, home = make_store(tmp_path / "office.json"), make_store(tmp_path / "home.json")
    diplotui(office, "share", "init", str(remote), "--author", "mai")
    diplotui(home, "share", "clone", str(remote), "--author", "mai")
    add_highlight(office, article_ids()[0], "keep talking")
    add_highlight(home, article_ids()[1], "code of conduct")
    diplotui(office, "sync")
    diplotui(home, "sync")
    diplotui(office, "sync")
    assert authors(office) == {"keep talking": "mai", "code of conduct": "mai"}
    said = diplotui(office, "sync", "--author", "mai tran")
    assert said == "sent 1 highlight edited, 1 highlight of yours renamed from mai"
    expected = {"keep talking": "mai tran", "code of conduct": "mai"}
    assert authors(office) == expected
    assert diplotui(home, "sync").startswith("1 highlight changed")
    assert authors(home) == expected
    assert diplotui(office, "sync") == "up to date"  # once
