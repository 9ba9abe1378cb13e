"""What ``sync`` and ``share`` take from a remote and where they go: a teammate's (or an
intruder's) commits made with plain git, checked before anything is stored or sent on."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from diplotui.share import files
from tests.cli.test_cli_hostile_input import records
from tests.cli_runner import run_main
from tests.sharing import TEXTS, git_identity, make_store, shared_copies
from tests.unit.test_share import article_ids, desk, state
from tests.unit.test_share_hostile import push_from_a_clone

__all__ = ["desk", "git_identity", "shared_copies"]  # fixtures


def _tip(remote: Path) -> str:
    return subprocess.run(
        ["git", f"--git-dir={remote}", "rev-parse", "main"], capture_output=True, text=True
    ).stdout.strip()


def _text_place(article_id: str, store: Path) -> str:
    return files.text_path(state(store)["articles"][article_id][4])


@pytest.mark.parametrize(
    ("holds", "mended_from"), [([], "an earlier version's"), (TEXTS[:1], "this library's")]
)
def test_a_commit_rewriting_a_text_already_held_is_refused_and_a_clone_repairs_it(
    desk, tmp_path: Path, holds: list[str], mended_from: str
):
    """A commit that put other bytes in a text file every copy holds (``texts/ab/<hash>.txt``
    no longer what its hash says) was taken as "up to date" and pushed on; every later
    ``share clone`` then failed on that file for ever. A newcomer's clone now takes the text
    as its name gives it (the newcomer's own, else the file's history) and writes it back."""
    first = article_ids()[0]
    place = _text_place(first, desk["mai"])

    def rewrite(tree: Path) -> None:
        (tree / place).write_text("Nothing was agreed. The ministers never met.\n")

    push_from_a_clone(desk["remote"], tmp_path / "intruder", rewrite)
    planted = _tip(desk["remote"])
    run_main("--db", str(desk["mai"]), "highlight", first, "--quote", "keep talking")
    before = records(desk["mai"])
    synced = run_main("--db", str(desk["mai"]), "sync", "--author", "mai")
    assert synced.returncode == 1, synced
    [line] = synced.stderr.splitlines()
    assert place in line and "do not match the hash in its name" in line
    assert planted[:7] in line  # the commit that brought it
    assert records(desk["mai"]) == before and _tip(desk["remote"]) == planted  # nothing sent

    newcomer = make_store(tmp_path / "eve.json", holds)
    cloned = run_main(
        "--db", str(newcomer), "share", "clone", str(desk["remote"]), "--author", "eve"
    )
    assert cloned.returncode == 0, cloned
    assert place in cloned.stdout and "do not match" in cloned.stdout
    assert f"{mended_from} bytes, which do, were written back" in cloned.stdout
    assert state(newcomer)["articles"].keys() >= state(desk["bob"])["articles"].keys()
    text = run_main("--db", str(newcomer), "export", "--format", "json", "--article", first)
    assert "keep talking about dams" in text.stdout
    # the clone wrote the text back: the refused copy syncs again
    assert run_main("--db", str(desk["mai"]), "sync", "--author", "mai").returncode == 0


def _git(repository: Path, *args: str, given: bytes = b"") -> str:
    done = subprocess.run(
        ["git", f"--git-dir={repository}", *args], input=given, capture_output=True, check=True
    )
    return done.stdout.decode().strip()


def _push_with_git_mktree(remote: Path, folder: Path, planted: dict[str, bytes]) -> None:
    """A commit made with ``git mktree`` on the remote's tip, holding ``planted`` (path ->
    bytes) whatever their names: ``..`` included, which no work tree can hold."""
    repository = folder / "intruder.git"
    subprocess.run(["git", "clone", "-q", "--bare", str(remote), str(repository)], check=True)

    def tree(base: str | None, files_here: dict[str, bytes]) -> str:
        entries = {}
        if base:
            for line in _git(repository, "ls-tree", base).splitlines():
                meta, name = line.split("\t", 1)
                entries[name] = meta
        below: dict[str, dict[str, bytes]] = {}
        for path, data in files_here.items():
            name, _, rest = path.partition("/")
            if rest:
                below.setdefault(name, {})[rest] = data
            else:
                blob = _git(repository, "hash-object", "-w", "--stdin", given=data)
                entries[name] = f"100644 blob {blob}"
        for name, inner in below.items():
            old = entries.get(name, "").split()
            entries[name] = f"040000 tree {tree(old[2] if old else None, inner)}"
        listing = "".join(f"{meta}\t{name}\n" for name, meta in entries.items())
        return _git(repository, "mktree", given=listing.encode())

    tip = _git(repository, "rev-parse", "main")
    made = _git(repository, "commit-tree", tree(f"{tip}^{{tree}}", planted), "-p", tip, "-m", "x")
    _git(repository, "push", "-q", str(remote), f"{made}:refs/heads/main")


@pytest.mark.parametrize("case", ["a path through ..", "a second copy of an article's text"])
def test_a_record_filed_where_sync_never_files_one_or_twice_is_refused_by_name(
    desk, tmp_path: Path, case: str
):
    """A file at ``articles/../dd/<id>.json`` (made with ``git mktree``) and an article
    repeating another's text were taken as records: only the layout sync writes is read."""
    first = article_ids()[0]
    held = state(desk["mai"])["articles"][first]
    stranger = "dd0000000001"
    document = json.loads(_git(desk["remote"], "show", f"main:{files.article_path(first)}"))
    document["id"] = stranger
    planted = {}
    if case == "a path through ..":
        text = b"A text nobody imported.\n"
        digest = hashlib.sha256(text).hexdigest()
        document["text_hash"] = digest
        planted[files.text_path(digest)] = text
        place = f"articles/../dd/{stranger}.json"
    else:
        assert document["text_hash"] == held[4]
        place = files.article_path(stranger)
    planted[place] = json.dumps(document).encode()
    _push_with_git_mktree(desk["remote"], tmp_path, planted)
    planted_tip = _tip(desk["remote"])
    before = records(desk["mai"])
    synced = run_main("--db", str(desk["mai"]), "sync", "--author", "mai")
    assert synced.returncode == 1, synced
    [line] = synced.stderr.splitlines()
    assert place in line, line
    assert records(desk["mai"]) == before and _tip(desk["remote"]) == planted_tip
    assert stranger not in state(desk["mai"])["articles"]


