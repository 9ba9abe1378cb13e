"""A Markdown article a teammate's library stored as plain text (cloned before article files
said they were Markdown) is flagged Markdown at its next sync: its statements, found and kept
while it was plain, are found again without its marks. Invented article, real git and TinyDB
files."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from diplotui.share import files
from diplotui.store import Store
from tests.sharing import git_identity, make_store

from .test_cli_share_markdown import _bobs_statement, _import_notes, run

__all__ = ["git_identity"]  # an autouse fixture of every test here


def _origin(store_path: Path, origin: str) -> None:
    """The article's origin set to ``origin``: "" as in mai's library before article files
    said Markdown (her file of it then said nothing of it)."""
    with Store.open(store_path) as store:
        (article,) = [a for a in store.articles() if a.title.startswith("ASEAN")]
        store.save_article(replace(article, origin_path=origin))


def test_statements_kept_of_a_plain_text_are_found_again_once_it_is_flagged_markdown(
    tmp_path: Path, capsys
):
    remote = str(tmp_path / "desk.git")
    mai, bob = make_store(tmp_path / "mai.json"), make_store(tmp_path / "bob.json")
    _import_notes(tmp_path, capsys, mai)
    _origin(mai, "")  # shared as an older diplotui shared it: no word of Markdown
    assert run(capsys, "--db", str(mai), "share", "init", remote, "--author", "mai")[0] == 0
    assert run(capsys, "--db", str(bob), "share", "clone", remote, "--author", "bob")[0] == 0
    assert "**the roadmap**" in _bobs_statement(capsys, bob)  # kept in bob's statement cache
    _origin(mai, str(tmp_path / "notes.md"))  # mai's own, as she imported it
    assert run(capsys, "--db", str(mai), "sync")[0] == 0  # her file now says Markdown
    assert run(capsys, "--db", str(bob), "sync")[0] == 0
    with Store.open(bob, read_only=True) as store:
        (article,) = [a for a in store.articles() if a.title.startswith("ASEAN")]
        assert article.markdown and article.origin_path == files.MARKDOWN_ORIGIN
    listed = _bobs_statement(capsys, bob)
    assert "said Vietnam supported the roadmap fully" in listed, listed
    assert "**" not in listed


LINKED = (
    "# ASEAN ministers meet\n"
    "\n"
    "*KUALA LUMPUR, 9 July 2025* - Malaysian Foreign Minister Mohamad Hasan said on\n"
    "Wednesday that ASEAN would adopt a new roadmap, as\n"
    "[reported](https://example.org/world/Jakarta-Summit/) by the wire.\n"
)


def _list_entity(capsys, store: Path, name: str) -> str:
    status, out, _ = run(capsys, "--db", str(store), "list", "--entity", name)
    assert status == 0
    return out


def test_entities_kept_of_a_plain_text_are_found_again_once_it_is_flagged_markdown(
    tmp_path: Path, capsys
):
    """The entity cache was keyed by the text alone: the place a link's address names
    ("Jakarta"), recognised while the article was plain, went on finding it by entity."""
    remote = str(tmp_path / "desk.git")
    mai, bob = make_store(tmp_path / "mai.json"), make_store(tmp_path / "bob.json")
    notes = tmp_path / "notes.md"
    notes.write_text(LINKED, encoding="utf-8")
    assert run(capsys, "--db", str(mai), "import", str(notes))[0] == 0
    _origin(mai, "")  # shared as an older diplotui shared it: no word of Markdown
    assert run(capsys, "--db", str(mai), "share", "init", remote, "--author", "mai")[0] == 0
    assert run(capsys, "--db", str(bob), "share", "clone", remote, "--author", "bob")[0] == 0
    assert "ASEAN ministers meet" in _list_entity(capsys, bob, "Jakarta")  # read plain
    _origin(mai, str(notes))
    assert run(capsys, "--db", str(mai), "sync")[0] == 0
    assert run(capsys, "--db", str(bob), "sync")[0] == 0
    assert "ASEAN ministers meet" not in _list_entity(capsys, bob, "Jakarta")
    assert "ASEAN ministers meet" in _list_entity(capsys, bob, "Mohamad Hasan")
