"""The three-pane app driven by real keys on a real temporary store."""

from __future__ import annotations

import re
from pathlib import Path

from textual import events
from textual.geometry import Region

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.help import DrawnOnce, HelpScreen
from diplotui.tui.dialogs.tags import AddTagsScreen
from diplotui.tui.widgets.article_list import ArticleList
from diplotui.tui.widgets.reader import Reader
from diplotui.tui.widgets.sidebar import Sidebar

from .helpers import notices_said, type_text


def _screen_text(app: DiplotuiApp) -> str:
    strips = app.screen._compositor.render_strips()
    return "\n".join("".join(segment.text for segment in strip) for strip in strips)


async def test_the_help_lays_out_its_table_of_keys_once_not_for_every_pass(
    seeded_store: Store, monkeypatch
):
    """``?`` took a third of a second on a loaded machine: its hundred-row table of keys,
    in a ``Static``, was laid out by Rich for every layout pass and paint of the opening
    (measured for its height, drawn, and again at the width left once the scrollbar came).
    It is drawn once, at its final width, and kept for the next opening."""
    from rich.table import Table

    drawn: list[int] = []
    draw = Table.__rich_console__

    def counted(table, console, options):  # type: ignore[no-untyped-def]
        drawn.append(options.max_width)
        return draw(table, console, options)

    monkeypatch.setattr(Table, "__rich_console__", counted)
    monkeypatch.setattr(DrawnOnce, "_drawn", {})  # not drawn by an earlier test's help
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(2):
            await pilot.press("question_mark")
            await pilot.pause()
            assert isinstance(app.screen, HelpScreen)
            await pilot.press("pagedown", "pagedown")  # the rows further down: drawn already
            await pilot.pause()
            assert "Copy quote" in _screen_text(app)
            await pilot.press("escape")
            await pilot.pause()
    assert len(drawn) == 1, drawn


def _sidebar_tags(app: DiplotuiApp) -> str:
    """The row under the sidebar's "Tags" heading."""
    rows = [row.text for row in app.screen.query_one(Sidebar).rows]
    return rows[rows.index("Tags") + 1]


async def test_open_tag_restart_keeps_tags_and_last_article(seeded_store: Store, store_path: Path):
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        library = app.screen.query_one(ArticleList)
        assert len(library.rows) == 2
        await pilot.press("j", "enter")
        reader = app.screen.query_one(Reader)
        opened = reader.article_id
        assert opened == library.rows[1].article_id
        assert reader.lines, "the reader laid the article out"
        await pilot.press("t")
        await type_text(pilot, "asean, people diplomacy")
        await pilot.press("enter")
        await pilot.pause()
        assert seeded_store.article(opened).tags == ["asean", "people diplomacy"]
        tags = _sidebar_tags(app)
        assert "#asean" in tags and "#people diplomacy" in tags
    seeded_store.close()

    reopened = Store.open(store_path)
    try:
        assert reopened.article(opened).tags == ["asean", "people diplomacy"]
        app = DiplotuiApp(reopened)
        async with app.run_test(size=(120, 40)):
            assert app.screen.query_one(Reader).article_id == opened
            assert "#asean" in _sidebar_tags(app)
    finally:
        reopened.close()


async def test_tag_completion_and_untag(seeded_store: Store):
    first = seeded_store.articles()[0]
    seeded_store.with_updates(first, tags=["vietnam-laos"])
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        library = app.screen.query_one(ArticleList)
        target = library.current_id
        await pilot.press("t")
        await type_text(pilot, "viet")
        await pilot.press("tab", "enter")
        await pilot.pause()
        assert "vietnam-laos" in seeded_store.article(target).tags
        await pilot.press("T")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert "vietnam-laos" not in seeded_store.article(target).tags


async def test_help_screen_lists_keys_and_tab_moves_between_panes(seeded_store: Store):
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = _screen_text(app)
        for expected in ("Tag", "Untag", "Quit", "Add feed", "Next pane"):
            assert expected in text
        await pilot.press("pagedown")  # the panes' keys follow the keys of everywhere
        await pilot.pause()
        assert "Open" in _screen_text(app)
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        assert isinstance(app.focused, ArticleList)
        await pilot.press("tab")
        assert isinstance(app.focused, Reader)
        await pilot.press("tab")
        assert isinstance(app.focused, Sidebar)
        await pilot.press("shift+tab", "shift+tab")
        assert isinstance(app.focused, ArticleList)


