"""The tag rule the core owns: #Mekong and #mekong are one tag, spelt as first entered."""

from __future__ import annotations

from pathlib import Path

from diplotui.library import LibraryQuery
from diplotui.library.facets import LibraryFacets
from diplotui.model import Article
from diplotui.share.merge import Sides, merge_record
from diplotui.store import Store, text_hash
from diplotui.tags import (
    add_tags,
    distinct_tags,
    has_tag,
    parse_tags,
    remove_tags,
    spelt_as_in_use,
    tag_key,
)


def test_case_and_accent_forms_make_no_second_tag():
    assert tag_key("Mekong") == tag_key("MEKONG") == tag_key("mekong")
    assert tag_key("Hà Nội") == tag_key("HA\u0300 NÔ\u0323I"), "decomposed, in capitals"
    assert tag_key("Straße") == tag_key("STRASSE")
    assert tag_key("mekong") != tag_key("mekong river")
    assert parse_tags(["Mekong, mekong, MEKONG, laos"]) == ["Mekong", "laos"]
    assert add_tags(["Mekong"], ["mekong", "Laos"]) == ["Mekong", "Laos"]
    assert has_tag(["laos", "Mekong"], "MEKONG") and not has_tag(["laos"], "mekong")


def test_a_record_holding_two_spellings_shows_one_and_loses_both_on_removal_only():
    stored = ["MEKONG", "laos", "mekong"]
    assert distinct_tags(stored) == ["MEKONG", "laos"]
    assert add_tags(stored, ["Laos"]) == stored, "adding rewrites no stored spelling"
    assert remove_tags(stored, ["Mekong"]) == ["laos"]


def test_a_tag_typed_takes_the_spelling_in_use():
    assert spelt_as_in_use(["mekong", "new"], ["Mekong", "MEKONG"]) == ["Mekong", "new"]


def _article(store: Store, title: str, tags: list[str]) -> Article:
    text = f"{title}\nText.\n"
    article = Article(id=store.new_article_id(text_hash(text)), title=title, text_hash="")
    return store.with_updates(store.add_article(article, text), tags=tags)


def test_the_store_counts_and_the_facets_filter_one_tag(tmp_path: Path):
    store = Store.open(tmp_path / "s.json")
    first = _article(store, "first", ["Mekong"])
    second = _article(store, "second", ["mekong", "MEKONG"])
    _article(store, "third", ["laos"])
    assert store.tag_counts() == {"Mekong": 2, "laos": 1}
    articles = store.articles()
    facets = LibraryFacets.of(articles, {})
    assert facets.tags() == ["Mekong", "laos"]
    query = LibraryQuery(tags=["MeKong"])
    shown = set(facets.select(query, query.context(store, articles)))
    assert shown == {first.id, second.id}
    assert {a.id for a in query.apply(store)} == shown, "the CLI's path agrees"
    store.close()


def test_a_sync_merge_compares_tags_in_any_spelling():
    sides = Sides("me", "you")
    base = {"tags": ["Mekong", "laos"], "updated_at": "2026-01-01T00:00:00.000+00:00"}
    ours = {"tags": ["Mekong", "laos", "asean"], "updated_at": "2026-01-02T00:00:00.000+00:00"}
    theirs = {"tags": ["mekong"], "updated_at": "2026-01-03T00:00:00.000+00:00"}  # laos gone
    merged = merge_record(base, ours, theirs, sides)
    assert merged is not None and merged["tags"] == ["Mekong", "asean"]
