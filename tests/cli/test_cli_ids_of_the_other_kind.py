"""A highlight's id, copied from ``diplotui annotations``, given where an article's is asked
for (``note``, ``export --article``, ``meta``): the answer was "no article with id ...", as if
the id were mistyped, with no word of what it is nor which article it belongs to. And the
other way round: an article's id given to ``quote``. Each is now named for what it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplotui.ingest.importer import seed_if_empty
from diplotui.store import Store
from tests.cli_runner import run_main

ARTICLE = "1f842a7919db"


@pytest.fixture
def highlighted(store_path: Path) -> tuple[str, str]:
    """A seeded store on disk, closed, with one highlight made as a user makes it."""
    store = Store.open(store_path)
    seed_if_empty(store)
    store.close()
    made = run_main(
        "--db", str(store_path), "highlight", ARTICLE, "--quote", "People-to-People External"
    )
    assert made.returncode == 0, made.stderr
    return str(store_path), made.stdout.splitlines()[-1]


def _refusal(db: str, *argv: str) -> str:
    """What a refused command said: usage status 2, nothing on stdout."""
    said = run_main("--db", db, *argv)
    assert said.returncode == 2 and said.stdout == ""
    return said.stderr


@pytest.mark.parametrize(
    "command",
    [["export", "--article", "ID"], ["meta", "ID"], ["tag", "ID", "x"], ["annotations", "ID"]],
    ids=["export", "meta", "tag", "annotations"],
)
def test_a_highlight_id_given_for_an_article_is_named_a_highlight_of_its_article(
    highlighted: tuple[str, str], command: list[str]
):
    db, highlight_id = highlighted
    argv = [highlight_id if part == "ID" else part for part in command]
    assert _refusal(db, *argv) == (
        f"diplotui: no article with id '{highlight_id}': {highlight_id} is a highlight, "
        f"of article {ARTICLE}\n"
    )


def test_an_article_id_given_for_a_highlight_is_named_an_article(highlighted: tuple[str, str]):
    assert _refusal(highlighted[0], "quote", ARTICLE) == (
        f"diplotui: no highlight with id '{ARTICLE}': {ARTICLE} is an article (diplotui "
        f"annotations {ARTICLE} lists its highlights' ids)\n"
    )


def test_an_id_of_neither_kind_is_still_only_unknown(highlighted: tuple[str, str]):
    db, _ = highlighted
    said = run_main("--db", db, "meta", "abcabc")
    assert said.stderr == "diplotui: no article with id 'abcabc'\n"
