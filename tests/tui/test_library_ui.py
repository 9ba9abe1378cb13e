"""The library pane driven by real keys: search, filters, sorts, saved filters, import."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input, ProgressBar

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.confirm import ConfirmScreen
from diplotui.tui.dialogs.import_files import ImportScreen
from diplotui.tui.widgets.article_list import ArticleList
from diplotui.tui.widgets.reader import Reader

from .helpers import screen_cells, screen_text, settle, settle_start_up, type_text
from .library_fixtures import make_library, titled
from .test_reader_support import open_first


def _titles(app: DiplotuiApp) -> list[str]:
    library = app.screen.query_one(ArticleList)
    return [row.title for row in library.rows]


async def test_search_as_you_type_narrows_and_escape_clears(store_path: Path):
    store = make_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        assert len(_titles(app)) == 4
        await pilot.press("slash")
        await type_text(pilot, "met")
        assert _titles(app) == ["Alpha talks in Hanoi", "Beta summit"]  # full text, by date
        await type_text(pilot, " hanoi")
        assert _titles(app) == ["Alpha talks in Hanoi"]
        await pilot.press("enter")
        library = app.screen.query_one(ArticleList)
        assert app.focused is library and library.current_id is not None
        assert "“met hanoi”" in str(library.border_subtitle)
        await pilot.press("slash", "escape")
        assert len(_titles(app)) == 4
        assert not app.screen.query("#library-search")
    store.close()


async def test_filters_combine_and_escape_clears(store_path: Path):
    store = make_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("f")
        await type_text(pilot, "asean")
        await pilot.press("tab", "tab")
        await type_text(pilot, "vna")
        await pilot.press("enter")
        await pilot.pause()
        assert _titles(app) == ["Alpha talks in Hanoi"]
        await pilot.press("f", "tab", "tab", "ctrl+u", "tab", "tab")
        await type_text(pilot, "2024")
        await pilot.press("enter")
        await pilot.pause()
        assert _titles(app) == ["Beta summit"], "tag asean and until 2024"
        await pilot.press("escape")
        assert len(_titles(app)) == 4
        app.screen.library_actions.apply_entity_filter("Paris")
        await settle_start_up(app, pilot)
        assert _titles(app) == ["Delta forum"]
        await pilot.press("escape")
        await pilot.press("f", "ctrl+u", "tab", "ctrl+u", "tab", "ctrl+u", "tab", "tab", "tab")
        await pilot.press("space", "down", "enter")  # the annotated choice: "annotated only"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert _titles(app) == ["Beta summit"]
    store.close()


async def test_sort_cycles_and_is_remembered(store_path: Path):
    store = make_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        library = app.screen.query_one(ArticleList)
        assert "newest first" in str(library.border_title)
        assert _titles(app)[0] == "Delta forum"
        await pilot.press("o")
        assert "title A–Z" in str(library.border_title)
        assert _titles(app) == sorted(_titles(app))
        await pilot.press("o")
        assert "by source" in str(library.border_title)
        assert _titles(app) == ["Beta summit", "Delta forum", "Alpha talks in Hanoi", "Gamma visit"]
        await pilot.press("o")
        assert "most annotated" in str(library.border_title)
        assert _titles(app)[0] == "Beta summit"
    store.close()
    reopened = Store.open(store_path)
    app = DiplotuiApp(reopened)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        assert "most annotated" in str(app.screen.query_one(ArticleList).border_title)
    reopened.close()


async def save_laos_news(app: DiplotuiApp, pilot: Pilot[object]) -> None:
    """Filter the started app's list by the tag laos (``f``) and save it as "Laos news"."""
    await settle_start_up(app, pilot)
    await pilot.press("f")
    await type_text(pilot, "laos")
    await pilot.press("enter", "F")
    await type_text(pilot, "Laos news")
    await pilot.press("enter")
    await pilot.pause()


async def test_saved_filter_appears_applies_persists_and_deletes(store_path: Path):
    store = make_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await save_laos_news(app, pilot)
        assert [f.name for f in store.saved_filters()] == ["Laos news"]
        library = app.screen.query_one(ArticleList)
        assert [f.name for f in library.folders] == ["Laos news"]
    store.close()

    reopened = Store.open(store_path)
    app = DiplotuiApp(reopened)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        library = app.screen.query_one(ArticleList)
        assert len(_titles(app)) == 4
        await pilot.press("home")
        assert library.current_folder == "Laos news"
        await pilot.press("enter")
        await pilot.pause()
        assert _titles(app) == ["Beta summit", "Gamma visit"]
        assert "Laos news" in str(library.border_title)
        await pilot.press("home", "d")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        assert [f.name for f in reopened.saved_filters()] == ["Laos news"]
        await pilot.press("d", "y")
        await pilot.pause()
        assert reopened.saved_filters() == [] and library.folders == []
    reopened.close()


