"""Every dialog stays usable in a small terminal (40x12): the focused field, and the key line,
are in view (what does not fit scrolls, the field taking the focus scrolled to), and escape
and enter still work. At 40x12 most dialogs had their fields and keys below the edge."""

from __future__ import annotations

import pytest
from textual.app import App
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Input, Label, OptionList, TextArea
from textual.widgets._toast import Toast, ToastHolder

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.dialog import UnsavedEditScreen
from diplotui.tui.dialogs.feed_add import FeedAddScreen
from diplotui.tui.dialogs.statements import StatementsScreen
from diplotui.tui.screens.main import MainScreen

from .helpers import settle, settle_start_up, type_text

SMALL = (40, 12)
DIALOGS: dict[str, tuple[str, ...]] = {  # the keys that open each, from the list
    "tags": ("t",),
    "untag": ("t", "a", "enter", "T"),
    "details": ("i",),
    "export": ("x",),
    "import": ("I",),
    "quote history": ("Q",),
    "filter": ("f",),
    "save filter": ("f", "tab", "tab", "w", "o", "r", "l", "d", "enter", "F"),
    "note": ("enter", "n"),
    "highlight tag": ("enter", "1", "number_sign"),
    "entity correction": ("enter", "greater_than_sign", "E"),
    "speaker correction": ("enter", "s", "P"),
    "delete": ("D",),
    "feed add": ("A",),
    "help": ("question_mark",),
    "statements": ("W",),
    "timeline": ("enter", "greater_than_sign", "greater_than_sign", "L"),  # a person: Tran Cam Tu
    "unsaved note": ("enter", "n", "x", "escape"),
}


def _in_view(widget: Widget) -> bool:
    """Whether all of ``widget`` is drawn (not scrolled or cut off by the screen's edge)."""
    geometry = widget.screen.find_widget(widget)
    return bool(geometry.region) and geometry.clip.contains_region(geometry.region)


async def _opened(app: App[object], pilot: Pilot[object], keys: tuple[str, ...]) -> None:
    await settle_start_up(app, pilot)
    for key in keys:
        await pilot.press(key)
        await settle(app, pilot)
    await pilot.pause(0.1)  # the first layout's scroll to the focus, then to the title


@pytest.mark.parametrize("name", DIALOGS)
async def test_each_dialog_shows_its_focused_field_and_keys_and_closes(
    seeded_store: Store, name: str
):
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=SMALL) as pilot:
        await _opened(app, pilot, DIALOGS[name])
        dialog = app.screen
        assert not isinstance(dialog, MainScreen), f"{name} did not open"
        titles = [w for w in dialog.query(".dialog-title") if isinstance(w, Widget)]
        assert all(_in_view(title) for title in titles), f"{name}: its title is scrolled away"
        for key_line in dialog.query(".dialog-help"):
            if key_line.display:  # a key line for another width is not drawn
                assert _in_view(key_line), f"{name}: its keys are out of view"
        for _field in range(4):  # the focus moves through the fields, each scrolled to
            focused = dialog.focused
            assert focused is not None and _in_view(focused), f"{name}: {focused} out of view"
            if isinstance(dialog, UnsavedEditScreen):
                break
            await pilot.press("tab")
            await settle(app, pilot)
        await pilot.press("d" if isinstance(dialog, UnsavedEditScreen) else "escape")
        await settle(app, pilot)
        assert isinstance(app.screen, MainScreen), f"{name}: escape left {app.screen}"


async def test_enter_applies_a_filter_typed_in_a_small_terminal(seeded_store: Store):
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=SMALL) as pilot:
        await _opened(app, pilot, ("f", "tab", "tab"))
        assert _in_view(app.screen.focused)  # the source field, below the first ones
        await type_text(pilot, "world")
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, MainScreen)
        assert app.screen.library_actions.query.source == "world"


async def test_a_failure_said_under_the_fields_is_in_view_and_typing_shows_the_field(
    seeded_store: Store,
):
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=SMALL) as pilot:
        await _opened(app, pilot, ("A", "enter"))  # no address typed
        assert isinstance(app.screen, FeedAddScreen)
        status = app.screen.query_one("#feed-status", Label)
        assert "Type the address" in str(status.render()) and _in_view(status)
        await type_text(pilot, "h")
        await settle(app, pilot)
        assert app.screen.focused is not None and _in_view(app.screen.focused)


