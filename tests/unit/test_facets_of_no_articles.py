"""An empty library's facets take a refresh's first arrivals: the dates' column of no article
failed to expand (a zip of its runs with one end too many), and the worker growing the
facets took the app down with a traceback at the first ``R`` (or ``A``) of a library whose
articles had all been deleted."""

from __future__ import annotations

from dataclasses import replace

from diplotui.library import LibraryQuery, MatchContext
from diplotui.library.facets import LibraryFacets, RunColumn
from diplotui.model import Article

ARRIVALS = [
    Article(id=f"{n:012x}", title=f"Talks {n}", text_hash=f"{n:064x}", date=date, source=source)
    for n, (date, source) in enumerate(
        [("2025-07-09", "Wire"), ("", "Wire"), ("2024", "Desk"), ("2025-07-09", "Desk")], 1
    )
]


def test_a_column_of_no_dates_expands_to_none():
    assert RunColumn([]).expanded() == []


def test_arrivals_in_an_empty_library_take_the_places_a_new_build_gives_them():
    grown = LibraryFacets.of([], {}).added(ARRIVALS, {})
    rebuilt = LibraryFacets.of(ARRIVALS, {})
    context = MatchContext(annotation_counts={})
    for sort in ("date", "title", "source", "annotated"):
        for query in (LibraryQuery(), LibraryQuery(source="desk"), LibraryQuery(since="2025")):
            query = replace(query, sort=sort)
            assert grown.select(query, context) == rebuilt.select(query, context), query
