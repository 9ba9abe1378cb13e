"""A first search of a big library says that it indexes, once.

attack47: after an upgrade that changed the search index's format, `list --search` on 10,000
articles waited ~10 s with nothing said; a user cannot tell a first index from a hang."""

from __future__ import annotations

from pathlib import Path

from diplotui.cli.library import INDEXING_SAID_FROM
from diplotui.model import Article
from diplotui.store import Store, text_hash

from .test_cli_library import cli


def _library(path: Path, size: int) -> None:
    with Store.open(path) as store, store.batch():
        for number in range(size):
            text = f"Talks on the Mekong, round {number}: the delegations met in Vientiane."
            store.add_article(
                Article(id=text_hash(text)[:12], title=f"Round {number}", text_hash=""), text
            )


def test_the_first_search_of_a_big_library_says_it_indexes_and_later_ones_do_not(
    tmp_path: Path,
) -> None:
    db = tmp_path / "big.json"
    _library(db, INDEXING_SAID_FROM)
    first = cli("--db", str(db), "list", "--search", "vientiane", "--json")
    assert first.returncode == 0, first.stderr
    assert first.stderr.count("diplotui: indexing 1,000 articles for search, once") == 1
    again = cli("--db", str(db), "list", "--search", "mekong", "--json")
    assert again.returncode == 0, again.stderr
    assert "indexing" not in again.stderr  # the index is read, not built


def test_a_small_library_is_indexed_without_a_word(tmp_path: Path) -> None:
    db = tmp_path / "small.json"
    _library(db, 3)
    result = cli("--db", str(db), "list", "--search", "vientiane", "--json")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