async def test_import_from_the_app_shows_the_summary(store_path: Path, tmp_path: Path):
    news = tmp_path / "news"
    news.mkdir()
    (news / "good.txt").write_text("Fresh talks in Jakarta\n\nEnvoys met.\n", encoding="utf-8")
    (news / "bad.md").write_text("---\ntitle: [unclosed\n---\nBody\n", encoding="utf-8")
    (news / "SOURCES.tsv").write_text("file\turl\ttitle\n", encoding="utf-8")  # not news
    store = make_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("I")
        assert isinstance(app.screen, ImportScreen)
        app.screen.query_one("#import-path").value = f"{tmp_path}/"  # long temp path: not typed
        await type_text(pilot, "ne")
        await pilot.press("tab")  # completes "news/"
        assert app.screen.query_one("#import-path").value == f"{news}/"
        await pilot.press("enter")
        await settle_start_up(app, pilot)
        summary = str(app.screen.query_one("#import-report").render())
        assert "1 imported" in summary and "1 skipped" in summary and "1 failed" in summary
        assert "bad.md" in summary and "front matter" in summary
        assert "skipped: " in summary and "SOURCES.tsv" in summary
        # a plain text file names no outlet: its citations would lack it unnoticed
        # named by title, as the list shows it: its id ("cfdd73674861") named nothing
        cited = "\n1 imported with no source or no date to cite (“Fresh talks in Jakarta”): "
        assert f"{cited}i on the article adds them" in summary
        bar = app.screen.query_one("#import-progress", ProgressBar)
        assert bar.total == 3 and bar.progress == 3
        await pilot.press("escape")
        await settle_start_up(app, pilot)
        assert "Fresh talks in Jakarta" in _titles(app)
        await pilot.press("slash")
        await type_text(pilot, "envoys")  # only in the imported text: it was indexed
        await settle_start_up(app, pilot)
        assert _titles(app) == ["Fresh talks in Jakarta"]
        await pilot.press("escape")
        (news / "good.txt").write_text("Fresh talks in Jakarta\n\nEnvoys met again.\n")
        await pilot.press("I")
        app.screen.query_one("#import-path").value = f"{news}/"
        await type_text(pilot, "good.txt")
        await pilot.press("enter")
        await settle_start_up(app, pilot)
        assert isinstance(app.screen, ConfirmScreen), "the changed file is offered as an update"
        await pilot.press("y")
        await settle_start_up(app, pilot)
        assert "1 updated" in str(app.screen.query_one("#import-report").render())
        await pilot.press("escape")
    article = next(a for a in store.articles() if a.title == "Fresh talks in Jakarta")
    assert "again" in store.article_text(article.id)
    store.close()


async def _import_dialog(app: DiplotuiApp, pilot) -> Input:
    """``I`` pressed once start-up is done: the import dialog's path field."""
    await settle_start_up(app, pilot)
    await pilot.press("I")
    return app.screen.query_one("#import-path", Input)


async def test_a_file_name_holding_escapes_is_completed_inert_and_imported_as_named(
    store_path: Path, tmp_path: Path, monkeypatch
):
    """Path completion drew a file's name as it is: a name holding OSC 0 retitled the
    terminal's window and broke the dialog's line. The suggestion, the completed path and a
    line naming it are drawn with stand-ins; the path taken is still the real file's."""
    news = tmp_path / "news"
    news.mkdir()
    name = "zz\x1b]0;PWNED\x07[reverse]x.txt"
    (news / name).write_text("Talks in Hanoi\n\nEnvoys met.\n", encoding="utf-8")
    shown = "zz\u241b]0;PWNED\u2407[reverse]x.txt"
    store = make_library(store_path)
    monkeypatch.chdir(news)  # the path typed is short enough to be seen whole
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        field = await _import_dialog(app, pilot)
        await type_text(pilot, "z")
        await settle(app, pilot)

        def drawn() -> str:
            return "".join("".join(char for char, _ in line) for line in screen_cells(app))

        assert f"  {shown}  " in drawn(), "the suggestion, inert"
        await pilot.press("tab")
        assert field.value == name, "the real path"
        await type_text(pilot, "s")
        await pilot.press("enter")  # no such file: the line naming it is inert too
        await pilot.pause()
        assert "no such file" in drawn()
        assert f"{shown}s" in drawn() and "\x1b" not in drawn() and "\x07" not in drawn()
        await pilot.press("backspace", "enter")
        await settle(app, pilot)
        assert "1 imported" in str(app.screen.query_one("#import-report").render())
    assert "Talks in Hanoi" in [article.title for article in store.articles()]
    store.close()


