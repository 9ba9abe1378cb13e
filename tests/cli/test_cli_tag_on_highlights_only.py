"""A tag only highlights carry, asked of the articles (newuser64): `list --tag people` said
'#people is no tag in use (a tag is given whole: --tag "people diplomacy")', and `list --tag
"people diplomacy"`, as told, said only "no article matches": the tag was on a highlight, the
article untagged, and ``--tag`` filters the articles by their own tags. The answer now says
the tag is on highlights only, and which command gives them."""

from __future__ import annotations

from pathlib import Path

from tests.cli_runner import run_main

TEXT = (
    "People diplomacy conference\n\n"
    "Deputy Minister Ngo Le Van said people-to-people diplomacy was a pillar of foreign policy.\n"
)


def _library(store_path: Path, tmp_path: Path) -> tuple[str, ...]:
    """A library of one article, untagged, whose one highlight is tagged #people diplomacy."""
    db = ("--db", str(store_path))
    path = tmp_path / "conference.txt"
    path.write_text(TEXT, encoding="utf-8")
    imported = run_main(*db, "import", str(path))
    assert imported.returncode == 0, imported
    article_id = _imported_id(imported.stdout)
    made = run_main(
        *db, "highlight", article_id, "--quote", "a pillar of foreign policy", "--tag",
        "people diplomacy",
    )  # fmt: skip
    assert made.returncode == 0, made
    return db


def _imported_id(out: str) -> str:
    (line,) = (line for line in out.splitlines() if line.startswith("imported "))
    return line.split()[1]


def test_list_by_a_tag_only_highlights_carry_says_so(store_path: Path, tmp_path: Path) -> None:
    db = _library(store_path, tmp_path)
    whole = run_main(*db, "list", "--tag", "people diplomacy")
    assert whole.stdout == ""
    assert "#people diplomacy tags highlights only, no article" in whole.stderr, whole.stderr
    assert 'export --tag "people diplomacy"' in whole.stderr, whole.stderr
    started = run_main(*db, "list", "--tag", "people")
    assert '(a tag is given whole: --tag "people diplomacy")' not in started.stderr, started
    assert "#people is no tag in use" in started.stderr, started.stderr
    assert "#people diplomacy tags highlights only" in started.stderr, started.stderr


def test_statements_by_a_tag_only_highlights_carry_says_so(
    store_path: Path, tmp_path: Path
) -> None:
    db = _library(store_path, tmp_path)
    asked = run_main(*db, "statements", "--tag", "people diplomacy")
    assert "#people diplomacy tags highlights only, no article" in asked.stderr, asked.stderr


def test_a_tag_an_article_carries_lists_it_as_before(store_path: Path, tmp_path: Path) -> None:
    db = _library(store_path, tmp_path)
    listed = run_main(*db, "list").stdout.splitlines()
    (article_id,) = (line.split()[0] for line in listed if "conference" in line)
    assert run_main(*db, "tag", article_id, "asean").returncode == 0
    assert article_id in run_main(*db, "list", "--tag", "asean").stdout
    none = run_main(*db, "list", "--tag", "asea")
    assert '#asea is no tag in use (a tag is given whole: --tag "asean")' in none.stderr, none
