"""What the Statements view says of a filter that lists nothing while statements are still
being found: "No speaker's name has the words" showed under "finding statements in 7 more
articles…" for the two minutes a long text took, though the name was in one of them."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from textual.app import App
from textual.widgets import Label, OptionList

from diplotui.library.statements import LibraryStatement, StatementIndex
from diplotui.model import Article, Statement
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.statements import StatementsScreen

from .helpers import START_UP_SECONDS, type_text
from .test_reader_support import add_article

SHORT = "Foreign Minister Anna Lind said on Monday that the border talks would resume."


def _found_so_far() -> list[LibraryStatement]:
    article = Article(id="a001", title="Talks", text_hash="1" * 64, date="2025-11-12")
    statement = Statement(
        start=0,
        end=4,
        text="Calm",
        kind="reported",
        speaker="Penny Wong",
        speaker_key="penny wong",
        speaker_type="PERSON",
        verb_past="said",
    )
    return [LibraryStatement(article, statement)]


async def _why_empty(pending: int, typed: str) -> str:
    app: App[object] = App()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = StatementsScreen(StatementIndex(_found_so_far()), pending=pending)
        await app.push_screen(screen)
        await pilot.pause()
        await type_text(pilot, typed)
        await pilot.pause()
        listing = screen.query_one("#statements-list", OptionList)
        assert listing.option_count == 1
        return str(listing.get_option_at_index(0).prompt)


async def test_a_name_not_found_yet_is_not_said_to_be_no_speakers_while_finding() -> None:
    why = await _why_empty(pending=7, typed="thanh")
    assert "No speaker's name has" not in why, why
    assert why.startswith("No statement matches yet: still finding statements in 7 articles")


async def test_dates_leaving_nothing_yet_are_not_answered_as_final_while_finding() -> None:
    why = await _why_empty(pending=1, typed="since:2026-01")
    assert why.startswith("No statement matches yet: still finding statements in 1 article"), why


async def test_once_everything_is_found_the_name_is_said_to_be_no_speakers() -> None:
    why = await _why_empty(pending=0, typed="thanh")
    assert why.startswith('No speaker\'s name has the words "thanh"'), why


async def test_statements_found_before_a_long_text_are_listed_while_it_is_searched(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The helper answered the short articles within a second of the view's first index, so
    the view, showing what was found every three seconds, waited for the next answer: the
    long text's, two minutes later. Told the same figures again before it, the view lists
    them at once."""
    from diplotui.library.statement_cache import StatementCache

    store = Store.open(store_path)
    short = add_article(store, "Border talks", SHORT, "2025-11-12")
    long = add_article(store, "Long", "The envoy met the delegates.", "2025-11-12")
    long_done = threading.Event()

    def helper(cache: StatementCache, store: Store, articles: list[Article], **kw: Any) -> int:
        progress = kw["progress"]
        cache.fill(store, [short], save=False)
        progress(1, 2)  # the short text's answer
        progress(1, 2)  # before the long one: told again
        long_done.wait(START_UP_SECONDS)
        cache.fill(store, [long], save=False)
        progress(2, 2)
        return 2

    monkeypatch.setattr(StatementCache, "wants_helper", lambda *args: True)
    monkeypatch.setattr(StatementCache, "fill_in_process", helper)
    app = DiplotuiApp(store)
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.press("W")
            title = ""
            for _ in range(100):  # two seconds, under the three the view waits between indexes
                await pilot.pause(0.02)
                if app.screen.query("#statements-title"):
                    title = str(app.screen.query_one("#statements-title", Label).render())
                    if title.startswith("Statements · 1 of 1"):
                        break
            assert title.startswith("Statements · 1 of 1 · newest first · finding"), title
    finally:
        long_done.set()
        store.close()