async def test_a_completed_folder_suggests_none_of_its_files_until_a_letter_is_typed(
    store_path: Path, tmp_path: Path, monkeypatch
):
    """``tab`` completed "mi" to "mine/", and the field at once showed its first file as
    well, "mine/asean.md", in the typed text's colour: ``enter`` then imported the whole
    folder, not the file the field showed. A folder just completed suggests nothing; the
    first letter of a name brings the suggestion back."""
    mine = tmp_path / "mine"
    mine.mkdir()
    for name in ("asean.md", "iran.txt"):
        (mine / name).write_text(f"{name} talks\n\nEnvoys met.\n", encoding="utf-8")
    store = make_library(store_path)
    monkeypatch.chdir(tmp_path)  # the path typed is short enough to be seen whole
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        field = await _import_dialog(app, pilot)
        await type_text(pilot, "mi")
        await pilot.press("tab")
        await settle(app, pilot)
        assert field.value == "mine/"
        drawn = "".join(char for char, _ in screen_cells(app)[field.content_region.y])
        assert "mine/ " in drawn and "asean" not in drawn, drawn
        await type_text(pilot, "i")
        await settle(app, pilot)
        await pilot.press("tab")  # a letter typed: the name is completed again
        assert field.value == "mine/iran.txt"
    store.close()


async def test_search_uses_the_index_file_and_rebuilds_a_damaged_one(store_path: Path):
    """A word only the text holds, typed without its accents, is found; the damaged index
    file in the cache folder is replaced, never trusted, and the app does not crash."""
    from diplotui.library.search import SearchIndex, index_path

    store = make_library(store_path)
    index_file = index_path(store_path)
    index_file.parent.mkdir(parents=True, exist_ok=True)
    index_file.write_bytes(b"SQLite format 3\x00" + b"\x07" * 8000)
    gamma = next(a for a in store.articles() if a.title == "Gamma visit")
    text = store.article_text(gamma.id).replace("Luang Prabang", "Luông Phạbang")
    store.replace_article_text(gamma, text, [])
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("slash")
        await type_text(pilot, "luong phab")
        await settle_start_up(app, pilot)
        assert _titles(app) == ["Gamma visit"]
        await type_text(pilot, "x")
        await settle_start_up(app, pilot)
        assert _titles(app) == []
    rebuilt = SearchIndex.open(store_path)
    assert rebuilt.path == index_file and len(rebuilt) == 4
    rebuilt.close()
    store.close()


async def test_tag_and_highlight_show_in_filters_and_sorts_at_once(store_path: Path):
    """With the facets ready, `t` and `h` change what a filter and a sort show, with no
    rebuild in between: the facets take one article's change in place."""
    store = make_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        screen = app.screen
        assert screen.library_actions.state.facets is not None
        await pilot.press("f")
        await type_text(pilot, "laos")
        await pilot.press("enter")
        await pilot.pause()
        assert _titles(app) == ["Beta summit", "Gamma visit"]
        await pilot.press("escape")
        # Tag the newest article (Delta forum, the first row) from the list.
        assert _titles(app)[0] == "Delta forum"
        await pilot.press("g", "t")
        await type_text(pilot, "laos")
        await pilot.press("enter")
        await pilot.pause()
        facets = screen.library_actions.state.facets
        await pilot.press("f")
        await type_text(pilot, "laos")
        await pilot.press("enter")
        await pilot.pause()
        assert screen.library_actions.state.facets is facets, "taken in place, not rebuilt"
        assert _titles(app) == ["Delta forum", "Beta summit", "Gamma visit"]
        # A first highlight in Delta forum: it moves above Beta summit (one highlight, older).
        await pilot.press("g")
        await open_first(app, pilot)  # until its statements are found: `h` waits for them
        delta = titled(store, "Delta forum").id
        assert screen.query_one(ArticleList).open_id == delta
        await pilot.press("j", "h")
        await settle_start_up(app, pilot)
        assert store.highlight_count(delta) == 1
        screen.query_one(ArticleList).focus()
        await pilot.press("escape")
        for _ in range(3):
            await pilot.press("o")
        assert "most annotated" in str(screen.query_one(ArticleList).border_title)
        assert _titles(app) == ["Delta forum", "Beta summit", "Alpha talks in Hanoi", "Gamma visit"]
        assert screen.library_actions.state.facets is facets
    store.close()


