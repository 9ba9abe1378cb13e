"""Reading states in the core: old stores, marking, counting and the list's state filter."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplotui.library import LibraryQuery, QueryError
from diplotui.library.reading import ARCHIVED, READ, UNREAD, mark, reading_counts
from diplotui.model import Article
from diplotui.store import Store, text_hash


def _add(store: Store, title: str, state: str = READ) -> Article:
    text = f"{title}\nThe ministers met about {title}.\n"
    article = Article(
        id=store.new_article_id(text_hash(text)), title=title, text_hash="", state=state
    )
    return store.add_article(article, text)


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "library.json") as opened:
        yield opened


def test_a_store_written_before_states_existed_opens_with_every_article_read(tmp_path: Path):
    path = tmp_path / "library.json"
    with Store.open(path) as store:
        article = _add(store, "Old")
    raw = json.loads(path.read_text(encoding="utf-8"))
    for doc in raw["articles"].values():
        del doc["state"]
    path.write_text(json.dumps(raw), encoding="utf-8")
    with Store.open(path) as store:
        assert store.article(article.id).state == READ
        assert reading_counts(store.articles()).unread == 0


def test_an_unknown_state_reads_as_read_and_stays_listed(store: Store):
    odd = _add(store, "Odd", state="pinned")
    assert [a.id for a in LibraryQuery().apply(store)] == [odd.id]
    assert [a.id for a in LibraryQuery(state=READ).apply(store)] == [odd.id]
    assert reading_counts(store.articles()).unread == 0


def test_mark_writes_only_what_changes_and_survives_reopening(tmp_path: Path):
    path = tmp_path / "library.json"
    with Store.open(path) as store:
        new, seen = _add(store, "New", UNREAD), _add(store, "Seen")
        changed = mark(store, [new.id, seen.id, new.id], READ)
        assert [a.id for a in changed] == [new.id]
        assert mark(store, [seen.id], ARCHIVED)[0].state == ARCHIVED
    with Store.open(path) as store:
        assert store.article(new.id).state == READ
        assert store.article(seen.id).state == ARCHIVED
        with pytest.raises(ValueError):
            mark(store, [new.id], "gone")


def test_default_list_hides_archived_unless_searching_or_asked(store: Store):
    unread, read, archived = (
        _add(store, "Alpha", UNREAD),
        _add(store, "Beta"),
        _add(store, "Gamma", ARCHIVED),
    )
    assert {a.id for a in LibraryQuery().apply(store)} == {unread.id, read.id}
    assert [a.id for a in LibraryQuery(state=UNREAD).apply(store)] == [unread.id]
    assert [a.id for a in LibraryQuery(state=ARCHIVED).apply(store)] == [archived.id]
    assert [a.id for a in LibraryQuery(text="gamma").apply(store)] == [archived.id]
    assert LibraryQuery(text="gamma", state=UNREAD).apply(store) == []
    assert not LibraryQuery(state=UNREAD).is_empty()
    counts = reading_counts(store.articles())
    assert (counts.unread, counts.archived) == (1, 1)


def test_an_unknown_state_filter_is_refused():
    with pytest.raises(QueryError, match="unknown state 'new'"):
        LibraryQuery.from_dict({"state": "new"})


def test_saved_filters_count_only_matches_imported_after_their_last_look(store: Store):
    from diplotui.library import MatchContext
    from diplotui.library.watch import new_counts, seen_times
    from diplotui.model import SavedFilter

    old = _add(store, "Old news")
    look = old.imported_at
    newer = _add(store, "Newer news", UNREAD)
    newer.imported_at = "9999-01-01T00:00:00.000+00:00"  # after any look
    filters = [
        SavedFilter("all", {}),
        SavedFilter("unread", {"state": UNREAD}),
        SavedFilter("never opened", {}),
        SavedFilter("broken", {"sort": "sideways"}),
        SavedFilter("waits for its index", {"text": "news"}),
    ]
    seen = seen_times({"all": look, "unread": look, "broken": look, "waits for its index": look})

    def context(query: LibraryQuery) -> MatchContext | None:
        return None if query.text else MatchContext()

    assert new_counts(filters, [old, newer], seen, context) == {"all": 1, "unread": 1}
    assert seen_times(["not", "a", "mapping"]) == {}
    assert seen_times({"all": 3, "ok": look}) == {"ok": look}


def test_counts_with_arrivals_added_equal_a_count_of_the_whole_library():
    def article(n: int, state: str, feed: str) -> Article:
        return Article(id=f"a{n}", title=f"T{n}", text_hash="", state=state, feed_id=feed)

    held = [article(1, UNREAD, "f1"), article(2, READ, "f1"), article(3, ARCHIVED, "")]
    arrivals = [article(4, UNREAD, "f1"), article(5, UNREAD, "f2")]
    before = reading_counts(held)
    assert reading_counts(arrivals, before) == reading_counts(held + arrivals)
    assert before == reading_counts(held), "the counts before are left as they were"
