"""The library's facets answer every filter and sort exactly as LibraryQuery does, and stay
right when one article's tags or highlights change."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import pytest

from diplotui.library import LibraryQuery, MatchContext
from diplotui.library.facets import LibraryFacets, RunColumn, ShownIds, SingleColumn
from diplotui.library.generate import generate_library
from diplotui.library.search import AllBut
from diplotui.model import Article
from diplotui.store import Store

FILTERS = [
    LibraryQuery(),
    LibraryQuery(tags=["asean"]),
    LibraryQuery(tags=["asean", "laos"]),
    LibraryQuery(tags=["no such tag"]),
    LibraryQuery(source="vnexpress"),
    LibraryQuery(source="nhan dan"),  # folded: "Nhân Dân"
    LibraryQuery(since="2020-01", until="2021-06"),
    LibraryQuery(since="2024"),
    LibraryQuery(until="2016-02-10"),
    LibraryQuery(annotated=True),
    LibraryQuery(annotated=False),
    LibraryQuery(tags=["asean"], since="2024", annotated=True, source="the"),
]


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Article], dict[str, int]]:
    """400 generated articles (many equal titles: ties), some undated or oddly dated."""
    path = generate_library(tmp_path_factory.mktemp("facets") / "lib.json", 400, 300, seed=3)
    with Store.open(path, read_only=True) as store:
        articles = [replace(a, tags=list(a.tags)) for a in store.articles()]
        counts = store.highlight_counts()
    for article, date in zip(
        articles, ["", "2025", "2025-07", "garbage", "", "2019"], strict=False
    ):
        article.date = date
    return articles, counts


def expected(query: LibraryQuery, articles: list[Article], ctx: MatchContext) -> list[str]:
    return [a.id for a in query.select(query.sorted(articles, ctx), ctx)]


@pytest.mark.parametrize("sort", ["date", "title", "source", "annotated"])
@pytest.mark.parametrize("query", FILTERS, ids=lambda q: repr(q.to_dict()))
def test_facets_answer_as_the_query_does(library, query: LibraryQuery, sort: str) -> None:
    articles, counts = library
    facets = LibraryFacets.of(articles, counts)
    query = replace(query, sort=sort)
    ctx = MatchContext(annotation_counts=counts)
    assert facets.select(query, ctx) == expected(query, articles, ctx)


def test_search_answers_narrow_the_facets_both_ways(library) -> None:
    articles, counts = library
    facets = LibraryFacets.of(articles, counts)
    ids = [a.id for a in articles]
    listed = set(ids[::7])
    most = AllBut(frozenset(ids[1:]), frozenset(ids[::5]), frozenset([ids[0], "not-in-store"]))
    for found in (listed, most):
        ctx = MatchContext(annotation_counts=counts, text_ids=found)
        query = LibraryQuery(text="x", sort="title", tags=["asean"])
        assert facets.select(query, ctx) == expected(query, articles, ctx)
    assert ids[0] in facets.select(LibraryQuery(text="x"), MatchContext(text_ids=most))
    assert ids[5] not in facets.select(LibraryQuery(text="x"), MatchContext(text_ids=most))


def test_a_changed_tag_or_highlight_count_is_taken_in_place(library) -> None:
    articles, counts = library
    articles = [replace(a, tags=list(a.tags)) for a in articles]
    counts = dict(counts)
    facets = LibraryFacets.of(articles, counts)
    rng = random.Random(5)
    for article in rng.sample(articles, 40):
        article.tags = rng.sample(["asean", "laos", "fresh tag"], rng.randint(0, 2))
        counts[article.id] = rng.randint(0, 4)
        assert facets.update(article, counts[article.id])
    for sort in ("date", "annotated", "title"):
        for query in [*FILTERS, LibraryQuery(tags=["fresh tag"])]:
            query = replace(query, sort=sort)
            ctx = MatchContext(annotation_counts=counts)
            assert facets.select(query, ctx) == expected(query, articles, ctx)


def test_a_tag_filtered_by_again_follows_the_tags_changed_since(library) -> None:
    """A tag's mask is kept between filters: a tag added or removed meanwhile must show."""
    articles, counts = library
    articles = [replace(a, tags=list(a.tags)) for a in articles]
    facets = LibraryFacets.of(articles, counts)
    ctx = MatchContext(annotation_counts=counts)
    query = LibraryQuery(tags=["asean"])
    assert facets.select(query, ctx) == expected(query, articles, ctx)
    holder = next(a for a in articles if "asean" in a.tags)
    other = next(a for a in articles if "asean" not in a.tags)
    holder.tags.remove("asean")
    other.tags.append("asean")
    for article in (holder, other):
        assert facets.update(article, counts.get(article.id, 0))
    shown = facets.select(query, ctx)
    assert shown == expected(query, articles, ctx)
    assert other.id in shown and holder.id not in shown


