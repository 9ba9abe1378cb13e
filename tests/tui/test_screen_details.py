"""Small things seen on screen: where the find bar sits, which keys the footer keeps at 80
columns, text cut with an ellipsis, an idle import dialog, the read-only notice."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from textual import events
from textual.widgets import OptionList, ProgressBar

from diplotui.model import QuoteRecord, SavedFilter
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.find import FindScreen
from diplotui.tui.dialogs.help import HelpScreen
from diplotui.tui.dialogs.import_files import ImportScreen
from diplotui.tui.launch import open_for_app
from diplotui.tui.widgets.article_list import ArticleList
from diplotui.tui.widgets.footer import KeyFooter

from .helpers import bottom_line, screen_cells, screen_text, settle, settle_start_up, type_text
from .screen_cells import text_cells
from .test_reader_support import open_first


def shown_text(widget) -> list[str]:
    """The widget's lines as drawn, without spaces and borders."""
    rows: dict[int, list[tuple[int, str]]] = {}
    for cell in text_cells(widget):
        rows.setdefault(cell.y, []).append((cell.x, cell.char))
    return ["".join(char for _, char in sorted(rows[y])) for y in sorted(rows)]


async def test_find_bar_sits_at_the_bottom_over_the_footer(seeded_store: Store):
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        await pilot.press("slash")
        await pilot.pause()
        assert isinstance(app.screen, FindScreen)
        bar = app.screen.query_one(".find-bar")
        assert bar.region.bottom == 40 and bar.region.height == 3


async def test_footer_keeps_quit_and_help_at_80_columns_and_a_click_presses_its_key(
    seeded_store: Store,
):
    """The footer follows the focus (the list's keys, then the reader's), keeps the app's
    keys first and the palette's at the right end; the wheel scrolls the keys that do not
    fit, the key under the pointer is lit, and a click on it does what the key does."""
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle_start_up(app, pilot)  # the footer is mounted after the first frame
        assert bottom_line(app).startswith(" q Quit  ? Help  ⏎ Open  / Search  f Filter ")
        await pilot.press("enter")  # the reader has the focus
        await settle(app, pilot)
        line = bottom_line(app)
        assert line.startswith(" q Quit  ? Help  v Select  h Highlight  n Note "), line
        assert line.endswith("▏^p palette ") and len(line) == 80, line
        footer = app.screen.query_one(KeyFooter)
        for scroll, shown in ((events.MouseScrollDown, line[8:46]), (events.MouseScrollUp, line)):
            footer.post_message(scroll(footer, 10, 0, 0, 0, 0, False, False, False))
            await pilot.pause()
            assert bottom_line(app).startswith(shown)  # the wheel scrolls a key at a time
        help_at = line.index("? Help")
        await pilot.hover(KeyFooter, offset=(help_at, 0))
        cells = screen_cells(app)[-1]
        lit = {style.bgcolor for _, style in cells[help_at - 1 : help_at + 6]}
        assert len(lit) == 1 and lit != {cells[1][1].bgcolor}
        await pilot.click(KeyFooter, offset=(help_at, 0))
        await settle(app, pilot)
        assert isinstance(app.screen, HelpScreen)


def _whole_keys_only(app: DiplotuiApp) -> str:
    """The footer's keys left of the palette's, checked to be whole keys in the order it
    lists them (none cut), as text."""
    line = bottom_line(app)
    keys = line[: line.index("▏")].rstrip()
    footer = app.screen.query_one(KeyFooter)
    drawn = ["".join(text for text, _ in key.parts()) for key in footer._shown.keys]
    runs = range(len(drawn) + 1)
    assert keys in {"".join(drawn[first:last]).rstrip() for first in runs for last in runs}, line
    return keys


async def test_footer_shows_whole_keys_at_120_and_80_columns(seeded_store: Store):
    """A key that does not fit is left out, never cut ("] Sideba▏ ^p palette" at 120
    columns with the reader focused); the wheel brings the rest in a key at a time."""
    for size in ((120, 40), (80, 24)):
        app = DiplotuiApp(seeded_store)
        async with app.run_test(size=size) as pilot:
            await settle_start_up(app, pilot)
            _whole_keys_only(app)
            await pilot.press("enter")  # the reader has the focus
            await settle(app, pilot)
            keys = _whole_keys_only(app)
            assert keys.startswith(" q Quit  ? Help ")
            footer = app.screen.query_one(KeyFooter)
            footer.post_message(events.MouseScrollDown(footer, 10, 0, 0, 0, 0, False, False, False))
            await pilot.pause()
            assert _whole_keys_only(app).startswith(" ? Help ")  # one key scrolled out
            await pilot.press("tab")  # the sidebar
            await settle(app, pilot)
            _whole_keys_only(app)


