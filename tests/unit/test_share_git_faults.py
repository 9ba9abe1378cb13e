"""A git that fails under a sync: killed (out of memory, a user's ^C to it alone), or saying
nothing. Each is one line naming the git command and why, the store as it was; the next sync
with a working git does the work."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from diplotui.model import Article
from diplotui.share import ShareError, sync
from diplotui.store import Store
from tests.cli_runner import run_main
from tests.sharing import TEXTS, add_highlight, article_ids, git_identity, shared_copies
from tests.unit.test_share import desk, refused, run_sync, state

__all__ = ["desk", "git_identity", "shared_copies"]  # fixtures

KILLED_ONCE = """#!/bin/sh
# git, but its first "{command}" is killed as the kernel's out-of-memory killer would kill it
if [ "$1" != "{command}" ] && [ "$2" != "{command}" ]; then exec {git} "$@"; fi
if [ -e "{mark}" ]; then exec {git} "$@"; fi
: > "{mark}"
kill -9 $$
"""


def git_killed_at_its_first(command: str, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Put a ``git`` first on PATH whose first ``command`` dies of SIGKILL; the rest is git's."""
    real = shutil.which("git")
    assert real is not None
    folder.mkdir()
    wrapper = folder / "git"
    mark = folder / "killed"
    wrapper.write_text(KILLED_ONCE.format(command=command, git=real, mark=mark))
    wrapper.chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}:{Path(real).parent}")


@pytest.mark.parametrize("command", ["rev-parse", "merge-base"])
def test_a_git_killed_while_it_looks_up_the_history_removes_no_article(
    desk, tmp_path, monkeypatch, command
):
    """``rev-parse`` and ``merge-base`` that failed were read as "no commit yet" and "no
    history in common": the sync took the store for a library joining the team, and the
    article an analyst had just imported again, after a teammate deleted it, was removed
    from the store ("1 article removed") instead of being sent."""
    _, second, _ = article_ids()
    with Store.open(desk["mai"]) as store:
        store.delete_article(second)
    run_sync(desk["mai"], "mai")
    run_sync(desk["bob"], "bob")
    with Store.open(desk["bob"]) as store:
        store.add_article(Article(id=second, title="Imported again", text_hash=""), TEXTS[1])
    add_highlight(desk["mai"], article_ids()[0], "keep talking")
    run_sync(desk["mai"], "mai")
    git_killed_at_its_first(command, tmp_path / "bin", monkeypatch)
    said = refused(desk["bob"], "bob")
    assert f"git {command}" in said and "killed" in said and "store is unchanged" in said
    assert second in state(desk["bob"])["articles"]
    with Store.open(desk["bob"]) as store:
        result = sync(store, "bob")
    assert result.summary() == "1 new highlight from mai, sent 1 article"
    run_sync(desk["mai"], "mai")
    assert state(desk["mai"])["articles"][second][0] == "Imported again"


def test_a_git_that_dies_saying_nothing_is_named_with_how_it_ended(desk, tmp_path, monkeypatch):
    """A git killed mid-commit was said as "git fast-import: no message", which told a user
    nothing to act on."""
    add_highlight(desk["bob"], article_ids()[0], "keep talking")
    git_killed_at_its_first("fast-import", tmp_path / "bin", monkeypatch)
    with Store.open(desk["bob"]) as store, pytest.raises(ShareError) as raised:
        sync(store, "bob")
    assert str(raised.value) == (
        "git fast-import: killed by signal 9 (SIGKILL), saying nothing; the store is unchanged"
    )


class Unwritable:
    """Folders made ones this account may not write: by their mode for a user, by the
    immutable attribute for root (whom no mode stops)."""

    def __init__(self) -> None:
        self.folders: list[Path] = []

    def make(self, folder: Path) -> None:
        folder.chmod(0o555)
        self.folders.append(folder)
        if os.geteuid() == 0:
            done = subprocess.run(["chattr", "+i", str(folder)], capture_output=True)
            if done.returncode != 0:
                pytest.skip("root, and this file system has no immutable folders")

    def undo(self) -> None:
        for folder in self.folders:
            subprocess.run(["chattr", "-i", str(folder)], capture_output=True)
            folder.chmod(0o755)
        self.folders.clear()


@pytest.fixture
def unwritable():
    folders = Unwritable()
    yield folders
    folders.undo()


def test_a_remote_this_account_may_not_write_is_named_with_git_s_reason(desk, unwritable):
    """A read-only shared folder was said as "the remote refused the push: [remote rejected]
    (unpacker error)": not which remote, nor why, nor that the changes wait for the next sync."""
    made = add_highlight(desk["bob"], article_ids()[0], "keep talking")
    unwritable.make(desk["remote"] / "objects")
    said = run_main("--db", str(desk["bob"]), "sync", "--author", "bob")
    assert said.returncode == 1
    [line] = said.stderr.splitlines()
    assert line.startswith(
        f"diplotui: the remote {desk['remote']} refused the push (remote unpack failed: "
        "unable to create temporary object directory); "
    )
    assert line.endswith(", your changes are committed and will be sent by the next sync")
    unwritable.undo()
    assert run_sync(desk["bob"], "bob") == "sent 1 highlight"
    run_sync(desk["mai"], "mai")
    assert made in state(desk["mai"])["highlights"]


def test_a_remote_another_account_owns_is_named_with_the_command_that_trusts_it(desk):
    """A team's folder owned by another account, as on a shared drive: git refuses it
    ("detected dubious ownership"), and the line gave only that, not git's way out."""
    if os.geteuid() != 0:
        pytest.skip("only root can give the remote to another account")
    add_highlight(desk["bob"], article_ids()[0], "keep talking")
    subprocess.run(["chown", "-R", "nobody", str(desk["remote"])], check=True)
    said = refused(desk["bob"], "bob")
    assert f"detected dubious ownership in repository at '{desk['remote']}'" in said
    assert f"`git config --global --add safe.directory {desk['remote']}` trusts it" in said


HANGS_WITH_A_HELPER = """#!/bin/sh
# git, whose transport helper waits for ever on a remote that stopped answering
echo $$ > "{pids}"
sleep {marker} &
echo $! >> "{pids}"
wait
"""


def test_a_git_given_up_on_is_killed_with_its_transport_helper(tmp_path, monkeypatch):
    """A fetch from a remote that hung was given up on after its timeout by killing git
    alone: its helper (``git remote-http``, ``ssh``) stayed, waiting on the remote for ever,
    one more at every sync that gave up. Git's whole process group goes."""
    from diplotui.share import git

    folder = tmp_path / "bin"
    folder.mkdir()
    pids = tmp_path / "pids"
    marker = "317.25"
    fake = folder / "git"
    fake.write_text(HANGS_WITH_A_HELPER.format(pids=pids, marker=marker))
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    repository = git.Repository(tmp_path / "repo.git")
    with pytest.raises(git.GitUnreachable, match="git fetch took over 2 s; gave up"):
        repository.run("fetch", timeout=2)
    helper = int(pids.read_text().split()[1])

    def alive(pid: int) -> bool:
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except FileNotFoundError:
            return False
        return "\nState:\tZ" not in status  # a zombie's parent, init, reaps it at leisure

    deadline = time.monotonic() + 5  # a group's kill lands as the helper is next scheduled
    while alive(helper) and time.monotonic() < deadline:
        time.sleep(0.05)
    still = alive(helper)
    if still:  # left by a git killed alone: not left running after the test
        os.kill(helper, 9)
    assert not still
