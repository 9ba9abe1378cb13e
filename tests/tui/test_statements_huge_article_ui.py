"""The Statements view over one huge article: the worker that indexes its statements must
not stop the UI. Over an 8 MB article of 185,000 statements, ``W`` took 9 s to list them
and froze the UI for up to 1.5 s at a time meanwhile: the full collections the index's
growth set off stopped every thread (the rows are no cycles), and the collection after a
pause visits every object made during it; and the cache's row of the article, read by one
``json.loads``, held the interpreter lock for a second (tests/unit/test_text_cache_rows.py)."""

from __future__ import annotations

import gc
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Label, OptionList

from diplotui.library.entity_cache import EntityCache
from diplotui.library.statement_cache import FoundStatements, StatementCache
from diplotui.library.statements import StatementIndex
from diplotui.model import Article
from diplotui.store import Store, text_hash
from diplotui.tui.app import DiplotuiApp

from .helpers import settle, until_bound

TITLE = "Many said things"
PARAGRAPH = "Penny Wong said trade ties mattered. Wang Yi said peace talks mattered.\n\n"
COPIES = 15_000  # two statements each


def huge_library(path: Path) -> Store:
    """A store holding one article of ``COPIES`` paragraphs, its statements cached (found in
    one paragraph, the same at each copy's offsets, with their decisions), and its entities
    too (one paragraph's, each mention counted ``COPIES`` times). Cached without decisions,
    the statements were read as a stale row and found again, and the entities were
    recognised: ~8 s of a helper process's CPU that the test's wait for the app's workers
    waited for, past its bound on a loaded machine, though the index is its point."""
    store = Store.open(path)
    head = f"{TITLE}\n\n"
    text = head + PARAGRAPH * COPIES
    digest = text_hash(text)
    article = Article(id=store.new_article_id(digest), title=TITLE, text_hash="", date="2030-01-01")
    article = store.add_article(article, text)
    cache = StatementCache.load(store)
    one = head + PARAGRAPH
    probe = Article(id="probe", title=TITLE, text_hash=text_hash(one))
    cache.add_text(one, cache.key(probe), TITLE)
    found = cache.found(probe)
    assert len(found) == 2 and isinstance(found, FoundStatements) and found.said is not None
    shifts = range(0, COPIES * len(PARAGRAPH), len(PARAGRAPH))
    shifted = [
        replace(statement, start=statement.start + shift, end=statement.end + shift)
        for shift in shifts
        for statement in found
    ]
    # each with its decision, as the finder keeps them: a row without one is found again
    decisions = [
        decision._replace(start=decision.start + shift, end=decision.end + shift)
        for shift in shifts
        for decision in found.said
    ]
    cache.put(cache.key(article), FoundStatements(shifted, decisions))
    cache.save()
    entities = EntityCache.load(store)
    entities.put(
        entities.key(article),
        [
            (key, kind, {spelling: n * COPIES for spelling, n in spellings.items()})
            for key, kind, spellings in entities.compute(one, TITLE)
        ],
    )
    entities.save()
    # read back as current: a row taken for stale is found again by a helper, unseen
    assert not StatementCache.load(store).missing([article])
    assert not EntityCache.load(store).missing([article])
    return store


async def test_a_huge_articles_statements_are_indexed_with_collection_paused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = huge_library(tmp_path / "lib.json")
    collecting: list[bool] = []  # whether collection was on while each index was built
    build = StatementIndex.build.__func__  # type: ignore[attr-defined]

    def watched(cls: type[StatementIndex], *args: Any) -> StatementIndex:
        collecting.append(gc.isenabled())
        index: StatementIndex = build(cls, *args)
        collecting.append(gc.isenabled())
        return index

    monkeypatch.setattr(StatementIndex, "build", classmethod(watched))
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        state = app.screen.statement_actions.state  # type: ignore[attr-defined]
        await pilot.press("W")
        for _ in until_bound():
            await settle(app, pilot)
            if state.index is not None:
                break
        await pilot.pause()
        title = str(app.screen.query_one("#statements-title", Label).content)
        assert title.startswith(f"Statements · {2 * COPIES:,} of {2 * COPIES:,}")
        assert app.screen.query_one("#statements-list", OptionList).option_count
        assert collecting and not any(collecting)
    store.close()
