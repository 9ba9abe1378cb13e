"""A hope is no assertion: "X expressed hope that A" is listed and copied as that, not as
"X said: A".

In an analyst's brief on the South China Sea, the Prime Minister who "expressed hope that
countries claiming the South China Sea ... should work on an effective and substantive COC"
was listed by ``statements``, ``W`` and the timelines, and copied, as having said it: the
reporter's verb ("expressed") has its object ("hope") between it and the words, so no verb
was found right before them and the words were led by "said:".
"""

from __future__ import annotations

from pathlib import Path

from tests.cli_runner import run_main

TEXT = (
    "Talks in Hanoi\n\n"
    "For his part, Prime Minister Pham Minh Chinh expressed hope that the claimants would"
    " work on an effective code of conduct.\n\n"
    "During their dialogue, the two foreign ministers expressed their belief that both"
    " countries will further deepen political trust.\n\n"
    "Foreign Minister Bui Thanh Son shared the view that the sea must remain open.\n"
)


def _listed(tmp_path: Path, *args: str) -> str:
    db = str(tmp_path / "s.json")
    (tmp_path / "talks.txt").write_text(TEXT, encoding="utf-8")
    imported = run_main("--db", db, "import", str(tmp_path / "talks.txt"))
    assert imported.returncode == 0, imported.stderr
    article = imported.stdout.split()[1]
    done = run_main("--db", db, *[article if arg == "ID" else arg for arg in args])
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_listing_keeps_the_reporters_verb_and_its_object(tmp_path: Path) -> None:
    listed = _listed(tmp_path, "statements", "--speaker", "pham minh chinh")
    assert (
        "Pham Minh Chinh (Prime Minister) expressed hope that the claimants would work on an"
        " effective code of conduct —" in listed
    )
    assert "said:" not in listed


def test_every_such_lead_in_the_articles_listing(tmp_path: Path) -> None:
    listed = _listed(tmp_path, "statements", "ID")
    assert "two foreign ministers expressed their belief that both countries will" in listed
    assert "Bui Thanh Son (Foreign Minister) shared the view that the sea must remain" in listed
    assert "said:" not in listed


def test_a_highlight_of_the_words_is_copied_as_the_hope_it_is(tmp_path: Path) -> None:
    db = str(tmp_path / "s.json")
    (tmp_path / "talks.txt").write_text(TEXT, encoding="utf-8")
    article = run_main("--db", db, "import", str(tmp_path / "talks.txt")).stdout.split()[1]
    made = run_main("--db", db, "highlight", article, "--quote", "the claimants would work")
    assert made.returncode == 0, made.stderr
    quoted = run_main("--db", db, "quote", made.stdout.split()[-1]).stdout
    assert quoted.startswith("Pham Minh Chinh (Prime Minister) expressed hope that the claimants")