async def test_help_lists_the_lists_hash_key_which_tags_the_row(seeded_store: Store):
    """The README says ``#`` in the list tags the row's article, as ``t`` does; the help
    (generated from the bindings) left it out, the key having no description of its own so
    that the palette offers Tag once. It is listed under the list's keys, as Tag."""
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        assert isinstance(app.focused, ArticleList)
        await pilot.press("question_mark", "pagedown")
        await pilot.pause()
        lines = _screen_text(app).splitlines()
        # the list's own keys: from its Delete filter to the Reader's heading
        section = lines[next(n for n, line in enumerate(lines) if "Delete filter" in line) :]
        section = section[: next(n for n, line in enumerate(section) if " Reader " in line)]
        assert any(re.search(r"\s#\s{2,}Tag\s", line) for line in section), "\n".join(section)
        await pilot.press("escape", "number_sign")
        await pilot.pause()
        assert isinstance(app.screen, AddTagsScreen)
        palette_tags = [
            command.help
            for command in app.get_system_commands(app.screen_stack[0])
            if command.title == "Tag"
        ]
        assert len(palette_tags) == 1 and palette_tags[0].startswith("key: t;"), palette_tags


async def test_usable_at_80x24_and_200x60(seeded_store: Store):
    for size in ((80, 24), (200, 60)):
        app = DiplotuiApp(seeded_store)
        async with app.run_test(size=size) as pilot:
            await pilot.press("enter")
            text = _screen_text(app)
            assert "Secretariat" in text or "Enhancing" in text
            reader = app.screen.query_one(Reader)
            assert reader.size.width >= 40, f"reader too narrow at {size}"
            assert "Quit" in text and "Help" in text  # the footer is visible, app keys first


async def test_read_only_store_refuses_tagging_and_deleting(seeded_store: Store, store_path: Path):
    seeded_store.close()
    read_only = Store.open(store_path, read_only=True)
    try:
        app = DiplotuiApp(read_only)
        async with app.run_test(size=(120, 40)) as pilot:
            for key in ("t", "D"):
                await pilot.press(key)
                await pilot.pause()
                assert app.screen.__class__.__name__ == "MainScreen"
            assert any("read-only" in m for m in notices_said(app))
            assert len(read_only.articles()) == 2
    finally:
        read_only.close()


async def test_a_multi_line_paste_into_the_tag_field_keeps_every_line(seeded_store: Store):
    """The terminal's paste of a list, one tag a line: only the first line was kept."""
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        target = app.screen.query_one(ArticleList).current_id
        await pilot.press("t")
        await type_text(pilot, "brief, ")
        app.post_message(events.Paste("asean\r\nmekong, water\n\n  laos \n"))  # as terminals do
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert seeded_store.article(target).tags == ["brief", "asean", "mekong", "water", "laos"]
        await pilot.press("t")
        app.post_message(events.Paste("one line"))  # a single line: pasted as it is
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert seeded_store.article(target).tags[-1] == "one line"


def _actions(app: DiplotuiApp) -> set[str]:
    """The mouse actions (``@mouse.down``...) carried by what the screen draws."""
    strips = app.screen._compositor.render_strips()
    return {
        key
        for strip in strips
        for segment in strip
        if segment.style is not None and segment.style._meta
        for key in segment.style.meta
        if key.startswith("@")
    }


async def test_a_dialog_shows_the_screen_below_as_it_changes_without_its_actions(
    seeded_store: Store,
):
    """A dialog's backdrop is the main screen, drawn from its compositor: its text shows, a
    change under the dialog shows, and none of its mouse actions (a scrollbar's) come along:
    a click on the backdrop must not act on the screen below."""
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        library = app.screen.query_one(ArticleList)
        await pilot.press("enter", "tab", "tab")  # an article open, the list focused again
        assert _actions(app), "the main screen draws mouse actions (its scrollbars)"
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, AddTagsScreen)
        assert "Add tags to" in _screen_text(app)
        assert str(library.border_title) in _screen_text(app)
        library.border_title = "Changed under the dialog"
        await pilot.pause()
        assert "Changed under the dialog" in _screen_text(app)
        assert not _actions(app)


async def test_the_main_screens_own_lines_are_kept_until_their_colours_change(
    seeded_store: Store,
):
    """A dialog's opening and closing do not draw the screen's background lines again; a new
    theme does."""
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        whole = Region(0, 0, 120, 40)
        first = screen.render_lines(whole)
        await pilot.press("t")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen and screen.render_lines(whole) is first
        app.theme = "textual-light" if app.theme != "textual-light" else "textual-dark"
        await pilot.pause()
        again = screen.render_lines(whole)
        assert again is not first and again[0] != first[0]


