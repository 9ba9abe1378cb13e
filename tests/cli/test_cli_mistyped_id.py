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
