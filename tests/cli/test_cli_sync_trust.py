"""What ``sync`` and ``share`` take from a remote and where they go: a teammate's (or an
intruder's) commits made with plain git, checked before anything is stored or sent on."""

from __future__ import annotations

import subprocess
from pathlib import Path

from diplotui.share import files
from tests.cli.test_cli_hostile_input import records
from tests.cli_runner import run_main
from tests.sharing import git_identity, make_store, shared_copies
from tests.unit.test_share import article_ids, desk, state
from tests.unit.test_share_hostile import push_from_a_clone

__all__ = ["desk", "git_identity", "shared_copies"]  # fixtures


def _tip(remote: Path) -> str:
    return subprocess.run(
        ["git", f"--git-dir={remote}", "rev-parse", "main"], capture_output=True, text=True
    ).stdout.strip()


def _text_place(article_id: str, store: Path) -> str:
    return files.text_path(state(store)["articles"][article_id][4])


def test_a_commit_rewriting_a_text_already_held_is_refused_and_a_clone_repairs_it(
    desk, tmp_path: Path
):
    """A commit that put other bytes in a text file every copy holds (``texts/ab/<hash>.txt``
    no longer what its hash says) was taken as "up to date" and pushed on; every later
    ``share clone`` then failed on that file for ever."""
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

    newcomer = make_store(tmp_path / "eve.json", [])
    cloned = run_main(
        "--db", str(newcomer), "share", "clone", str(desk["remote"]), "--author", "eve"
    )
    assert cloned.returncode == 0, cloned
    assert place in cloned.stdout and "do not match" in cloned.stdout
    assert state(newcomer)["articles"].keys() >= state(desk["bob"])["articles"].keys()
    text = run_main("--db", str(newcomer), "export", "--format", "json", "--article", first)
    assert "keep talking about dams" in text.stdout
    # the clone wrote the text back: the refused copy syncs again
    assert run_main("--db", str(desk["mai"]), "sync", "--author", "mai").returncode == 0
