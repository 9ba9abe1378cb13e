"""A Markdown article shared through git reads as Markdown in a teammate's library.

The shared article file named no origin (a path is each reader's own), so the clone stored
the text as plain: bob's ``statements --speaker`` gave Lê Hoài Trung's words as "Vietnam
supported **the roadmap** fully", and his reader and copies showed every mark. Invented
article, real git and TinyDB files."""

from __future__ import annotations

from pathlib import Path

from diplotui.cli.main import main
from diplotui.store import Store
from tests.sharing import git_identity, make_store

__all__ = ["git_identity"]  # an autouse fixture of every test here

NOTES = (
    "# ASEAN ministers meet\n"
    "\n"
    "*KUALA LUMPUR, 9 July 2025* - Malaysian Foreign Minister Mohamad Hasan\n"
    "said on Wednesday that ASEAN would adopt a new roadmap.\n"
    "\n"
    '"We are closer than ever," Mohamad told reporters. Vietnamese Deputy Foreign Minister\n'
    "Lê Hoài Trung said Vietnam supported **the roadmap** fully.\n"
)


def run(capsys, *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def _import_notes(tmp_path: Path, capsys, store: Path) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text(NOTES, encoding="utf-8")
    assert run(capsys, "--db", str(store), "import", str(notes))[0] == 0


def _bobs_statement(capsys, bob: Path) -> str:
    status, out, _ = run(capsys, "--db", str(bob), "statements", "--speaker", "le hoai")
    assert status == 0
    return out


def test_a_markdown_article_cloned_from_the_team_hides_its_marks(tmp_path: Path, capsys):
    remote = str(tmp_path / "desk.git")
    mai, bob = make_store(tmp_path / "mai.json"), make_store(tmp_path / "bob.json")
    _import_notes(tmp_path, capsys, mai)
    assert run(capsys, "--db", str(mai), "share", "init", remote, "--author", "mai")[0] == 0
    assert run(capsys, "--db", str(bob), "share", "clone", remote, "--author", "bob")[0] == 0
    listed = _bobs_statement(capsys, bob)
    assert "said Vietnam supported the roadmap fully" in listed, listed
    assert "**" not in listed
    with Store.open(bob, read_only=True) as store:
        (article,) = [a for a in store.articles() if a.title.startswith("ASEAN")]
        assert article.markdown
        assert article.origin_path == ".md"  # no path of mai's machine


def test_a_markdown_article_synced_later_hides_its_marks_and_keeps_the_importers_path(
    tmp_path: Path, capsys
):
    remote = str(tmp_path / "desk.git")
    mai, bob = make_store(tmp_path / "mai.json"), make_store(tmp_path / "bob.json")
    assert run(capsys, "--db", str(mai), "share", "init", remote, "--author", "mai")[0] == 0
    assert run(capsys, "--db", str(bob), "share", "clone", remote, "--author", "bob")[0] == 0
    _import_notes(tmp_path, capsys, mai)
    assert run(capsys, "--db", str(mai), "sync")[0] == 0
    assert run(capsys, "--db", str(bob), "sync")[0] == 0
    assert "**" not in _bobs_statement(capsys, bob)
    assert run(capsys, "--db", str(mai), "sync")[0] == 0
    with Store.open(mai, read_only=True) as store:
        (article,) = [a for a in store.articles() if a.title.startswith("ASEAN")]
        assert article.origin_path == str(tmp_path / "notes.md")  # `import --update` finds it
