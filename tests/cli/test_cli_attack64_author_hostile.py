"""``--author`` holding terminal escapes or 3,000 characters (attack64): both were taken as
given. The escapes went on every commit and highlight the team reads, as "␛[31m" in the
name; the long name went whole into the store's setting and was cut to a line's length on
each teammate's side. Now the escapes are dropped as ``meta --author`` drops them, and a name
longer than a line is refused before anything is set up or sent, the name kept as it was."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from diplotui.model import ONE_LINE_CHARS
from diplotui.share import repository_path
from diplotui.store import Store
from tests.cli_runner import run_main
from tests.sharing import git_identity, make_store

__all__ = ["git_identity"]  # fixtures


def _head(remote: Path) -> str:
    return subprocess.run(
        ["git", f"--git-dir={remote}", "log", "-1", "--format=%an|%s"],
        capture_output=True,
        text=True,
    ).stdout.strip()


@pytest.mark.usefixtures("git_identity")
def test_an_author_with_escapes_is_named_without_them(tmp_path: Path):
    store, remote = make_store(tmp_path / "lib.json"), tmp_path / "desk.git"
    made = run_main(
        "--db", str(store), "share", "init", str(remote), "--author", "\x1b[31mMai\x1b[0m\x07"
    )
    assert made.returncode == 0, made.stderr
    assert _head(remote).startswith("Mai|Mai: ")
    with Store.open(store, read_only=True) as opened:
        assert opened.setting("share_author") == "Mai"


@pytest.mark.usefixtures("git_identity")
def test_share_init_refuses_an_author_longer_than_a_line(tmp_path: Path):
    store, remote = make_store(tmp_path / "lib.json"), tmp_path / "desk.git"
    refused = run_main("--db", str(store), "share", "init", str(remote), "--author", "m" * 3000)
    assert refused.returncode == 2, refused.stderr
    assert refused.stderr.strip() == (
        f"diplotui: --author is 3,000 characters long: at most {ONE_LINE_CHARS}"
    )
    assert not remote.exists() and not repository_path(store).exists()


@pytest.mark.usefixtures("git_identity")
def test_sync_refuses_an_author_longer_than_a_line_and_keeps_the_name(tmp_path: Path):
    store, remote = make_store(tmp_path / "lib.json"), tmp_path / "desk.git"
    assert (
        run_main("--db", str(store), "share", "init", str(remote), "--author", "mai").returncode
        == 0
    )
    head = _head(remote)
    refused = run_main("--db", str(store), "sync", "--author", "m" * 3000)
    assert refused.returncode == 2, refused.stderr
    with Store.open(store, read_only=True) as opened:
        assert opened.setting("share_author") == "mai"
    assert _head(remote) == head