async def test_a_filter_redraws_the_list_and_its_scrollbar_follows(store_path: Path):
    """A filter gives the list a new height without laying the screen out again: the
    scrollbar's thumb follows a list that still scrolls, the scrollbar goes when the list
    fits and comes back with it, the list never scrolls sideways, and the screen shows
    exactly what drawing every widget again shows."""
    from diplotui.tui.widgets.article_list import ROW_HEIGHT

    from .helpers import redrawn_whole, screen_cells
    from .test_reader_support import add_article

    store = Store.open(store_path)
    for n in range(20):
        article = add_article(store, f"Article {n:02}", "Body.", date=f"2025-01-{n + 1:02}")
        store.with_updates(article, tags=["many"] if n < 15 else ["rare"] if n < 17 else [])
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        library = app.screen.query_one(ArticleList)

        async def filter_by(tag: str) -> None:
            await pilot.press("escape", "f")
            await type_text(pilot, tag)
            await pilot.press("enter")
            await pilot.pause()

        async def check(rows: int, scrolls: bool) -> None:
            assert len(library.rows) == rows
            assert library.virtual_size.height == rows * ROW_HEIGHT
            assert library.show_vertical_scrollbar is scrolls
            assert not library.show_horizontal_scrollbar
            if scrolls:
                assert library.vertical_scrollbar.window_virtual_size == rows * ROW_HEIGHT
            assert screen_cells(app) == await redrawn_whole(app, pilot)

        await check(20, scrolls=True)
        await filter_by("many")
        await check(15, scrolls=True)
        await filter_by("rare")
        assert _titles(app) == ["Article 16", "Article 15"]
        await check(2, scrolls=False)
        await pilot.press("escape")
        await pilot.pause()
        await check(20, scrolls=True)
    store.close()


def _list_lines(app: DiplotuiApp) -> list[str]:
    library = app.screen.query_one(ArticleList)
    return [library.render_line(y).text.strip() for y in range(6)]


async def test_an_empty_list_says_why_and_what_clears_it(store_path: Path):
    """A search or a filter that matched nothing left the pane blank but for a count."""
    store = make_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("slash")
        await type_text(pilot, "zzqx")
        await settle_start_up(app, pilot)
        assert _titles(app) == []
        lines = _list_lines(app)
        assert lines[0] == "" and lines[1].startswith("Nothing matches “zzqx”: escape")
        assert " ".join(lines[1:4]).strip().endswith("escape clears the search.")
        await pilot.press("escape")  # the search cleared: the articles, no text
        await settle_start_up(app, pilot)
        assert len(_titles(app)) == 4 and not any("Nothing matches" in n for n in _list_lines(app))
    store.close()


