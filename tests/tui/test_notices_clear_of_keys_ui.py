"""No notice covers a key line or the line being read, on any screen, at 80x24: the Statements
view's key line was under a copy's or the list's "Filter cleared" notice for its seconds (the
notices sat a row above the foot there), and a dialog's notices went to its foot, over its
keys, when a list of choices opened low in it left more rows free there."""

from __future__ import annotations

from textual.widgets import Input, Label, OptionList
from textual.widgets._toast import Toast

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.statements import StatementsScreen

from .helpers import open_statements_view, settle, settle_start_up
from .test_filter_list_open_keys_ui import with_the_state_list_open


async def test_the_statements_views_notices_leave_its_keys_filter_and_rows(
    seeded_store: Store, clipboard: list[str]
) -> None:
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await open_statements_view(app, pilot)
        screen = app.screen
        assert isinstance(screen, StatementsScreen)
        await pilot.press("enter", "y")  # to the statements; a copy, said
        await settle(app, pilot)
        assert clipboard
        app.notify("Filter cleared: the whole library is listed.", markup=False)
        await pilot.pause(0.1)
        toasts = list(screen.query(Toast))
        assert len(toasts) == 1  # one notice at a time: the newest
        keys = [line.region for line in screen.query(".dialog-help") if line.display]
        listing = screen.query_one("#statements-list", OptionList)
        read = (listing.region, screen.query_one(Input).region)
        for toast in toasts:
            assert not any(toast.region.overlaps(line) for line in keys), "over the key line"
            assert not any(toast.region.overlaps(region) for region in read)


async def test_a_notice_leaves_the_filters_keys_with_a_list_open(seeded_store: Store) -> None:
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await with_the_state_list_open(app, pilot)
        app.notify("Filter cleared: the whole library is listed.", markup=False)
        await pilot.pause(0.1)
        (toast,) = screen.query(Toast)
        key_line = screen.query_one(".dialog-help", Label)
        assert not toast.region.overlaps(key_line.region), "over the key line"
        assert screen.focused is not None
        assert not toast.region.overlaps(screen.focused.region), "over the list open"


async def test_the_views_notice_said_as_w_opens_it_leaves_its_keys(
    seeded_store: Store,
) -> None:
    """The list's filter cleared (escape), then ``W`` within its notice's seconds."""
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("f", "W", "V", "R", "enter")  # tags: none; the filter is applied
        await settle(app, pilot)
        await pilot.press("escape")  # in the list: the filter cleared, said
        await settle(app, pilot)
        await open_statements_view(app, pilot)
        screen = app.screen
        assert isinstance(screen, StatementsScreen)
        said = [str(toast._notification.message) for toast in screen.query(Toast)]
        assert any(message.startswith("Filter cleared") for message in said), said
        keys = [line for line in screen.query(".dialog-help") if line.display]
        for toast in screen.query(Toast):
            assert not any(toast.region.overlaps(line.region) for line in keys)
