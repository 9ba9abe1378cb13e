"""A notification's last line is on the screen: the toasts' rack measured them at its full
width, then laid them out a scrollbar's column narrower, where a message of about a toast's
width wrapped once more and its last row fell under the footer of keys ("Saved the note on
“Việt Nam has sufficient legal" and nothing after, at 120x40). The toasts sit at the top, over
the title bar and the panes' top edges: on the footer's row they hid the keys for their
seconds, and one row higher the reader's bottom edge, where it names the speaker of the
statement being read. Below 110 columns, where a toast takes the whole width, they sit under
the title bar: over it, a copy's notice hid the library's unread count. A notice said again
while it shows takes the place of the one shown: ``o`` pressed three times stacked three
toasts of the same words."""

from __future__ import annotations

import pytest
from textual.app import App
from textual.widgets._toast import Toast

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.reader import Reader

from .helpers import settle, settle_start_up

MESSAGES = [
    "Saved the note on “Việt Nam has sufficient legal basis…”.",
    "Archived: “Viet Nam demands respect for its sovereignty in…”. ctrl+z brings it back; "
    "a search (/) still finds it.",
]


def above_the_panes_rows(app: App[object], toast: Toast) -> bool:
    """Whether ``toast`` is over the title bar and the panes' top edges only (on a narrow
    screen, where it takes the whole width, the edges alone: the title bar's unread count
    stays in view): clear of the footer's keys, of every row of the list and the reader (the
    line being read among them) and of their bottom edges, where the reader names the
    speaker being read."""
    reader = app.screen.query_one(Reader)
    top = 1 if app.screen.has_class("-narrow") else 0
    return toast.region.y == top and toast.region.bottom <= reader.content_region.y


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_a_toast_is_whole_over_the_title_bar_clear_of_the_keys(
    seeded_store: Store, size: tuple[int, int]
):
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=size, notifications=True) as pilot:
        await settle_start_up(app, pilot)
        (footer,) = app.screen.query("KeyFooter")
        for message in MESSAGES:
            app.clear_notifications()
            app.notify(message, markup=False)
            await pilot.pause()
            await pilot.pause()
            (toast,) = app.screen.query(Toast)
            assert above_the_panes_rows(app, toast), message
            assert not toast.region.overlaps(footer.region), message
            shown = "".join(strip.text for strip in toast.render_lines(toast.region.reset_offset))
            assert shown.replace("▌", " ").split() == message.split()  # its last words too


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_a_one_line_notice_leaves_the_speaker_label_in_sight(
    seeded_store: Store, size: tuple[int, int]
) -> None:
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=size, notifications=True) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("enter", "s", "c")  # to a statement, then a notice of one line
        await settle(app, pilot)
        reader = app.screen.query_one(Reader)
        assert reader.border_subtitle  # the speaker's label, on the reader's bottom edge
        (toast,) = app.screen.query(Toast)
        assert str(toast._notification.message).startswith("Citation style:")
        assert toast.region.height == 1
        assert above_the_panes_rows(app, toast)


async def test_a_notice_said_again_while_shown_is_not_stacked(seeded_store: Store) -> None:
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("enter", "tab", "o", "o", "o")
        await settle(app, pilot)
        said = [str(toast._notification.message) for toast in app.screen.query(Toast)]
        assert said == ["o sorts the list: tab goes to it, or ctrl+p runs Sort here."]


async def test_a_later_key_s_notice_takes_the_place_of_an_earlier_one(
    seeded_store: Store, clipboard: list[str]
) -> None:
    """A copy's notice and then a highlight's stacked two toasts, the copy's over the
    reader's bottom edge and its speaker label (in tmux, its three rows over the reader's
    last lines of text and the cursor) for its seconds: the latest key's notice is what is
    shown. A warning it displaces waits, said to come, and is shown once that one goes."""
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("enter", "s", "s", "s")
        await settle(app, pilot)
        app.clear_notifications()
        app.notify("The disk is nearly full.", severity="warning")
        await pilot.press("y")
        await settle(app, pilot)
        await pilot.press("h")
        await settle(app, pilot)
        toasts = list(app.screen.query(Toast))
        said = [str(toast._notification.message) for toast in toasts]
        assert len(said) == 1 and said[0].startswith("Highlighted “"), said
        assert said[0].endswith("key statement. (1 more to come)"), said
        assert clipboard, "copied"
        await pilot.click(Toast)  # a click takes a notice away, as its time running out does
        await settle(app, pilot)
        said = [str(toast._notification.message) for toast in app.screen.query(Toast)]
        assert said == ["The disk is nearly full."]
        app.clear_notifications()
        await pilot.press("y")
        await settle(app, pilot)
        await pilot.press("j")  # a key saying nothing leaves the copy's notice
        await settle(app, pilot)
        await pilot.press("h")
        await settle(app, pilot)
        toasts = list(app.screen.query(Toast))
        assert [str(t._notification.message)[:13] for t in toasts] == ["Highlighted “"]
        assert all(above_the_panes_rows(app, toast) for toast in toasts)


async def test_a_highlight_s_notice_takes_one_row_at_120_columns(seeded_store: Store) -> None:
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("enter", "s", "h")
        await settle(app, pilot)
        (toast,) = app.screen.query(Toast)
        assert str(toast._notification.message).startswith("Highlighted “")
        assert toast.region.height == 1  # Textual's 60 columns wrapped it over the reader
        assert above_the_panes_rows(app, toast)


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_a_highlight_s_and_a_copy_s_notice_leave_the_speaker_label_in_sight(
    seeded_store: Store, size: tuple[int, int], clipboard: list[str]
) -> None:
    """At 80 columns the notice was 60 wide: "Highlighted “…six words…”: key statement."
    took two rows, a copy's ("Tran Cam Tu affirmed that … (plain) copied to the system
    clipboard") two at 120 as well, and the second row hid the speaker's label."""
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=size, notifications=True) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("enter", "s", "s", "s")
        await settle(app, pilot)
        reader = app.screen.query_one(Reader)
        label = reader.border_subtitle
        assert label  # the speaker's label, on the reader's bottom edge
        for key, start in (("h", "Highlighted “"), ("y", "")):
            app.clear_notifications()
            await pilot.press(key)
            await settle(app, pilot)
            (toast,) = app.screen.query(Toast)
            said = str(toast._notification.message)
            assert said.startswith(start) and "…" in said, said  # the passage named, cut
            assert toast.region.height == 1, said
            assert above_the_panes_rows(app, toast), said
            assert reader.border_subtitle == label
        assert clipboard, "the copy went to the (faked) clipboard"
        assert "copied to the system clipboard" in said