@pytest.mark.parametrize("remote", ["fd::3", "ext::sh -c touch% planted", "gopher://host/desk"])
@pytest.mark.parametrize("action", ["init", "clone"])
def test_a_remote_of_a_transport_no_team_uses_is_refused_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, action: str, remote: str
):
    """``share init fd::3`` hung (git's ``fd::`` transport reads a file descriptor for ever)
    and ``ext::`` runs a command: only file, git, http(s) and ssh remotes are taken. ``fd::``
    runs in a child process, whose descriptor 3 a regression's git would read (the test
    process's is its own); the others call ``main`` in-process from the test's folder."""
    store = make_store(tmp_path / "lib.json", [])
    arguments = ["--db", str(store), "share", action, remote, "--author", "mai"]
    if remote.startswith("fd::"):
        command = [sys.executable, "-m", "diplotui", *arguments]
        done = subprocess.run(command, capture_output=True, text=True, timeout=30, cwd=tmp_path)
    else:
        monkeypatch.chdir(tmp_path)
        done = run_main(*arguments)
    assert done.returncode == 2, done
    [line] = done.stderr.splitlines()
    assert remote.split(":")[0] in line and "file, git, http, https or ssh" in line, line
    assert not (tmp_path / "planted").exists()
    assert not (tmp_path / "lib.json.share.git").exists()


def test_a_remote_set_by_hand_to_another_transport_is_refused_by_git(desk, tmp_path: Path):
    """A shared library's remote changed in its git config afterwards (``fd::3``: the sync
    waited for ever) is refused by git itself (``GIT_ALLOW_PROTOCOL``), at once."""
    repository = tmp_path / "mai.json.share.git"
    _git(repository, "remote", "set-url", "origin", "fd::3")
    synced = subprocess.run(
        [sys.executable, "-m", "diplotui", "--db", str(desk["mai"]), "sync"],
        capture_output=True,
        text=True,
        timeout=30,
        cwd=tmp_path,
    )
    assert synced.returncode == 1, synced
    assert "transport 'fd' not allowed" in synced.stderr, synced.stderr