@pytest.mark.parametrize("sort", ["date", "title"])
def test_shown_ids_answer_as_the_list_of_them(library, monkeypatch, sort: str) -> None:
    """Read from the mask in blocks (8 ids here, to cross many), every answer is the list's."""
    monkeypatch.setattr(ShownIds, "BLOCK", 8)
    articles, counts = library
    facets = LibraryFacets.of(articles, counts)
    ctx = MatchContext(annotation_counts=counts)
    query = LibraryQuery(tags=["asean"], sort=sort)
    shown = facets.select(query, ctx)
    listed = expected(query, articles, ctx)
    assert isinstance(shown, ShownIds) and 8 < len(listed) < len(articles)
    assert len(shown) == len(listed)
    for index in [*range(len(listed)), 3, 0, -1, -len(listed)]:  # back and forth
        assert shown[index] == listed[index]
    for index, article_id in enumerate(listed):
        assert article_id in shown and shown.index(article_id) == index
    left_out = [a.id for a in articles if a.id not in listed]
    assert not any(article_id in shown for article_id in [*left_out, "not an id", None])
    with pytest.raises(ValueError):
        shown.index(left_out[0])
    with pytest.raises(IndexError):
        shown[len(listed)]
    assert shown[2:5] == listed[2:5] and list(shown) == listed and shown == listed


def test_a_list_on_screen_is_not_changed_under_it(library) -> None:
    articles, counts = library
    facets = LibraryFacets.of(articles, dict(counts))
    shown = facets.select(LibraryQuery(sort="annotated"), MatchContext())
    copy = list(shown)
    last = next(a for a in reversed(articles) if a.id == shown[-1])
    assert facets.update(last, 99)
    assert shown == copy
    assert facets.select(LibraryQuery(sort="annotated"), MatchContext())[0] == last.id


def test_a_new_title_date_or_source_or_a_new_article_asks_for_a_rebuild(library) -> None:
    articles, counts = library
    facets = LibraryFacets.of(articles, counts)
    article = articles[10]
    assert not facets.update(replace(article, title=article.title + " (updated)"), 0)
    assert not facets.update(replace(article, date="1999-01-01"), 0)
    assert not facets.update(replace(article, source="Elsewhere"), 0)
    assert not facets.update(replace(article, id="f" * 12), 0)
    assert facets.update(replace(article, note="a note"), counts.get(article.id, 0))


def test_a_column_with_many_values_keeps_working(tmp_path: Path) -> None:
    """Beyond 256 distinct values a column's codes no longer fit one byte each."""
    column = SingleColumn(f"source {n % 300}" for n in range(900))
    column.set(5, "one more")
    mask = column.mask(lambda value: value in {"source 299", "one more"})
    assert [i for i, kept in enumerate(mask) if kept] == [5, 299, 599, 899]
    small = SingleColumn(["a", "b"] * 3)
    for n in range(300):
        small.set(n % 6, f"value {n}")
    assert small.value(5) == "value 299"
    dates = RunColumn(["2025", "2025", "2024", "", ""])
    assert dates.mask(bool) == b"\1\1\1\0\0"
    assert dates.value(2) == "2024" and dates.value(4) == ""


def test_tags_and_sources_offered_follow_the_changes(library) -> None:
    articles, counts = library
    articles = [replace(a, tags=list(a.tags)) for a in articles]
    facets = LibraryFacets.of(articles, counts, highlight_tags=["on a highlight"])
    assert facets.tags() == sorted({t for a in articles for t in a.tags} | {"on a highlight"})
    assert facets.sources() == sorted({a.source for a in articles if a.source}, key=str.casefold)
    holders = [a for a in articles if "un" in a.tags]
    assert holders
    for article in holders:
        article.tags = [t for t in article.tags if t != "un"]
        assert facets.update(article, counts.get(article.id, 0))
    articles[0].tags = [*articles[0].tags, "brand new"]
    assert facets.update(articles[0], counts.get(articles[0].id, 0))
    assert "un" not in facets.tags() and "brand new" in facets.tags()


