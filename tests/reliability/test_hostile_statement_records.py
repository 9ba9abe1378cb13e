"""A lone surrogate hand-edited into a title never stops who said what.

The store keeps such a title (a hand edit writes "\\ud800" as JSON allows; exports and
``list`` already give it), but the statement and timeline caches keyed each text by its title
encoded strictly: ``statements``, ``statements --json`` and ``timeline`` stopped on a
``UnicodeEncodeError`` traceback, whatever the name asked. Invented article, real TinyDB
files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplotui.model import Article
from diplotui.store import Store, text_hash
from tests.cli_runner import run_main

TEXT = (
    "Talks in Hanoi\n\nForeign Minister Bui Thanh Son said that the talks in Hanoi were useful.\n"
)


def _store_with_a_surrogate_title(path: Path) -> str:
    with Store.open(path) as store:
        article = Article(
            id=store.new_article_id(text_hash(TEXT)), title="Talks", text_hash="", date="2025-07-18"
        )
        store.add_article(article, TEXT)
    data = json.loads(path.read_text())
    (record,) = data["articles"].values()
    record["title"] = "Talks \ud800 in Hanoi"
    path.write_text(json.dumps(data))  # ASCII JSON: "\ud800" escaped, as a hand edit makes it
    return article.id


@pytest.mark.parametrize(
    "args",
    [
        ["statements"],
        ["statements", "--json"],
        ["statements", "--jsonl"],
        ["statements", "--speaker", "bui"],
        ["timeline", "Bui Thanh Son"],
        ["timeline", "Bui Thanh Son", "--json"],
    ],
)
def test_a_surrogate_in_a_title_never_stops_who_said_what(tmp_path: Path, args) -> None:
    store = tmp_path / "library.json"
    _store_with_a_surrogate_title(store)
    result = run_main("--db", str(store), *args)
    assert result.returncode == 0, result.stderr
    assert "useful" in result.stdout, result.stdout
    again = run_main("--db", str(store), *args)  # from the caches written the first time
    assert again.stdout == result.stdout
