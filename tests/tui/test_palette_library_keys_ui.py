"""The library's keys (sort, search, filter) are run from the palette whichever pane has the
focus: typed while reading, "sort" ran Shorten (its letters are in the name) and "filter"
offered only an article, whose ``enter`` opened it; the README's palette runs any key."""

from __future__ import annotations

from textual.command import CommandPalette

from diplotui.library.reading import ARCHIVED, READ, UNREAD
from diplotui.library.view import SORT_SETTING
from diplotui.session import title_label
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.filter import FilterScreen
from diplotui.tui.widgets.article_list import ArticleList, LibrarySearch
from diplotui.tui.widgets.reader import Reader

from .test_palette import _top_hit
from .test_reader_support import open_first


async def test_the_library_s_keys_run_from_the_palette_while_reading(seeded_store: Store) -> None:
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        assert app.screen.query_one(Reader).has_focus
        sorted_before = seeded_store.setting(SORT_SETTING)
        await _top_hit(app, pilot, "sort")
        assert not isinstance(app.screen, CommandPalette)
        assert seeded_store.setting(SORT_SETTING) not in (sorted_before, None)
        await _top_hit(app, pilot, "filter")
        assert isinstance(app.screen, FilterScreen)
        await pilot.press("escape")
        await pilot.pause()
        await _top_hit(app, pilot, "search")
        assert isinstance(app.focused, LibrarySearch)


def _named_in(app: DiplotuiApp, command: str, title: str) -> bool:
    """Whether the palette's entry ``command`` names the article of ``title`` in its help."""
    (said,) = [c.help for c in app.get_system_commands(app.screen) if c.title == command]
    return title_label(title) in said


async def test_the_palette_s_article_commands_act_on_the_article_being_read(
    seeded_store: Store,
) -> None:
    """While reading, "archive" found Search (the list's row keys were offered only with the
    list focused) and "read" no Read/unread; from the list, "highlight" found nothing. They
    act on what the user sees: the list's row keys on the open article (the entry names it),
    the reader's on its cursor's sentence, the focus going to the reader."""
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await open_first(app, pilot)
        assert reader.has_focus
        opened = reader.article_id
        assert opened is not None
        await pilot.press("shift+tab", "j", "tab")  # another row selected in the list
        library = app.screen.query_one(ArticleList)
        selected = library.current_id
        assert selected not in (opened, None) and reader.has_focus
        # the entries of the keys for one article name the one they act on
        assert _named_in(app, "Tag", seeded_store.article(opened).title)
        assert _named_in(app, "Archive", seeded_store.article(opened).title)
        await pilot.press("shift+tab")
        assert _named_in(app, "Details", seeded_store.article(selected).title)
        await pilot.press("tab")
        await _top_hit(app, pilot, "archive")
        assert not isinstance(app.screen, CommandPalette)
        assert seeded_store.article(opened).state == ARCHIVED
        await _top_hit(app, pilot, "unread")
        assert seeded_store.article(opened).state == UNREAD  # out of the archive, unread
        assert seeded_store.article(selected).state == READ
        await pilot.press("shift+tab")
        assert library.has_focus
        assert not seeded_store.highlights(opened)
        await _top_hit(app, pilot, "highlight")
        assert reader.has_focus
        (made,) = seeded_store.highlights(opened)
        assert made.start == reader.cursor_span[0]
