"""Library-wide answers that must not mislead: a text that cannot be read is named, not
passed over in silence (what was found is printed, one line on stderr says how many texts
and which the answer could not look into, exit 1, as an export does: "no statement of the
minister" must not be said of a library whose minister's article could not be read)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplotui.store import Store
from tests.cli_runner import run_main

SAID = '"We will keep talking about the dams," Foreign Minister Bui Thanh Son said in Hanoi.'
OTHER = '"The fisheries deal is close," Foreign Minister Bui Thanh Son said on Monday.'


@pytest.mark.parametrize(
    ("command", "found"),
    [
        (("statements", "--speaker", "bui thanh son"), "fisheries deal"),
        (("timeline", "Bui Thanh Son"), "fisheries deal"),
        (("list", "--search", "dams fisheries"), None),
        (("list", "--search", "fisheries"), "Fisheries"),
    ],
)
def test_an_unreadable_text_is_named_not_passed_over_in_silence(
    tmp_path: Path, command: tuple[str, ...], found: str | None
):
    (tmp_path / "dams.txt").write_text(f"Talks resume\n\n{SAID}\n")
    (tmp_path / "fish.txt").write_text(f"Fisheries\n\n{OTHER}\n")
    store = tmp_path / "lib.json"
    imported = run_main("--db", str(store), "--create", "import", str(tmp_path / "dams.txt"))
    assert imported.returncode == 0, imported
    run_main("--db", str(store), "import", str(tmp_path / "fish.txt"))
    with Store.open(store, read_only=True) as opened:
        [lost] = [a for a in opened.articles() if a.title == "Talks resume"]
    body = store.with_name("lib.json.bodies") / lost.text_hash[:2] / f"{lost.text_hash}.txt"
    body.unlink()

    answered = run_main("--db", str(store), *command)
    assert answered.returncode == 1, answered
    if found is not None:
        assert found in answered.stdout  # what could be read is still answered
    said = [line for line in answered.stderr.splitlines() if "could not be read" in line]
    assert len(said) == 1, answered.stderr
    assert "1 text could not be read" in said[0] and lost.id in said[0], said
    assert "Talks resume" in said[0]

    body.parent.mkdir(parents=True, exist_ok=True)
    body.write_text(f"Talks resume\n\n{SAID}\n")  # put back: nothing more to say
    again = run_main("--db", str(store), *command)
    assert again.returncode == 0 and "could not be read" not in again.stderr, again


@pytest.mark.parametrize("query", ['"', "", '""', "  ", "“ ”", "-"])
def test_a_search_for_no_word_is_refused_not_answered_with_everything(tmp_path: Path, query: str):
    """``list --search '"'`` (a query holding no word) listed the whole library, as if
    every article matched: refused in one line with exit 2 (the index holds words only, so a
    lone character could never be searched for)."""
    store = tmp_path / "lib.json"
    (tmp_path / "fish.txt").write_text(f"Fisheries\n\n{OTHER}\n")
    run_main("--db", str(store), "--create", "import", str(tmp_path / "fish.txt"))
    searched = run_main("--db", str(store), "list", "--search", query)
    assert searched.returncode == 2, searched
    assert searched.stdout == ""
    [line] = searched.stderr.splitlines()
    assert "--search" in line and "no word" in line, line


@pytest.mark.parametrize("name", ["the", "of", "and", "The Of", '"the"'])
def test_a_timeline_of_function_words_names_no_one(tmp_path: Path, name: str):
    """``timeline the`` listed every statement whose words hold "the": told in one line that
    the name names no one, and answered as no one found is (exit 0, stdout empty)."""
    store = tmp_path / "lib.json"
    (tmp_path / "fish.txt").write_text(f"Fisheries\n\n{OTHER}\n")
    run_main("--db", str(store), "--create", "import", str(tmp_path / "fish.txt"))
    nobody = run_main("--db", str(store), "timeline", "nobody here")
    answered = run_main("--db", str(store), "timeline", name)
    assert answered.returncode == nobody.returncode == 0, answered
    assert answered.stdout == ""
    [line] = answered.stderr.splitlines()
    assert "names no one" in line, line
    as_json = run_main("--db", str(store), "timeline", name, "--json")
    assert json.loads(as_json.stdout) == []
