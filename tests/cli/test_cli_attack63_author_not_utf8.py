"""``--author`` typed in a terminal set to another encoding than UTF-8 (attack63): the name
was kept with U+FFFD for its byte ("bad\\ufffdname"), on every commit and highlight the team
reads, where a tag, a note or a title so typed is refused. Refused before anything is set
up or sent, in the line the others give."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from diplotui.share import repository_path
from diplotui.store import Store
from tests.cli_runner import run_main
from tests.sharing import git_identity, make_store

__all__ = ["git_identity"]  # fixtures

REFUSED = (
    "diplotui: --author 'bad\\xffname' holds bytes that are not UTF-8 text (a terminal set to "
    "another encoding?); nothing was written"
)


@pytest.mark.usefixtures("git_identity")
def test_share_init_refuses_an_author_not_utf8(tmp_path: Path):
    store, remote = make_store(tmp_path / "lib.json"), tmp_path / "desk.git"
    refused = run_main(
        "--db", str(store), "share", "init", str(remote), "--author", "bad\udcffname"
    )
    assert refused.returncode == 2, refused.stderr
    assert refused.stderr.strip() == REFUSED
    assert not remote.exists() and not repository_path(store).exists()


@pytest.mark.usefixtures("git_identity")
def test_sync_refuses_an_author_not_utf8_and_keeps_the_name_it_had(tmp_path: Path):
    store, remote = make_store(tmp_path / "lib.json"), tmp_path / "desk.git"
    made = run_main("--db", str(store), "share", "init", str(remote), "--author", "mai")
    assert made.returncode == 0, made.stderr
    head = subprocess.run(
        ["git", f"--git-dir={remote}", "rev-parse", "HEAD"], capture_output=True, text=True
    ).stdout
    refused = run_main("--db", str(store), "sync", "--author", "bad\udcffname")
    assert refused.returncode == 2, refused.stderr
    assert refused.stderr.strip() == REFUSED
    with Store.open(store, read_only=True) as opened:
        assert opened.setting("share_author") == "mai"
    after = subprocess.run(
        ["git", f"--git-dir={remote}", "rev-parse", "HEAD"], capture_output=True, text=True
    ).stdout
    assert after == head
