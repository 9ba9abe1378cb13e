"""One notice at a time, and never over what is read or typed.

Seen in tmux (session 56): at 80x24 a highlight's notice and then the session's first copy's
(its advice about tmux's ``set-clipboard`` whole) stacked three rows over the title bar, the
panes' names and the first row of the list and of the reader.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Label, OptionList, Static, TextArea
from textual.widgets._toast import Toast

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.help import HelpScreen
from diplotui.tui.dialogs.note import NoteScreen
from diplotui.tui.dialogs.statements import StatementsScreen
from diplotui.tui.dialogs.timeline import TimelineScreen
from diplotui.tui.widgets.article_list import ArticleList
from diplotui.tui.widgets.reader import Reader
from diplotui.tui.widgets.title_bar import TitleBar

from .feed_article import LEAD, council_open
from .helpers import open_statements_view, settle
from .statements_ui_support import add_article as add_statement_article
from .statements_ui_support import statements_store
from .test_labelled_statement_bar_ui import TWO_SPEAKERS
from .test_notices_two_rows_ui import LONG, in_tmux_without_clipboard
from .test_reader_support import add_article, open_first
from .test_toast_rows import above_the_panes_rows


@asynccontextmanager
async def in_tmux(
    store_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    size: tuple[int, int],
    statements: bool = False,
) -> AsyncIterator[tuple[DiplotuiApp, Pilot[object]]]:
    """The app in tmux with no clipboard tool (a copy's first notice carries tmux's advice:
    two rows at 80 columns, four at 40), on an article with ``statements`` of two speakers
    or on a long sentence of one."""
    in_tmux_without_clipboard(tmp_path, monkeypatch)
    store = statements_store(store_path) if statements else Store.open(store_path)
    if statements:
        add_statement_article(store, TWO_SPEAKERS, "A conference on diplomacy", "2025-12-30")
    else:
        add_article(store, "Talks", f"{LONG} They met in Hanoi.")
    app = DiplotuiApp(store)
    async with app.run_test(size=size, notifications=True) as pilot:
        monkeypatch.setattr(app, "copy_to_clipboard", lambda _text: None)
        yield app, pilot
    store.close()


async def test_a_copy_after_a_highlight_leaves_the_first_rows_in_view_at_80x24(
    store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with in_tmux(store_path, tmp_path, monkeypatch, (80, 24)) as (app, pilot):
        await open_first(app, pilot)
        await pilot.press("j", "h", "y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()
        (toast,) = app.screen.query(Toast)
        assert "sent to the terminal (OSC 52)" in str(toast._notification.message)
        assert above_the_panes_rows(app, toast), toast.region
        assert toast.region.bottom <= app.screen.query_one(ArticleList).content_region.y


async def test_a_copy_s_notice_leaves_the_unread_count_in_view_at_80x24(
    store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 80 columns a notice takes the whole width: over the title bar, the first copy's two
    rows hid "diplotui · 1 unread" for their seconds (newuser58). They sit under it, over
    the panes' names, and the panes give them their second row."""
    async with in_tmux(store_path, tmp_path, monkeypatch, (80, 24)) as (app, pilot):
        await open_first(app, pilot)
        app.screen.query_one(ArticleList).focus()
        await pilot.press("u", "tab", "j", "y")  # the article marked unread again; a copy
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()
        (toast,) = app.screen.query(Toast)
        assert "sent to the terminal (OSC 52)" in str(toast._notification.message)
        title_bar = app.screen.query_one(TitleBar)
        assert str(title_bar.render()).startswith("diplotui · 1 unread — Talks")
        assert not toast.region.overlaps(title_bar.region), toast.region
        assert toast.region.height == 2
        assert toast.region.bottom <= app.screen.query_one(ArticleList).content_region.y


