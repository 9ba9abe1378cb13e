"""A remote that starts with "-": git reads it as one of its options wherever it is passed
(``git remote add origin -c``), so it is refused at once as no team's remote, in one line
that says why, never blamed on the store's repository."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.sharing import make_store


@pytest.mark.parametrize("remote", ["-c", "--upload-pack=touch planted;", "-oProxyCommand=x"])
@pytest.mark.parametrize("action", ["init", "clone"])
def test_a_remote_starting_with_a_dash_is_refused_at_once(tmp_path: Path, action: str, remote: str):
    """``share clone -- -c`` said "git cannot make the store's repository (git remote:
    unknown switch `c')" and exited 1, as for a folder it may not write."""
    store = make_store(tmp_path / "lib.json", [])
    command = [sys.executable, "-m", "diplotui", "--db", str(store), "share", action]
    done = subprocess.run(
        [*command, "--author", "mai", "--", remote],
        capture_output=True, text=True, timeout=30, cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 2, done
    [line] = done.stderr.splitlines()
    assert remote in line and 'starts with "-"' in line, line
    assert "store's repository" not in line
    assert not (tmp_path / "planted").exists()
    assert not (tmp_path / "lib.json.share.git").exists()


def test_a_folder_named_with_a_dash_is_reached_as_a_path(tmp_path: Path):
    """The way out the line gives: ``./-desk.git`` is that folder, not an option."""
    store = make_store(tmp_path / "lib.json", [])
    command = [sys.executable, "-m", "diplotui", "--db", str(store), "share", "init"]
    done = subprocess.run(
        [*command, "--author", "mai", "--", "./-desk.git"],
        capture_output=True, text=True, timeout=60, cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "-desk.git" / "HEAD").exists()