async def test_an_empty_library_says_how_articles_come(store_path: Path):
    store = Store.open(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        said = " ".join(" ".join(_list_lines(app)).split())
        assert said == "No articles yet: I imports files or folders, A subscribes to a feed."
    store.close()


async def test_the_import_dialog_names_a_legacy_files_encoding(store_path: Path, tmp_path: Path):
    """The dialog listed failures only: a file read in a guessed code page went unsaid."""
    encodings = Path(__file__).parents[1] / "data" / "encodings"
    news = tmp_path / "news"
    news.mkdir()
    (news / "lt.txt").write_bytes((encodings / "lt.cp1257.txt").read_bytes())
    (news / "utf8.txt").write_text("Fresh talks in Jakarta\n\nEnvoys met.\n", encoding="utf-8")
    app = DiplotuiApp(make_library(store_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("I")
        app.screen.query_one("#import-path").value = f"{news}/"
        await pilot.press("enter")
        await settle_start_up(app, pilot)
        summary = str(app.screen.query_one("#import-report").render()).splitlines()
        assert summary[0] == "2 imported"
        assert summary[1].startswith("2 imported with no source or no date to cite (")
        assert summary[2:] == [f"imported: {news / 'lt.txt'}: read as windows-1257 (detected)"]


async def test_deleting_a_row_leaves_the_cursor_on_the_next_one_not_the_top(store_path: Path):
    """``D`` on the third row, then ``D`` again: the second deletion asks about the row that
    came up under the cursor, as ``a`` does, never about the list's first article (the cursor
    jumped to the top, so ``D y`` ``D y`` deleted an article five screens away)."""
    store = make_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        assert _titles(app) == ["Delta forum", "Alpha talks in Hanoi", "Beta summit", "Gamma visit"]
        await pilot.press("j", "j", "D", "y")
        await pilot.pause()
        assert _titles(app) == ["Delta forum", "Alpha talks in Hanoi", "Gamma visit"]
        library = app.screen.query_one(ArticleList)
        assert library.current_id == titled(store, "Gamma visit").id
        await pilot.press("D", "y")
        await pilot.pause()
        assert _titles(app) == ["Delta forum", "Alpha talks in Hanoi"]
        alpha = titled(store, "Alpha talks in Hanoi")
        assert library.current_id == alpha.id, "after the last row: the one above it"
    store.close()


async def test_undo_and_redo_of_a_deletion_or_archiving_keep_the_cursor_near_that_row(
    store_path: Path,
):
    """``ctrl+z`` puts the cursor on the row it brings back; ``ctrl+y`` on that very row
    steps off it as ``D`` and ``a`` do, never to the list's first article (the list was
    refreshed without knowing which article the change was about)."""
    store = make_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        library = app.screen.query_one(ArticleList)
        beta, gamma = titled(store, "Beta summit").id, titled(store, "Gamma visit").id
        for leave in (("D", "y"), ("a",)):
            await pilot.press("j", "j", *leave)
            await pilot.pause()
            assert library.current_id == gamma
            await pilot.press("ctrl+z")
            await pilot.pause()
            assert library.current_id == beta, f"{leave}: the row brought back"
            await pilot.press("ctrl+y")
            await pilot.pause()
            assert "Beta summit" not in _titles(app)
            assert library.current_id == gamma, f"{leave}: the neighbour, not the top"
            await pilot.press("ctrl+z", "g")
    store.close()


async def test_undoing_the_deletion_of_the_open_article_reopens_it_where_it_was(
    seeded_store: Store, store_path: Path
):
    """``D y`` on the open article closed the reader; ``ctrl+z`` brought the row back but
    left the reader empty, and the next start opened nothing. The reader comes back too,
    at the sentence it was on, and a restart finds it there."""
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        app.screen.query_one(Reader).focus()
        await pilot.press("j", "j", "j")
        await pilot.pause()
        reader = app.screen.query_one(Reader)
        opened, place = reader.article_id, reader.cursor_span
        assert opened is not None and place[0] > 0
        app.screen.query_one(ArticleList).focus()
        await pilot.press("D", "y")
        await pilot.pause()
        assert reader.article_id is None
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert reader.article_id == opened
        assert reader.cursor_span == place
    seeded_store.close()
    reopened = Store.open(store_path)
    try:
        app = DiplotuiApp(reopened)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle_start_up(app, pilot)
            reader = app.screen.query_one(Reader)
            assert reader.article_id == opened
            assert reader.cursor_span == place
    finally:
        reopened.close()


async def test_escape_on_an_edited_filter_asks_and_f_shows_the_filter_in_force(store_path: Path):
    """An analyst builds a filter over several fields (tags, entity, source, dates): escape,
    pressed by habit or to get rid of a completion, threw the typing away without a word,
    while every other dialog holding typed work (tags, a note, a correction, a filter's
    name) asks apply, discard or keep editing. So does this one; a filter left as it was
    closes at once, and a discarded edit is only the edit: ``f`` shows the filter in force,
    its fields filled, as the list's foot line names it (never a draft nobody applied)."""
    from textual.widgets import Input

    from diplotui.tui.dialogs.dialog import UnsavedEditScreen

    store = make_library(store_path)
    app = DiplotuiApp(store)

    def field(name: str) -> str:
        return app.screen.query_one(f"#filter-{name}", Input).value

    async with app.run_test(size=(80, 24)) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("f")
        await type_text(pilot, "asean")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, UnsavedEditScreen), "typed tags dropped unasked"
        await pilot.press("s")  # apply it
        await pilot.pause()
        assert _titles(app) == ["Alpha talks in Hanoi", "Beta summit"]
        await pilot.press("f", "tab", "tab")
        await type_text(pilot, "vna")
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("d")  # discard the source typed
        await pilot.pause()
        assert len(_titles(app)) == 2, "the filter in force stays"
        await pilot.press("f")
        await pilot.pause()
        assert (field("tags"), field("source")) == ("asean", "")
        assert "▌ asean" in screen_text(app), "its field shows it"
        await pilot.press("escape")  # nothing edited: closed at once
        await pilot.pause()
        assert app.screen is app.screen_stack[0]
    store.close()
