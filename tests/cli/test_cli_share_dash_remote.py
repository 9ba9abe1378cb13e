"""A remote that starts with "-": git reads it as one of its options wherever it is passed
(``git remote add origin -c``), so it is refused at once as no team's remote, in one line
that says why, never blamed on the store's repository.

``main`` runs in-process (``tests/cli_runner.py``) from the test's folder, where git would
run a planted command: what is checked is the status, the line and what git made, which a
child process showed alike for ~0.7 s of CPU each."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_runner import run_main
from tests.sharing import make_store


@pytest.mark.parametrize("remote", ["-c", "--upload-pack=touch planted;", "-oProxyCommand=x"])
@pytest.mark.parametrize("action", ["init", "clone"])
def test_a_remote_starting_with_a_dash_is_refused_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, action: str, remote: str
):
    """``share clone -- -c`` said "git cannot make the store's repository (git remote:
    unknown switch `c')" and exited 1, as for a folder it may not write."""
    store = make_store(tmp_path / "lib.json", [])
    monkeypatch.chdir(tmp_path)
    done = run_main("--db", str(store), "share", action, "--author", "mai", "--", remote)
    assert done.returncode == 2, done
    [line] = done.stderr.splitlines()
    assert remote in line and 'starts with "-"' in line, line
    assert "store's repository" not in line
    assert not (tmp_path / "planted").exists()
    assert not (tmp_path / "lib.json.share.git").exists()


def test_a_folder_named_with_a_dash_is_reached_as_a_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """The way out the line gives: ``./-desk.git`` is that folder, not an option."""
    store = make_store(tmp_path / "lib.json", [])
    monkeypatch.chdir(tmp_path)
    done = run_main("--db", str(store), "share", "init", "--author", "mai", "--", "./-desk.git")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "-desk.git" / "HEAD").exists()
