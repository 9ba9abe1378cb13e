"""A shared article file whose "markdown" mark is no true or false is refused by name.

The mark says a teammate's library reads the text's marks as markup. Hand-edited to
"yes", 1 or null, the file was read as plain without a word: bob's listings showed every
"**" of a text his teammates read as Markdown, and nothing said why. A file diplotui cannot
read stops the sync in one line naming it, the store untouched, as any other field of the
wrong type does. Invented article, real git and TinyDB files."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from diplotui.cli.main import main
from diplotui.store import Store
from tests.sharing import git_identity, make_store

from .test_cli_share_markdown import NOTES

__all__ = ["git_identity"]  # an autouse fixture of every test here


def run(capsys, *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def _mark_rewritten(remote: Path, folder: Path, mark: object) -> str:
    """A peer's commit made with plain git setting the Markdown article's mark to ``mark``
    (absent for ``...``); the file's path in the repository."""
    subprocess.run(["git", "clone", "-q", str(remote), str(folder)], check=True)
    (path,) = [
        p for p in (folder / "articles").rglob("*.json") if "markdown" in p.read_text("utf-8")
    ]
    doc = json.loads(path.read_text("utf-8"))
    if mark is ...:
        del doc["markdown"]
    else:
        doc["markdown"] = mark
    path.write_text(json.dumps(doc, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    subprocess.run(["git", "-C", str(folder), "commit", "-qam", "peer"], check=True)
    subprocess.run(["git", "-C", str(folder), "push", "-q"], check=True)
    return path.relative_to(folder).as_posix()


def _shared_with_mark(tmp_path: Path, capsys, mark: object) -> tuple[Path, str]:
    """Mai's Markdown note shared, then its mark set to ``mark`` by a peer with plain git:
    bob's store (not cloned yet) and the file's path in the repository."""
    remote = str(tmp_path / "desk.git")
    mai, bob = make_store(tmp_path / "mai.json"), make_store(tmp_path / "bob.json")
    notes = tmp_path / "notes.md"
    notes.write_text(NOTES, encoding="utf-8")
    assert run(capsys, "--db", str(mai), "import", str(notes))[0] == 0
    assert run(capsys, "--db", str(mai), "share", "init", remote, "--author", "mai")[0] == 0
    return bob, _mark_rewritten(Path(remote), tmp_path / "peer", mark)


@pytest.mark.parametrize("mark", ["yes", 1, None, "true"])
def test_a_mark_that_is_no_boolean_is_refused_by_name(tmp_path: Path, capsys, mark) -> None:
    bob, place = _shared_with_mark(tmp_path, capsys, mark)
    with Store.open(bob, read_only=True) as store:
        before = sorted(a.id for a in store.articles())
    status, out, err = run(
        capsys, "--db", str(bob), "share", "clone", str(tmp_path / "desk.git"), "--author", "bob"
    )
    assert status == 1, (out, err)
    (line,) = err.strip().splitlines()
    assert place in line and "markdown" in line, line
    with Store.open(bob, read_only=True) as store:
        assert sorted(a.id for a in store.articles()) == before


@pytest.mark.parametrize("mark", [False, ...])
def test_a_mark_false_or_absent_is_a_plain_text(tmp_path: Path, capsys, mark) -> None:
    bob, _place = _shared_with_mark(tmp_path, capsys, mark)
    assert (
        run(
            capsys,
            "--db",
            str(bob),
            "share",
            "clone",
            str(tmp_path / "desk.git"),
            "--author",
            "bob",
        )[0]
        == 0
    )
    with Store.open(bob, read_only=True) as store:
        (article,) = [a for a in store.articles() if a.title.startswith("ASEAN")]
        assert not article.markdown
