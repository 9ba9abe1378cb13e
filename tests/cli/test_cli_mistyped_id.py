"""An article id mistyped by one letter, `diplotui statements 5f3bdd41x`: the answer was
"5f3bdd41x: no such file", as if a file had been meant, with no word that ids are hex or
where to find them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_runner import run_main


@pytest.mark.parametrize("command", ["statements", "entities"])
def test_a_mistyped_id_is_said_to_be_neither_a_file_nor_an_id(
    seeded_store, store_path: Path, tmp_path: Path, monkeypatch, command: str
):
    monkeypatch.chdir(tmp_path)
    said = run_main("--db", str(store_path), command, "1f842a79x")
    assert said.returncode == 1 and said.stdout == ""
    assert said.stderr == (
        "diplotui: 1f842a79x: no such file, nor an article id (an id is hexadecimal, 0-9 and "
        "a-f: diplotui list shows them)\n"
    )


def test_a_missing_file_named_as_a_file_is_still_said_to_be_missing(
    seeded_store, store_path: Path, tmp_path: Path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    said = run_main("--db", str(store_path), "statements", "speech.txt")
    assert said.stderr == "diplotui: speech.txt: no such file\n"


@pytest.mark.parametrize("command", ["statements", "entities"])
def test_an_id_pasted_with_spaces_around_it_is_the_id(
    seeded_store, store_path: Path, tmp_path: Path, monkeypatch, command: str
):
    """An id copied from a listing with the space before or after it ("1f842a79 ") was "no
    such file": every other command (``meta``, ``tag``, ``highlight``) takes it trimmed."""
    monkeypatch.chdir(tmp_path)
    trimmed = run_main("--db", str(store_path), command, "1f842a79")
    assert trimmed.returncode == 0 and trimmed.stdout, trimmed.stderr
    for pasted in (" 1f842a79", "1f842a79 ", "\t1f842a79\n"):
        said = run_main("--db", str(store_path), command, pasted)
        assert (said.returncode, said.stdout, said.stderr) == (0, trimmed.stdout, ""), pasted
    mistyped = run_main("--db", str(store_path), command, " 1f842a79x ")
    assert "nor an article id" in mistyped.stderr


def test_a_file_named_with_a_space_is_still_read_as_that_file(
    seeded_store, store_path: Path, tmp_path: Path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "1f842a79 ").write_text("Talks\nMinister Jane Doe said talks went well.\n")
    said = run_main("--db", str(store_path), "statements", "1f842a79 ")
    assert said.returncode == 0 and "Jane Doe" in said.stdout, said.stderr
