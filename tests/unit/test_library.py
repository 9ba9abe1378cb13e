"""Library queries and search on real stores: filters, sorts, round trips, correctness."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from diplotui.anchoring import new_highlight
from diplotui.library import LibraryQuery, QueryError, SearchIndex, fold
from diplotui.library.generate import generate_library
from diplotui.library.query import build_entity_index
from diplotui.library.search import query_terms, words
from diplotui.model import Article, SavedFilter
from diplotui.store import Store, text_hash

TEXTS = {
    "hanoi": (
        "Vietnam and Laos talks in Hà Nội",
        "Deputy Minister Ngô Lê Văn met the Lao delegation in Hà Nội on people-to-people "
        "diplomacy. ASEAN cooperation was discussed.",
        "World & Vietnam Report",
        "2025-07-18",
        ["asean", "laos"],
    ),
    "danang": (
        "Đà Nẵng hosts APEC forum",
        "Delegates gathered in Đà Nẵng. The forum reviewed trade and the digital economy.",
        "VnExpress International",
        "2024-11",
        ["trade"],
    ),
    "geneva": (
        "UN rights council session",
        "The United Nations Human Rights Council opened its session in Geneva with ASEAN "
        "observers. Vietnamese diplomats spoke.",
        "The Diplomat",
        "2023",
        ["un", "asean"],
    ),
    "undated": (
        "Notes without a date",
        "An unsourced memo about the Mekong.",
        "",
        "",
        [],
    ),
}
ARTICLE_IDS = {key: key.encode().hex()[:12].ljust(12, "0") for key in TEXTS}


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "s.json") as opened:
        for key, (title, body, source, date, tags) in TEXTS.items():
            text = f"{title}\n{body}\n"
            digest = text_hash(text)
            opened.add_article(
                Article(
                    id=ARTICLE_IDS[key],
                    title=title,
                    text_hash=digest,
                    source=source,
                    date=date,
                    tags=list(tags),
                ),
                text,
            )
        yield opened


def ids(store: Store, articles: list[Article]) -> list[str]:
    keys = {article_id: key for key, article_id in ARTICLE_IDS.items()}
    return [keys[a.id] for a in articles]


def run(store: Store, **fields) -> list[str]:
    return ids(store, LibraryQuery(**fields).apply(store))


# -- folding and terms ---------------------------------------------------------------------


def test_fold_and_words():
    assert fold("Hà Nội") == "ha noi"
    assert fold("ĐÀ NẴNG  \n Việt Nam") == "da nang viet nam"
    assert words("People-to-people (diplomacy)!") == " people to people diplomacy"
    assert query_terms('asean "hà nội"  ASEAN') == [" asean", " ha noi"]
    assert query_terms("  -- ") == []


# -- filters and sorts ---------------------------------------------------------------------


def test_default_query_sorts_newest_first_undated_last(store):
    assert run(store) == ["hanoi", "danang", "geneva", "undated"]


def test_text_search_is_word_prefix_diacritic_insensitive_and(store):
    assert run(store, text="ha noi") == ["hanoi"]
    assert run(store, text="hà") == ["hanoi"]
    assert run(store, text="DA NANG") == ["danang"]
    assert run(store, text="asean") == ["hanoi", "geneva"]
    assert run(store, text="asean vietnam") == ["hanoi", "geneva"]
    assert run(store, text="asean lao") == ["hanoi"]
    assert run(store, text="nam") == []  # word starts only: "nam" is not "Vietnam"
    assert run(store, text='"people-to-people diplomacy"') == ["hanoi"]
    assert run(store, text='"diplomacy people"') == []
    assert run(store, text="rights") == ["geneva"]  # title or text


def test_tags_source_and_dates(store):
    assert run(store, tags=["asean"]) == ["hanoi", "geneva"]
    assert run(store, tags=["asean", "un"]) == ["geneva"]
    assert run(store, source="vnexpress") == ["danang"]
    assert run(store, source="world & viet") == ["hanoi"]
    assert run(store, since="2024") == ["hanoi", "danang"]
    assert run(store, since="2024-11-30") == ["hanoi", "danang"]  # "2024-11" covers the 30th
    assert run(store, since="2024-12") == ["hanoi"]
    assert run(store, until="2024-10") == ["geneva"]
    assert run(store, since="2023-06", until="2024-12-31") == ["danang", "geneva"]


def test_annotated_filter_and_sort(store):
    geneva = store.article(ARTICLE_IDS["geneva"])
    text = store.article_text(geneva.id)
    for start in (0, 10):
        store.save_highlight(new_highlight(geneva.id, text, start, start + 5))
    danang = store.article(ARTICLE_IDS["danang"])
    store.save_highlight(new_highlight(danang.id, store.article_text(danang.id), 0, 3))
    assert run(store, annotated=True) == ["danang", "geneva"]
    assert run(store, annotated=False) == ["hanoi", "undated"]
    assert run(store, sort="annotated") == ["geneva", "danang", "hanoi", "undated"]


def test_title_and_source_sorts(store):
    assert run(store, sort="title") == ["danang", "undated", "geneva", "hanoi"]
    assert run(store, sort="source") == ["geneva", "danang", "hanoi", "undated"]


def test_entity_filter_with_a_real_index(store):
    index = build_entity_index(store)
    assert run(store, entity="Ha Noi") == ["hanoi"]
    found = LibraryQuery(entity="Đà Nẵng", tags=["trade"]).apply(store, entities=index)
    assert ids(store, found) == ["danang"]
    assert ids(store, LibraryQuery(entity="Nowhere Land").apply(store, entities=index)) == []


def test_round_trip_through_saved_filter_and_validation(store):
    query = LibraryQuery(text="asean", tags=["un"], since="2023", annotated=False, sort="title")
    store.save_filter(SavedFilter(name="un", query=query.to_dict()))
    (saved,) = store.saved_filters()
    assert LibraryQuery.from_dict(saved.query) == query
    assert LibraryQuery.from_dict({"tags": ["a"], "unknown": 1}).tags == ["a"]
    assert LibraryQuery().is_empty() and not query.is_empty()
    with pytest.raises(QueryError, match="since"):
        LibraryQuery(since="July 2025").validate()
    with pytest.raises(QueryError, match="sort"):
        LibraryQuery.from_dict({"sort": "random"})


# -- the search index ----------------------------------------------------------------------


def test_typing_and_backspacing_match_a_fresh_index(store, tmp_path):
    """Cached results of earlier keystrokes never change what a query finds."""
    index = SearchIndex.build(store)
    assert len(index) == 4
    assert len(index.search("")) == 4
    typed = "asean vietnam"
    steps = [*range(1, len(typed) + 1), *range(len(typed) - 1, 0, -1)]  # type, then backspace
    for end in steps:
        fresh = SearchIndex.build(store)
        assert index.search(typed[:end]) == fresh.search(typed[:end]), typed[:end]
        fresh.close()
    assert index.search("asea") == index.search("asean") and index.search("as")


def test_search_agrees_with_a_naive_scan_on_a_generated_library(tmp_path):
    path = generate_library(tmp_path / "g.json", articles=200, highlights=50, seed=3)
    with Store.open(path, read_only=True) as store:
        assert len(store.articles()) == 200 and len(store.highlights()) == 50
        index = SearchIndex.build(store)
        corpus = {a.id: words(a.title) + words(store.article_text(a.id)) for a in store.articles()}
        rng = random.Random(0)
        vocabulary = sorted({w for text in corpus.values() for w in text.split()})
        for _ in range(40):
            query = " ".join(rng.choice(vocabulary)[: rng.randint(1, 6)] for _ in range(2))
            expected = {
                i for i, text in corpus.items() if all(t in text for t in query_terms(query))
            }
            for most_expected in (True, False):  # the matches listed, or the others listed
                index._expect_most = most_expected
                index._recent.clear()
                found = index.search(query)
                assert set(found) == expected and len(found) == len(expected), query
                assert all(article_id in found for article_id in expected)


def test_search_index_build_stops_when_asked(seeded_store):
    """The app cancels indexing when it quits; a stopped build yields no half index."""
    from diplotui.library import SearchIndex

    assert SearchIndex.build(seeded_store, should_stop=lambda: True) is None
    assert len(SearchIndex.build(seeded_store)) == 2