async def test_footer_follows_the_list_cursor_between_a_saved_filter_and_an_article(
    seeded_store: Store,
):
    """The footer is the keys of the row under the list's cursor: on a saved filter "d
    Delete filter", on an article "u Read/unread". Moving between them kept the footer of
    the row the list had when it took the focus (on the first article after ``g`` to the
    feeds and back, no "u Read/unread", which still marked the article read)."""
    seeded_store.save_filter(SavedFilter("asean", {"tags": ["asean"]}))
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        listing = app.screen.query_one(ArticleList)
        assert listing.has_focus and listing.current_id is not None
        assert "u Read/unread" in bottom_line(app) and "Delete filter" not in bottom_line(app)
        await pilot.press("g")  # the saved filter's row
        await settle(app, pilot)
        assert listing.current_folder == "asean"
        assert "d Delete filter" in bottom_line(app) and "Read/unread" not in bottom_line(app)
        await pilot.press("j")  # the first article again
        await settle(app, pilot)
        assert listing.current_id is not None
        assert "u Read/unread" in bottom_line(app) and "Delete filter" not in bottom_line(app)


def list_rows(app: DiplotuiApp) -> list[str]:
    """The list's lines as drawn, spaces kept, without its border and gutter."""
    library = app.screen.query_one(ArticleList)
    region = library.content_region
    lines = screen_text(app).splitlines()[region.y : region.bottom]
    return [line[region.x + 1 :].split("│")[0].rstrip() for line in lines]


async def test_list_details_wrap_with_the_source_unbroken_and_tags_counted(seeded_store: Store):
    """At 80 columns a row's details too long for one line go on over a second, the source
    on a line of its own, never broken at a space ("World &" above "Vietnam Report" read as
    two names); tags that do not fit after it are counted, the source cut for the count, not
    cut to a bare "…" that said nothing."""
    newest = max(seeded_store.articles(), key=lambda article: article.date or "")
    seeded_store.save_article(replace(newest, tags=["maritime-cooperation", "asean-summit"]))
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        lines = list_rows(app)
        dated = [n for n, line in enumerate(lines) if line[:5].startswith("20")]
        tagged, untagged = [(lines[n], lines[n + 1]) for n in dated]  # two details lines each
        assert tagged == (f"{newest.date}? ·", "World & Vietnam… · #×2"), lines
        assert untagged[1] == "World & Vietnam Report", lines


@pytest.mark.parametrize(
    ("size", "details"),
    [
        ((80, 24), ["2025-12-30? ·", "Báo Quốc tế · #南海… +2"]),
        ((100, 30), ["2025-12-30? ·", "Báo Quốc tế · #南海… +2"]),
        ((120, 40), ["2025-12-30? · Báo Quốc tế · #南海… +2"]),
    ],
)
async def test_tags_typed_show_in_their_row_as_far_as_they_fit(
    seeded_store: Store, size: tuple[int, int], details: list[str]
):
    """Tags typed with t show in the row: the first whole and "+N" for the others, or cut
    short inside the room left, wide letters measured by the cells they take."""
    newest = max(seeded_store.articles(), key=lambda article: article.date or "")
    seeded_store.save_article(replace(newest, source="Báo Quốc tế"))
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=size) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("t")
        await settle(app, pilot)
        await type_text(pilot, "南海行为准则, Biển Đông, quan hệ Việt – Trung")
        await pilot.press("enter")
        await settle(app, pilot)
        lines = list_rows(app)
        first = next(n for n, line in enumerate(lines) if line.startswith("2025-12-30?"))
        assert lines[first : first + len(details)] == details, lines


async def test_quote_history_cuts_with_an_ellipsis(seeded_store: Store):
    article = seeded_store.articles()[0]
    citation = f"— {article.title}, World & Vietnam Report, December 30, 2025 (date uncertain)"
    seeded_store.add_quote(
        QuoteRecord(id="a1", text=f"“{'word ' * 60}”\n{citation * 3}", style="plain")
    )
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("Q")
        await pilot.pause()
        prompt = str(app.screen.query_one(OptionList).get_option_at_index(0).prompt)
        quote, cited, _when = prompt.split("\n")
        assert quote.endswith("…") and cited.endswith("…")


async def test_import_dialog_is_still_while_idle(seeded_store: Store, tmp_path: Path):
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("I")
        await pilot.pause()
        assert isinstance(app.screen, ImportScreen)
        progress = app.screen.query_one(ProgressBar)
        assert not progress.display  # no "--%" bar animating before anything is imported
        (tmp_path / "new.txt").write_text("A new article\n\nIt has one paragraph.\n")
        app.screen.query_one("#import-path").value = str(tmp_path / "new.txt")
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert progress.display and progress.percentage == 1


def test_read_only_notice_is_two_sentences(store_path: Path):
    holder = Store.open(store_path)
    try:
        store, notices = open_for_app(store_path, read_only=False)
        store.close()
    finally:
        holder.close()
    assert store.read_only
    assert len(notices) == 1
    assert notices[0].endswith(". Opened read-only: changes will not be saved."), notices


async def test_dialog_title_cut_with_an_ellipsis(seeded_store: Store):
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("t")  # "Tag <the long title of the first article>"
        await pilot.pause()
        title = app.screen.query_one(".dialog-title")
        assert shown_text(title)[0].endswith(("…", "…”")), shown_text(title)