async def test_the_tag_dialog_is_built_ahead_and_asks_afresh_for_each_article(
    seeded_store: Store, tag_dialog_built_ahead: None
):
    """Once start-up's work is handed out the tag dialog is built, never shown; each ``t``
    then shows it for the article in hand, its field empty, and saves to that article."""
    from .helpers import settle_start_up

    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        await pilot.pause()
        assert app.is_screen_installed(AddTagsScreen.NAME), "built before the first t"
        assert len(app.screen_stack) == 1 and app.focused is app.screen.query_one(ArticleList)
        library = app.screen.query_one(ArticleList)
        first, second = (row.article_id for row in library.rows[:2])
        for article_id, tag in ((first, "one"), (second, "two")):
            library.select_id(article_id)
            title = seeded_store.article(article_id).title
            await pilot.press("t")
            await pilot.pause()
            dialog = app.screen
            assert isinstance(dialog, AddTagsScreen)
            assert dialog.query_one("#tag-input").value == ""
            assert title[:20] in _screen_text(app)
            await type_text(pilot, tag)
            await pilot.press("enter")
            await pilot.pause()
            assert app.screen is not dialog
        assert "one" in seeded_store.article(first).tags
        assert "two" in seeded_store.article(second).tags
        assert "one" not in seeded_store.article(second).tags


async def test_a_tag_dialog_asked_for_before_it_is_composed_asks_about_that_article(
    seeded_store: Store, tag_dialog_built_ahead: None
):
    """Built ahead and asked for in the same moment (before Textual composed it): the
    dialog shows what it was asked, not what it was built with."""
    from diplotui.tui.dialogs.tags import ask_for_tags, prepare_tag_dialog

    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        if app.is_screen_installed(AddTagsScreen.NAME):
            app.uninstall_screen(AddTagsScreen.NAME)
        saved: list[list[str] | None] = []
        prepare_tag_dialog(app)
        ask_for_tags(
            app, "the article in hand", ["asean"], lambda tags: bool(saved.append(tags)) or True
        )
        await pilot.pause()
        assert isinstance(app.screen, AddTagsScreen)
        assert "Add tags to the article in hand" in _screen_text(app)
        await type_text(pilot, "as")
        await pilot.press("tab", "enter")
        await pilot.pause()
        assert saved == [["asean"]]


async def test_closing_a_dialog_redraws_only_where_it_was(seeded_store: Store):
    """The screen below a closing dialog draws again only the dialog's place (the rest of the
    terminal already shows it), yet shows exactly what a full redraw shows: after a tag is
    saved, after a filter changed the list, after a change under the dialog, and when the
    dialog is cancelled."""
    from .helpers import recorded_updates, redrawn_whole, screen_cells

    app = DiplotuiApp(seeded_store)
    updates = recorded_updates(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        library = app.screen.query_one(ArticleList)

        async def closing(*keys: str) -> None:
            updates.clear()
            await pilot.press(*keys)
            await pilot.pause()
            assert updates and "LayoutUpdate" not in updates, "not the whole screen again"
            assert screen_cells(app) == await redrawn_whole(app, pilot), keys

        await pilot.press("t")
        await type_text(pilot, "kept")
        await closing("enter")
        assert "kept" in seeded_store.article(library.current_id or "").tags
        await pilot.press("t")
        await pilot.pause()
        library.border_title = "Changed under the dialog"
        await pilot.pause()
        await closing("escape")
        assert "Changed under the dialog" in _screen_text(app)
        await pilot.press("f")
        await type_text(pilot, "kept")
        await closing("enter")
        assert len(library.rows) == 1
        # A note's question closes two dialogs at once: the screen is drawn whole, as before.
        await pilot.press("enter", "n")
        await type_text(pilot, "half a thought")
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "UnsavedEditScreen"
        await pilot.press("d")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "MainScreen"
        assert screen_cells(app) == await redrawn_whole(app, pilot)


async def test_help_lists_each_reader_key_once_saying_which_act_only_in_a_find(
    seeded_store: Store,
):
    """A newcomer reading ``?`` found "n Next match" and "n Note", "esc End find" and "esc
    Clear selection/find" in the Reader's keys, with nothing saying when each applies. Each
    key now has one row for each thing it does, and the find's own keys say so."""
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 200)) as pilot:  # tall: the whole help on one screen
        await pilot.press("question_mark")
        await pilot.pause()
        inside = [line.split("█")[1] for line in _screen_text(app).splitlines() if "█" in line]
        rows = [" ".join(line.split()) for line in inside]  # the dialog's rows, one space apart
        rows = rows[rows.index("Reader") : rows.index("Sidebar")]
        assert "n Note" in rows
        assert "n Next match (in a find, nothing selected)" in rows
        assert "N Previous match (in a find)" in rows
        escapes = [row for row in rows if row.startswith("esc ")]
        assert escapes == ["esc Clear selection/find"]


async def test_the_readers_hint_wraps_in_a_narrow_pane(seeded_store: Store):
    """At 60 columns the reader is 37 wide: its one-line hint was cut at the pane's edge,
    "Open an article from the list (en"; it wraps, every word whole."""
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        reader = app.screen.query_one(Reader)
        assert reader.article_id is None
        width = reader.scrollable_content_region.width
        rows = ["".join(s.text for s in reader.render_line(y)).strip() for y in range(4)]
    assert width < len("Open an article from the list (enter).")
    assert " ".join(row for row in rows if row) == "Open an article from the list (enter)."
