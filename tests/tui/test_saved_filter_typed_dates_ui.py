"""A saved filter's dates typed as words ("last week", "July") are read again each time it
is opened: saved as the days they named that day, a folder "since last week" kept listing
the week it was saved in, every week after."""

from __future__ import annotations

from dataclasses import replace

from textual.widgets import Input

from diplotui.library.query import LibraryQuery, read_dates
from diplotui.library.view import describe
from diplotui.model import SavedFilter
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.article_list import ArticleList

from .helpers import settle, settle_start_up, type_text


async def test_a_folder_saved_since_last_week_asks_for_last_week_when_opened(
    seeded_store: Store,
) -> None:
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("f")
        await settle(app, pilot)
        app.screen.query_one("#filter-since", Input).focus()
        await type_text(pilot, "last week")
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("F")
        await settle(app, pilot)
        await type_text(pilot, "Last week")
        await pilot.press("enter")
        await settle(app, pilot)
    [saved] = seeded_store.saved_filters()
    assert saved.query["since_typed"] == "last week"
    today = read_dates("last week", "").since
    assert saved.query["since"] == today
    # a month later: the days stored are those of the week it was saved in
    seeded_store.save_filter(SavedFilter(saved.name, {**saved.query, "since": "2020-01-06"}))
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        listing = app.screen.query_one(ArticleList)
        await pilot.press("g")  # the saved filter's row
        await settle(app, pilot)
        assert listing.current_folder == "Last week"
        await pilot.press("enter")
        await settle(app, pilot)
        applied = app.screen.library_actions.query
        await pilot.press("f")
        await settle(app, pilot)
        shown = app.screen.query_one("#filter-since", Input).value
    assert applied.since == today
    assert shown == "last week"
    assert describe(applied) == f"{today}–… (since last week)"


def test_a_saved_filter_of_iso_days_keeps_them_and_words_unread_are_refused() -> None:
    kept = LibraryQuery.from_dict({"since": "2025-07", "until": "2025-07-31"})
    assert (kept.since, kept.until, kept.since_typed) == ("2025-07", "2025-07-31", "")
    assert describe(kept) == "2025-07–2025-07-31"
    read = LibraryQuery.from_dict({"since": "2020-07-01", "since_typed": "July"})
    assert read.since == read_dates("July", "").since
    cleared = replace(read, since="")  # no date asked: the words typed ask none either
    assert LibraryQuery.from_dict(cleared.to_dict()).since == ""
    try:
        LibraryQuery.from_dict({"since": "2020-07-01", "since_typed": "Julyy"})
    except ValueError as error:
        assert "Julyy" in str(error)
    else:
        raise AssertionError("words no date is read in were taken")
