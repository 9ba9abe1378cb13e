"""The library's entity index built without a lookup (``build_entity_index``) reads each text
as the reader does and goes on past a text the recogniser fails on.

It recognised a Markdown article with its marks, so a link's address was an organisation
the reader never marks ("example.org"), and a recogniser raising on one text lost the index
of every other. Invented articles, real TinyDB files."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplotui.ingest.importer import import_paths
from diplotui.library.query import LibraryQuery, build_entity_index
from diplotui.store import Store

from ..finder_bug import recogniser_raises_on

MARKDOWN = (
    "# Talks in Hanoi\n\nThe [statement](https://example.org/News/Asean_Forum) was read by "
    "**Bui Thanh Son**, and [Wang Yi](https://example.org/People/Wang_Yi) answered.\n"
)
PLAIN = "Visit to Geneva\n\nForeign Minister Bui Thanh Son flew to Geneva, a success.\n"


def _library(tmp_path: Path) -> Path:
    news = tmp_path / "news"
    news.mkdir()
    (news / "talks.md").write_text(MARKDOWN, encoding="utf-8")
    (news / "visit.txt").write_text(PLAIN, encoding="utf-8")
    path = tmp_path / "library.json"
    with Store.open(path) as store:
        import_paths(store, [news])
    return path


def _titles(store: Store, entity: str) -> list[str]:
    found = LibraryQuery(entity=entity, sort="title").apply(store)  # no lookup given
    return [article.title for article in found]


def test_a_markdown_articles_link_address_is_no_entity_of_the_index(tmp_path: Path) -> None:
    with Store.open(_library(tmp_path), read_only=True) as store:
        names = {name for _key, name, _type, _count in build_entity_index(store).entities()}
        assert {"Bui Thanh Son", "Wang Yi"} <= names
        assert not any("example.org" in name for name in names), names
        assert _titles(store, "example.org") == []
        assert _titles(store, "Wang Yi") == ["Talks in Hanoi"]


def test_a_text_the_recogniser_fails_on_leaves_the_index_of_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _library(tmp_path)
    for cached in path.parent.glob("library.json.cache/*.json"):
        cached.unlink()  # the import's: recognised again
    recogniser_raises_on(monkeypatch, "a success")
    with Store.open(path, read_only=True) as store:
        assert _titles(store, "Bui Thanh Son") == ["Talks in Hanoi"]