def test_a_search_every_article_matches_lists_them_all_in_order(library) -> None:
    articles, counts = library
    facets = LibraryFacets.of(articles, counts)
    every = AllBut(frozenset(a.id for a in articles), frozenset(), frozenset())
    for sort in ("date", "title"):
        query = LibraryQuery(text="x", sort=sort)
        ctx = MatchContext(text_ids=every, annotation_counts=counts)
        assert facets.select(query, ctx) == expected(query, articles, ctx)
        assert len(facets.select(query, ctx)) == len(articles)


def test_articles_added_take_the_places_a_new_build_gives_them(library) -> None:
    """A refresh's arrivals put into the facets answer every filter and sort as facets built
    afresh over all the articles; the facets a list shows are left as they were."""
    articles, counts = library
    rng = random.Random(15)
    arriving = {a.id for a in rng.sample(articles, 60)}
    arrivals = [replace(a, tags=list(a.tags)) for a in articles if a.id in arriving]
    held = [a for a in articles if a.id not in arriving]
    for n, article in enumerate(arrivals[:20]):  # ties with held ones, and a fresh source
        twin = held[n * 7]
        article.date, article.title = twin.date, twin.title
        article.source = "A New Wire" if n % 2 else article.source
    before = LibraryFacets.of(held, counts)
    shown = before.select(LibraryQuery(), MatchContext(annotation_counts=counts))
    pauses: list[int] = []  # where the thread growing them lets a key's frame go first
    grown = before.added(arrivals[:30], counts, pause=lambda: pauses.append(1))
    # every 16 arrivals while placing them (then after) and in each of 3 orders (then after),
    # and between the 4 groups of columns copied
    assert len(pauses) >= 2 + 4 + 3 * 2
    grown = grown.added([*arrivals[25:], held[0]], counts)
    rebuilt = LibraryFacets.of(held + arrivals, counts)
    for sort in ("date", "title", "source", "annotated"):
        for query in [*FILTERS, LibraryQuery(source="a new wire")]:
            query = replace(query, sort=sort)
            ctx = MatchContext(annotation_counts=counts)
            assert grown.select(query, ctx) == rebuilt.select(query, ctx), query
    assert before.select(LibraryQuery(), MatchContext(annotation_counts=counts)) == shown
    assert before.added([held[0]], counts) is before


def test_articles_removed_leave_the_facets_a_new_build_gives(library) -> None:
    """Deleted articles (or ones whose title changed, taken out to be put back) taken out of
    the facets answer every filter and sort as facets built afresh without them; hidden ones
    are left out of every answer at once; the facets a list shows are left as they were."""
    articles, counts = library
    rng = random.Random(16)
    leaving = {a.id for a in rng.sample(articles, 40)} | {articles[0].id, articles[-1].id}
    staying = [a for a in articles if a.id not in leaving]
    before = LibraryFacets.of(articles, counts)
    shown = before.select(LibraryQuery(), MatchContext(annotation_counts=counts))
    trimmed = before.removed([*leaving, "not-held"])
    hiding = LibraryFacets.of(articles, counts)
    hiding.hidden.update(leaving)
    rebuilt = LibraryFacets.of(staying, counts)
    for sort in ("date", "title", "source", "annotated"):
        for query in FILTERS:
            query = replace(query, sort=sort)
            ctx = MatchContext(annotation_counts=counts)
            assert trimmed.select(query, ctx) == rebuilt.select(query, ctx), query
            assert hiding.select(query, ctx) == rebuilt.select(query, ctx), query
    assert trimmed.tags() == rebuilt.tags()
    assert before.select(LibraryQuery(), MatchContext(annotation_counts=counts)) == shown
    assert before.removed(["not-held"]) is before


def test_a_tag_typed_without_its_marks_is_found_as_the_query_finds_it(library) -> None:
    """The list's filter (the facets) and ``list --tag`` agree on "bien dong": #Biển Đông
    and #biển đông both (one spelling of marks, then another, in a library that has both)."""
    articles, counts = library
    articles = [replace(a, tags=list(a.tags)) for a in articles]
    articles[1].tags.append("Biển Đông")
    articles[2].tags.append("Biên Dông")
    articles[3].tags.append("Hạ Long")
    facets = LibraryFacets.of(articles, counts)
    ctx = MatchContext(annotation_counts=counts)
    for tags, found in ((["bien dong"], 2), (["Biển Đông"], 1), (["Hà Long"], 0)):
        query = LibraryQuery(tags=tags)
        assert facets.select(query, ctx) == expected(query, articles, ctx)
        assert len(expected(query, articles, ctx)) == found