@pytest.mark.parametrize("size", [(120, 40), (80, 24), (40, 12)])
async def test_a_copy_s_notice_leaves_the_statements_views_title_and_count(
    store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    """In tmux the first copy's notice takes two rows: over the view's top edge they hid its
    title and count (the statements found)."""
    async with in_tmux(store_path, tmp_path, monkeypatch, size, statements=True) as (
        app,
        pilot,
    ):
        await open_statements_view(app, pilot)
        screen = app.screen
        assert isinstance(screen, StatementsScreen)
        await pilot.press("enter", "y")  # to the statements; the first copied
        await settle(app, pilot)
        (toast,) = screen.query(Toast)
        assert "sent to the terminal (OSC 52)" in str(toast._notification.message)
        title = screen.query_one("#statements-title", Label)
        assert str(title.render()).startswith("Statements · ")
        kept = [title, screen.query_one(Input), screen.focused]
        kept += [line for line in screen.query(".dialog-help") if line.display]
        for widget in kept:
            assert widget is not None and widget.region.height
            assert not toast.region.overlaps(widget.region), widget


async def test_a_notice_leaves_the_helps_key_line_at_40x12(store_path: Path) -> None:
    store = Store.open(store_path)
    add_article(store, "Talks", f"{LONG} They met in Hanoi.")
    app = DiplotuiApp(store)
    async with app.run_test(size=(40, 12), notifications=True) as pilot:
        await open_first(app, pilot)
        await pilot.press("c", "question_mark")  # "Citation style: …", then the help
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        (toast,) = app.screen.query(Toast)
        assert str(toast._notification.message).startswith("Citation style:")
        keys = app.screen.query_one(".dialog-help", Static)
        assert str(keys.render()) == "esc/q/?: close" and keys.region.height
        assert keys.region.bottom <= app.size.height
        assert not toast.region.overlaps(keys.region)
    store.close()


@pytest.mark.parametrize("size", [(120, 40), (80, 24), (40, 12)])
async def test_a_notice_said_during_R_leaves_its_progress_and_the_panes_rows(
    store_path: Path, size: tuple[int, int]
) -> None:
    """``R``'s progress is on the title bar's right: a notice over the title bar hid it."""
    async with council_open(store_path, size, notifications=True) as (app, pilot, _, _, held):
        held.change(LEAD, LEAD)  # the feed's answer held: the refresh runs until it lands
        await pilot.press("R", "h")  # the article's first sentence highlighted meanwhile
        await pilot.pause()
        await pilot.pause()
        title_bar = app.screen.query_one(TitleBar)
        assert title_bar.progress is not None
        (toast,) = app.screen.query(Toast)
        assert str(toast._notification.message).startswith("Highlighted “")
        assert not toast.region.overlaps(title_bar.region)
        for pane in (app.screen.query_one(ArticleList), app.screen.query_one(Reader)):
            assert toast.region.bottom <= pane.region.y, pane
        await held.land()
        assert title_bar.progress is None


async def test_a_notice_of_four_rows_takes_a_line_of_its_own_at_40x12(
    store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first copy in tmux, its advice whole, takes four rows at 40 columns: over the
    panes it hid the reader's first lines, the one under the cursor among them."""
    async with in_tmux(store_path, tmp_path, monkeypatch, (40, 12)) as (app, pilot):
        await open_first(app, pilot)
        await pilot.press("y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()
        (toast,) = app.screen.query(Toast)
        assert toast.region.height > 2
        assert not toast.region.overlaps(app.screen.query_one(TitleBar).region)
        for pane in (app.screen.query_one(ArticleList), app.screen.query_one(Reader)):
            assert toast.region.bottom <= pane.region.y, pane
        app.clear_notifications()  # the panes have their rows back
        await pilot.pause()
        await pilot.pause()
        assert app.screen.query_one(Reader).region.y == 1


async def test_a_copy_of_four_rows_leaves_the_timelines_entry_and_keys_at_40x12(
    store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The timeline placed its notices for two rows: at 40x12 the first copy's four in tmux
    hid the entry chosen (the one copied)."""
    async with in_tmux(store_path, tmp_path, monkeypatch, (40, 12), statements=True) as (
        app,
        pilot,
    ):
        await settle(app, pilot)
        await open_first(app, pilot)
        await pilot.press("S", "L")  # the last statement's speaker's timeline
        await settle(app, pilot)
        assert isinstance(app.screen, TimelineScreen)
        await pilot.press("y")
        await settle(app, pilot)
        await pilot.pause()
        (toast,) = app.screen.query(Toast)
        assert toast.region.height == 4
        listing = app.screen.query_one("#timeline-list", OptionList)
        assert listing.highlighted is not None
        keys = [line for line in app.screen.query(".dialog-help") if line.display]
        assert keys and not any(toast.region.overlaps(line.region) for line in keys)
        assert toast.region.bottom <= listing.region.y, (toast.region, listing.region)


async def test_a_note_opened_under_a_notice_of_four_rows_leaves_its_text_at_40x12(
    store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with in_tmux(store_path, tmp_path, monkeypatch, (40, 12)) as (app, pilot):
        await open_first(app, pilot)
        await pilot.press("y")
        await app.workers.wait_for_complete()
        await pilot.press("n")
        await pilot.pause()
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, NoteScreen)
        (toast,) = app.screen.query(Toast)
        assert toast.region.height == 4
        kept = [app.screen.query_one(TextArea), app.screen.query_one(".dialog-help", Label)]
        for widget in kept:
            assert widget.region.height and not toast.region.overlaps(widget.region), widget