async def test_y_confirms_a_deletion_in_a_small_terminal(seeded_store: Store):
    before = len(seeded_store.articles())
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=SMALL) as pilot:
        await _opened(app, pilot, ("D",))
        assert _in_view(app.screen.query_one("#confirm-yes"))
        await pilot.press("y")  # enter is "Cancel": the question opens on it
        await settle(app, pilot)
        assert isinstance(app.screen, MainScreen)
    assert len(seeded_store.articles()) == before - 1


async def test_the_statements_view_shows_rows_enough_to_read_in_a_small_terminal(
    seeded_store: Store,
):
    """At 40x12 the Statements view had two rows for its lists (their borders and a key line
    of four rows took the rest) and four columns for the statements: now seven rows, the
    statements most of the width (the speakers sixteen columns, names whole on two rows) and
    the speakers most of it while they have the focus; a
    statement opens from there. At 80x24 the snapshots are unchanged."""
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=SMALL) as pilot:
        await _opened(app, pilot, ("W",))
        view = app.screen
        assert isinstance(view, StatementsScreen)
        speakers = view.query_one("#statements-speakers", OptionList)
        statements = view.query_one("#statements-list", OptionList)
        assert _in_view(statements) and statements.scrollable_content_region.height >= 7
        # 17, not 20: the speakers' 36% left a name five cells ("Mevl" / "üt"), now 16 at least
        assert statements.scrollable_content_region.width >= 17
        assert speakers.scrollable_content_region.width >= len("Catherine ×21")
        (key_line,) = [line for line in view.query(".dialog-help") if line.display]
        assert key_line.region.height == 1 and _in_view(key_line)
        await pilot.press("tab")  # to the speakers: they take most of the width
        await settle(app, pilot)
        assert view.focused is speakers
        assert speakers.region.width > statements.region.width
        await pilot.press("tab", "enter")  # the first statement, opened
        await settle(app, pilot)
        assert isinstance(app.screen, MainScreen) and app.screen.reader.article_id


FIELDS_OPENED: dict[str, tuple[str, ...]] = {  # each opens with the focus in a field
    **{
        name: DIALOGS[name]
        for name in (
            "tags",
            "details",
            "import",
            "filter",
            "note",
            "highlight tag",
            "speaker correction",
            "feed add",
        )
    },
    "find": ("enter", "slash"),
    "library search": ("slash",),
}


@pytest.mark.parametrize("name", FIELDS_OPENED)
async def test_a_notice_covers_neither_the_focused_field_nor_the_key_line(
    seeded_store: Store, name: str
):
    """A dialog's notices showed at the foot when it had more rows free, over its key line,
    and always at the top, at 40x12 over the field the notice was about ("tag too long"); the
    library's search field, docked at the foot, was covered at the foot. At 80x24 neither
    the field nor the keys are covered (the title bar may be, where no row under it is
    free); at 40x12, where the field leaves no row above it, the key line is, never the
    field."""
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await _opened(app, pilot, FIELDS_OPENED[name])
        for size in ((80, 24), SMALL):
            await pilot.resize_terminal(*size)
            await settle(app, pilot)
            screen = app.screen
            field = screen.focused
            assert isinstance(field, (Input, TextArea)), f"{name}: {field} has the focus"
            app.notify("tag too long (70 characters, at most 64)", markup=False)
            await pilot.pause(0.1)
            toasts = [toast.region for toast in screen.query(Toast)]
            assert toasts, f"{name}: no notice shown"
            keys = [
                line.region
                for line in screen.query(".dialog-help, KeyFooter")
                if line.display and line.region
            ]
            for toast in toasts:
                assert not toast.overlaps(field.region), f"{name} at {size}: over the field"
                if size != SMALL:
                    assert not any(toast.overlaps(k) for k in keys), f"{name}: over the keys"
            app.clear_notifications()
            await screen.query(ToastHolder).remove()  # as it goes when it expires
