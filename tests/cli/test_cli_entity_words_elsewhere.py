"""``list --entity`` naming no person, body or place of the library says where its words
are, and the option that finds them, rather than "no article matches" alone.

Found by a new user (session 41): ``list --entity Somaliland`` answered "no article matches"
over two articles about Somaliland's port deal, which the recogniser had not found as a
place; a topic typed as an entity ("port deal") read the same way.
"""

from __future__ import annotations

from pathlib import Path

from tests.cli_runner import run_main

TEXTS = {
    "port.txt": "Port deal\n\nOfficials said the port deal gave the navy access to the coast.\n",
    "quits.txt": "Minister quits\n\nThe minister resigned over the port deal, the radio said.\n",
}


def _imported(store_path: Path, tmp_path: Path) -> tuple[str, str]:
    for name, text in TEXTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    db = ("--db", str(store_path))
    assert run_main(*db, "import", *(str(tmp_path / name) for name in TEXTS)).returncode == 0
    return db


def test_words_no_entity_has_name_the_articles_holding_them(store_path: Path, tmp_path: Path):
    db = _imported(store_path, tmp_path)
    listed = run_main(*db, "list", "--entity", "port deal")
    assert (listed.returncode, listed.stdout) == (0, "")
    assert listed.stderr == (
        "diplotui: no article matches: no person, body or place is named 'port deal'; "
        "its words are in 2 articles: list --search 'port deal'\n"
    )


def test_a_name_found_nowhere_says_only_that_nothing_matches(store_path: Path, tmp_path: Path):
    db = _imported(store_path, tmp_path)
    listed = run_main(*db, "list", "--entity", "Zanzibar")
    assert listed.stderr == "diplotui: no article matches\n"
