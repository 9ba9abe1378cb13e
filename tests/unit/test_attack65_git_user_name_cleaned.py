"""``--author`` is taken as one line, its escapes and control characters dropped, cut to a
line's length; a sync run without it took git's ``user.name`` as it was: a name holding an
escape sequence (set from a coloured terminal) was put on every commit and highlight the
team read, with stand-ins ("mai␛[31m red x␈"), and the app's ``S`` syncs so always
(attack65). Git's name, and a store's saved one, are taken as ``--author`` is. Real git."""

from __future__ import annotations

import subprocess
from pathlib import Path

from diplotui.model import ONE_LINE_CHARS
from diplotui.share import default_author, resolve_author
from diplotui.share.sync import AUTHOR_SETTING
from diplotui.store import Store
from tests.cli_runner import run_main
from tests.sharing import git_identity

__all__ = ["git_identity"]  # fixture

HOSTILE = "mai\x1b[31m red\\tx\\b"  # git's own escapes: a tab and a backspace


def _name_git(tmp_path: Path, name: str) -> None:
    config = tmp_path / "gitconfig"  # the test's own (``git_identity``)
    config.write_text(config.read_text().replace("Default Person", f'"{name}"'))


def test_gits_user_name_is_taken_as_author_is(tmp_path: Path):
    _name_git(tmp_path, HOSTILE)
    assert default_author() == "mai red x"


def test_a_long_user_name_is_cut_to_a_line(tmp_path: Path):
    _name_git(tmp_path, "n" * (ONE_LINE_CHARS * 3))
    assert default_author() == "n" * ONE_LINE_CHARS


def test_a_saved_name_edited_by_hand_is_taken_as_author_is(tmp_path: Path):
    with Store.open(tmp_path / "lib.json", seeded_if_new=False) as store:
        store.set_setting(AUTHOR_SETTING, "bob\x1b]0;title\x07\nsmith")
        assert resolve_author(store, None) == "bob smith"


def test_a_shared_librarys_commits_carry_the_name_cleaned(tmp_path: Path):
    _name_git(tmp_path, HOSTILE)
    db, remote = tmp_path / "lib.json", tmp_path / "desk.git"
    assert run_main("--db", str(db), "--create", "list").returncode == 0
    shared = run_main("--db", str(db), "share", "init", str(remote))
    assert shared.returncode == 0, shared.stderr
    logged = subprocess.run(
        ["git", "-C", str(remote), "log", "--format=%an|%s"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert logged.stdout.startswith("mai red x|mai red x: ")
