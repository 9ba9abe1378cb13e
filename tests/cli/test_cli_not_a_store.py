"""``--db`` naming a file that is no diplotui library (notes, another program's JSON) is
refused in one line naming it and why, by what the store's format check finds in it, never by
its name: nothing is made beside it (no lock file) and it is not turned into a library."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplotui.store import Store
from diplotui.store.errors import NotAStore
from tests.cli_runner import run_main

PAGE = "Talks resume in Geneva\n\nMinister Alpha said the talks would resume in Geneva.\n"


@pytest.mark.parametrize(
    ("name", "content", "why"),
    [
        ("notes.txt", b"Call the embassy on Monday.\n", "not a JSON object"),
        ("library.json", b"{}\n", "a JSON object with none of a library's tables"),
        (
            "settings.json",
            b'{"_default": {}, "theme": {}}',
            "a JSON object with none of a library's tables",
        ),
        ("library.json", b"[1, 2]", "not a JSON object"),
    ],
)
@pytest.mark.parametrize("command", [["list"], ["import"], ["tag", "abc", "x"]])
def test_a_file_that_is_no_library_is_refused_and_left_alone(
    tmp_path: Path, name: str, content: bytes, why: str, command: list[str]
):
    folder = tmp_path / "here"
    folder.mkdir()
    path = folder / name
    path.write_bytes(content)
    if command == ["import"]:
        page = tmp_path / "page.txt"
        page.write_text(PAGE, encoding="utf-8")
        command = ["import", str(page)]
    result = run_main("--db", str(path), *command)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert f"{path}: not a diplotui library ({why}" in result.stderr
    assert sorted(p.name for p in folder.iterdir()) == [name]
    assert path.read_bytes() == content


def test_the_store_refuses_it_too_and_a_new_path_or_a_copied_library_still_opens(
    tmp_path: Path,
):
    notes = tmp_path / "notes.txt"
    notes.write_bytes(b"{}")
    for read_only in (False, True):
        with pytest.raises(NotAStore):
            Store.open(notes, read_only=read_only)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]
    new = tmp_path / "new" / "library.json"
    new.parent.mkdir()
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    assert run_main("--db", str(new), "import", str(page)).returncode == 0
    with Store.open(new, read_only=True) as made:
        titles = {a.title for a in made.articles()}
    assert "Talks resume in Geneva" in titles
    copied = tmp_path / "copy" / "library.json"
    copied.parent.mkdir()
    copied.write_bytes(new.read_bytes())  # the file alone: no lock beside it yet
    with Store.open(copied) as store:
        assert {a.title for a in store.articles()} == titles
