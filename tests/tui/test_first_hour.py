"""What a new user met in a first hour with the app, driven by real keys at the sizes they used."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from textual import events
from textual.geometry import Region
from textual.widgets import Input, Label, Select, Static, TextArea
from textual.widgets._select import SelectOverlay
from textual.widgets._toast import Toast

from diplotui.model import Feed, new_id
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.export import ExportScreen
from diplotui.tui.dialogs.filter import FilterScreen
from diplotui.tui.dialogs.help import DrawnOnce, HelpScreen
from diplotui.tui.dialogs.note import NoteScreen
from diplotui.tui.dialogs.timeline import TimelineScreen
from diplotui.tui.widgets.article_list import ArticleList

from .helpers import notices_said, redrawn_whole, screen_cells, type_text
from .screen_cells import text_cells, unreadable
from .test_contrast import PALETTES, THEMES, seeded_app
from .test_reader_support import add_article, open_first, reader_of, sidebar_rows

BODY = (
    "TOKYO - Japan and South Korea agreed on Thursday to resume regular visits. "
    '"We must not let history stand in the way of the future," Lee said.'
)


@pytest.fixture
def one_article(store_path: Path) -> Iterator[Store]:
    """A store holding one short article with a quotation, where most first-hour tests start."""
    store = Store.open(store_path)
    add_article(store, "Japan and South Korea resume shuttle diplomacy", BODY)
    yield store
    store.close()


def _covers(app: DiplotuiApp, region: Region) -> list[str]:
    """The notifications drawn over ``region`` of the screen."""
    toasts = app.screen.query(Toast)
    return [str(toast.render()) for toast in toasts if toast.region.overlaps(region)]


async def test_notifications_leave_a_dialogs_field_and_keys_in_view_at_80x24(
    one_article, clipboard
):
    app = DiplotuiApp(one_article)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await open_first(app, pilot)
        await pilot.press("j", "j", "y")  # "… copied to the system clipboard", then a note
        await app.workers.wait_for_complete()
        assert notices_said(app)[-1].startswith("“We must not let history stand…”")  # Lee's words
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, NoteScreen)
        bottom = "".join(char for char, _style in screen_cells(app)[-1])
        assert bottom.strip() == "", "no 'q Quit' under a note being typed: the reader's keys"
        app.notify("12 new in 5 feeds, 1 failed: UN News: timeout")  # a refresh ends meanwhile
        await pilot.pause()
        await pilot.pause()
        assert len(app.screen.query(Toast)) == 1  # one notice at a time: the newest
        field = app.screen.query_one(TextArea).region
        keys = app.screen.query_one(".dialog-help", Label).region
        assert _covers(app, field) == [] and _covers(app, keys) == []
        await pilot.press("escape")


async def test_a_toast_is_drawn_once_with_a_dialog_open(one_article):
    """A toast shown before a dialog opened is drawn by the dialog, not a second time in the
    screen below seen through its backdrop; closing the dialog leaves the one toast."""

    def drawn(text: str) -> int:
        return sum(text in "".join(char for char, _ in line) for line in screen_cells(app))

    app = DiplotuiApp(one_article)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("u")  # "Marked unread: …"
        await pilot.pause()
        assert drawn("Marked unread") == 1
        await pilot.press("t")  # the tags dialog, over the list
        await pilot.pause()
        await pilot.pause()
        assert type(app.screen).__name__ == "AddTagsScreen"
        assert drawn("Marked unread") == 1
        app.notify("12 new in 5 feeds")  # a refresh ends meanwhile
        await pilot.pause()
        await pilot.pause()
        assert drawn("12 new in 5 feeds") == 1
        await pilot.press("escape")
        await pilot.pause()
        await pilot.pause()
        assert drawn("12 new in 5 feeds") == 1
        assert drawn("Marked unread") == 0  # one notice at a time: the newest


async def test_u_pressed_once_too_often_is_taken_back_by_U_until_a_new_change(store_path):
    store = Store.open(store_path)
    article = add_article(store, "Shuttle diplomacy", BODY)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        await pilot.press("j", "h", "2", "u", "u")
        await pilot.pause()
        assert store.highlights(article.id) == []
        await pilot.press("U")
        await pilot.pause()
        [highlight] = store.highlights(article.id)
        assert highlight.color == "key"
        assert "Redone: highlight “Japan and South Korea agreed on…”." in notices_said(app)
        await pilot.press("U")
        await pilot.pause()
        assert store.highlight(highlight.id).color == "commitment"
        await pilot.press("u", "t")  # undone, then a new change: nothing is left to redo
        await type_text(pilot, "japan")
        await pilot.press("enter", "U")
        await pilot.pause()
        assert store.highlight(highlight.id).color == "key"
        assert store.article(article.id).tags == ["japan"]
        assert "Nothing to redo." in notices_said(app)
    store.close()


async def test_ctrl_y_deletes_again_an_article_whose_deletion_was_undone(store_path):
    store = Store.open(store_path)
    article = add_article(store, "Doomed article", BODY)
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_first(app, pilot)
        await pilot.press("D", "y")
        await pilot.pause()
        library = app.screen.query_one(ArticleList)
        library.focus()
        await pilot.press("ctrl+z")
        await pilot.pause()
        library.select_id(article.id)
        await pilot.press("enter")  # read again, then deleted again
        await pilot.pause()
        assert reader_of(app).article_id == article.id
        await pilot.press("ctrl+y")
        await pilot.pause()
        assert article.id not in {a.id for a in store.articles()}
        assert reader_of(app).article_id is None
        assert article.id not in library.row_ids
        assert "Redone: deletion of “Doomed article”." in notices_said(app)
    store.close()


async def test_a_feed_article_at_80_columns_shows_its_count_its_missing_date_and_its_summary(
    store_path,
):
    store = Store.open(store_path)
    feed = Feed(id=new_id(), url="http://127.0.0.1:8765/feed.xml", name="Mekong Monitor Desk")
    store.save_feed(feed)
    memo = add_article(store, "Japan and South Korea resume shuttle diplomacy", BODY, date="")
    # from a feed whose page gave no article: only the feed's summary is stored
    store.save_article(replace(memo, feed_id=feed.id, state="unread", text_is_summary=True))
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        library = app.screen.query_one(ArticleList)
        lines = [library.render_line(y).text.rstrip() for y in range(library.size.height)]
        # the name is cut for the count, not the count for the name ("· Mekong Monitor -……"),
        # where the room ends: not "· Mekong…", three cells left blank
        assert lines[:2] == ["▾ Feeds  1 unread", "  · Mekong Mo…  1 unread"]
        index = list(library.row_ids).index(memo.id)
        assert lines[len(library.folders) + 3 * index + 2].strip() == "undated"
        library.cursor = len(library.folders) + index
        reader = await open_first(app, pilot)
        assert reader.border_title == "Reader · the feed's summary only (page failed)"
        top = "".join(char for char, _style in screen_cells(app)[reader.region.y])
        assert "summary only (page failed)" in top  # whole at 80 columns
    store.close()


async def test_enter_exports_from_the_first_field_as_the_dialog_says(one_article, tmp_path):
    add_article(one_article, "An older article", "Nothing happened.", date="2029-01-01")
    app = DiplotuiApp(one_article)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_first(app, pilot)
        await pilot.press("x")
        screen = app.screen
        assert isinstance(screen, ExportScreen)
        scope = screen.query_one("#export-scope", Select)
        assert scope.has_focus and scope.value == "open"
        screen.query_one("#export-path", Input).value = str(tmp_path / "brief.md")
        await pilot.press("space", "down", "enter")  # an open list of choices: enter picks
        await pilot.pause()
        assert app.screen is screen and scope.value == "list"
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is not screen
        brief = (tmp_path / "brief.md").read_text(encoding="utf-8")
        assert "Japan and South Korea" in brief and "An older article" in brief
        await pilot.press("x")  # the same file again, and the overwrite declined
        await pilot.pause()
        app.screen.query_one("#export-path", Input).value = str(tmp_path / "brief.md")
        await pilot.press("enter")
        await app.workers.wait_for_complete()  # the writing thread finds the file, then asks
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        reason = app.screen.query_one("#export-error", Label).region
        rows = (await redrawn_whole(app, pilot))[reason.y : reason.bottom]
        shown = " ".join("".join(char for char, _ in row[reason.x : reason.right]) for row in rows)
        # the reason's lines as drawn in its place (where they wrap follows the path's length)
        assert "to be asked again." in " ".join(shown.split()), "the reason, wrapped, not cut"


async def test_quitting_and_coming_back_reopens_the_article_at_the_sentence_left(store_path):
    store = Store.open(store_path)
    paragraphs = "\n".join(f"Paragraph {n} opens here. It ends here." for n in range(1, 60))
    article = add_article(store, "A long read", paragraphs)
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        reader = await open_first(app, pilot)
        await pilot.press(*["J"] * 40, "j")
        left = reader.cursor_span
        assert reader.text[left[0] : left[1]] == "It ends here."
        await pilot.press("q")
    store.close()
    store = Store.open(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        reader = reader_of(app)
        assert reader.article_id == article.id and reader.cursor_span == left
        paragraph = reader.text[: left[0]].count("\n")  # the title is the first line
        shown = [reader.render_line(y).text for y in range(reader.size.height)]
        assert any(f"Paragraph {paragraph} opens here." in line for line in shown)
    store.close()


async def test_a_notification_takes_one_row_per_line_over_the_reader(one_article, clipboard):
    app = DiplotuiApp(one_article)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await open_first(app, pilot)
        await pilot.press("s", "y")  # to the statement at the pane's foot, then copy it
        await app.workers.wait_for_complete()
        await pilot.pause()
        [toast] = app.screen.query(Toast)
        assert "copied to the system clipboard" in str(toast.render())
        assert toast.region.height == toast.content_region.height  # no blank rows around it


async def test_a_pasted_list_in_a_highlights_note_stays_a_list_in_the_sidebar(one_article):
    app = DiplotuiApp(one_article)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        await pilot.press("j", "j", "v", "h", "n")  # the sentence with its quotation
        await pilot.pause()
        pasted = "Follow-up:\n\n- ask the desk about the visits\n- check the January date\n"
        app.post_message(events.Paste(pasted))  # as a terminal delivers a paste
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        [row] = [row for row in sidebar_rows(app) if "✎" in row]
        # Lee's quotation with the reporter's "Lee said." cut off (and the comma before it,
        # which was the quoting sentence's), as a copy cites it
        assert "\n“We must not let history stand in the way of the future”\n— Lee\n" in row
        assert row.endswith(
            "✎ Follow-up:\n- ask the desk about the visits\n- check the January date"
        )


@pytest.mark.parametrize("theme", THEMES)
async def test_the_chosen_row_of_a_focused_list_in_a_dialog_is_readable(
    store_path, clipboard, theme
):
    app = seeded_app(store_path, theme)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "j", "y", "Q")  # a quote copied, then the quote history
        await app.workers.wait_for_complete()
        await pilot.pause()
        lists = [app.screen.query_one("#quote-history")]
        assert lists[0].has_focus
        cells = [c for palette in PALETTES.values() for c in text_cells(lists[0], palette)]
        await pilot.press("escape", "W")  # the Statements view: its speakers, its statements
        await app.workers.wait_for_complete()
        for name in ("statements-speakers", "statements-list"):
            await pilot.press("tab")
            await pilot.pause()
            focused = app.screen.focused
            assert focused is not None and focused.id == name
            cells += [c for palette in PALETTES.values() for c in text_cells(focused, palette)]
    failures = unreadable(cells)
    assert not failures, "\n".join(str(cell) for cell in failures[:: max(1, len(failures) // 8)])


async def test_enter_on_a_choice_in_the_filter_dialog_picks_then_applies(one_article):
    add_article(one_article, "An older article", "Nothing happened.", date="2029-01-01")
    app = DiplotuiApp(one_article)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_first(app, pilot)
        await pilot.press("j", "h", "shift+tab", "f", *["tab"] * 5)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, FilterScreen)
        annotated = screen.query_one("#filter-annotated", Select)
        assert annotated.has_focus
        await pilot.press("enter")  # what the key line says: apply (nothing chosen yet)
        await pilot.pause()
        assert app.screen is not screen
        await pilot.press("f", *["tab"] * 5)
        await pilot.pause()
        assert annotated.has_focus
        await pilot.press("space", "down", "enter")  # an open list of choices: enter picks
        await pilot.pause()
        assert app.screen is screen and annotated.value == "yes"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is not screen
        assert len(app.screen.query_one(ArticleList).row_ids) == 1


async def test_a_list_of_choices_with_the_focus_says_space_opens_it(one_article):
    """``enter`` applies the filter (or exports) from every field, as the key line says; on a
    list of choices nothing said how to open it, and an analyst pressing ``enter`` on "all
    but archived" to pick "unread only" had the filter applied with nothing chosen. While a
    list of choices has the focus the key line leads with the key that opens it."""
    app = DiplotuiApp(one_article)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_first(app, pilot)
        await pilot.press("shift+tab", "f")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, FilterScreen)
        keys = screen.query_one(".dialog-help", Label)
        typing = "enter/ctrl+s: apply · →: complete · tab: next · esc: cancel"
        assert str(keys.render()) == typing  # in the tags field
        await pilot.press("shift+tab")  # round to the last field: the reading state
        await pilot.pause()
        assert screen.query_one("#filter-state", Select).has_focus
        assert (
            str(keys.render()) == "space: choices · enter/ctrl+s: apply · tab: next · esc: cancel"
        )
        assert keys.region.width >= len(str(keys.render()))  # one line at 80 columns
        await pilot.press("space", "down", "enter")  # as it says: opened, then picked
        await pilot.pause()
        assert app.screen is screen and screen.query_one("#filter-state", Select).value == "unread"
        await pilot.press("tab")  # the tags again
        await pilot.pause()
        assert str(keys.render()) == typing
        await pilot.press("escape")  # the choice made is an edit: escape asks
        await pilot.pause()
        await pilot.press("d", "x")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)  # its first field is a list of choices
        keys = app.screen.query_one(".dialog-help", Label)
        assert str(keys.render()) == "space: choices · enter/ctrl+s: export · esc: cancel"
        await pilot.press("tab", "tab")  # the file to write
        await pilot.pause()
        assert str(keys.render()) == "enter/ctrl+s: export · esc: cancel"


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_an_open_list_of_choices_stays_inside_the_filter_dialog(one_article, size):
    """shift+tab to the reading state, then space: its list dropped below the dialog's last
    fields, over the key line and out past its border. Each list of choices opens inside the
    dialog, under its field, the fields and key line after it moved down (scrolled into view
    at 80x24), covered by none."""
    app = DiplotuiApp(one_article)
    async with app.run_test(size=size) as pilot:
        await open_first(app, pilot)
        await pilot.press("shift+tab", "f")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, FilterScreen)
        dialog = screen.query_one(".dialog").region
        for name, back in (("state", 1), ("annotated", 3)):
            await pilot.press(*["shift+tab"] * back, "space")
            await pilot.pause()
            choice = screen.query_one(f"#filter-{name}", Select)
            assert choice.expanded
            opened = choice.query_one(SelectOverlay).region
            assert dialog.contains_region(opened), (name, opened, dialog)
            keys = screen.query_one(".dialog-help", Label).region
            assert not opened.overlaps(keys), (name, opened, keys)
            await pilot.press("escape", *["tab"] * back)  # closed, then round to the tags
            await pilot.pause()
            assert screen.query_one("#filter-tags", Input).has_focus


async def test_l_on_a_sentence_naming_no_one_says_how_to_reach_a_name(store_path):
    store = Store.open(store_path)
    add_article(
        store,
        "Talks resume",
        "The weather was fine.\nForeign Minister Le Hoai Trung said the visit was a success.",
    )
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await open_first(app, pilot)
        await pilot.press("j", "L")
        await pilot.pause()
        assert not isinstance(app.screen, TimelineScreen)
        assert notices_said(app)[-1].startswith("No name in this sentence: > goes to the next one")
        await pilot.press("j", "L")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, TimelineScreen)
        title = str(app.screen.query_one("#timeline-title", Label).render())
        assert title == "Timeline of Le Hoai Trung · 1 entry · oldest first"
    store.close()


@pytest.mark.parametrize("closing_key", ["escape", "q", "question_mark"])
async def test_help_says_at_its_top_how_to_scroll_and_close(store_path, closing_key: str):
    """Its title and key line name every key that closes it, as a key line names keys
    ("enter/y: copy again"): they named ``esc`` alone, and ``q`` and ``?`` close it too."""
    store = Store.open(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        title = app.screen.query_one(".dialog-title")
        said = str(title.render())
        assert said == "diplotui keys · ↓ pgdn: more · esc/q/?: close", said
        assert title.region.y < 5 and title.region.width >= len(said)
        assert str(app.screen.query_one(".dialog-help", Static).render()) == "esc/q/?: close"
        keys = app.screen.query_one(DrawnOnce)
        lines = [keys.render_line(y).text for y in range(keys.size.height)]
        assert any(re.search(r"\^p +Command palette", line) for line in lines), "as the footer"
        await pilot.press(closing_key)
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)
    store.close()


async def test_help_opened_after_an_action_keeps_its_title_clear_of_the_toasts(
    one_article, clipboard
):
    """``?`` just after an action that toasts: the help's title (how to scroll and close)
    lay under the toasts, which a dialog shows at its top. Over the help, they show at the
    bottom, over its key line (the title says the same) and its scrolled rows."""
    app = DiplotuiApp(one_article)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await open_first(app, pilot)
        await pilot.press("j", "j", "h", "y")  # "Highlighted …", then "… copied …"
        await app.workers.wait_for_complete()
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert len(app.screen.query(Toast)) == 1  # the copy's, not cleared
        title = app.screen.query_one(".dialog-title").region
        assert _covers(app, title) == []
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)


async def test_at_80_columns_the_list_key_brings_the_list_back_from_the_sidebar(store_path):
    """At 80 columns ``]`` shows the sidebar in the list's place; ``[`` then did nothing one
    could see (the list stayed hidden while the sidebar was shown). It swaps them back."""
    store = Store.open(store_path)
    add_article(store, "Talks resume", BODY)
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_first(app, pilot)
        library, sidebar = app.screen.query_one("#library"), app.screen.query_one("#sidebar")
        assert library.display and not sidebar.display
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert sidebar.display and not library.display
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert library.display and not sidebar.display
        await pilot.press("left_square_bracket")  # and hides it again, as before
        await pilot.pause()
        assert not library.display and not sidebar.display
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert library.display
    store.close()
