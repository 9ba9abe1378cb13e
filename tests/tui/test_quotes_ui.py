"""Quotes by keys: copy with citation, style cycle, history, metadata form, export dialog."""

from __future__ import annotations

import time
from pathlib import Path

import pyperclip
from textual import events
from textual.widgets import Input, Label, OptionList

from diplotui.cite import STYLE_SETTING
from diplotui.ingest.formats import ParsedDocument
from diplotui.ingest.update import apply_update
from diplotui.model import QuoteRecord
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.confirm import ConfirmScreen
from diplotui.tui.dialogs.export import ExportScreen
from diplotui.tui.dialogs.metadata import MetadataScreen
from diplotui.tui.dialogs.quote_history import QuoteHistoryScreen
from diplotui.tui.widgets.article_list import ArticleList
from diplotui.tui.widgets.reader import Reader
from tests.captioned import captioned_highlight, cli

from .helpers import screen_cells, type_text
from .library_fixtures import make_library, titled
from .test_reader_support import sidebar_of


def _record_notices(app: DiplotuiApp, monkeypatch) -> list[str]:
    notices: list[str] = []
    original = app.notify

    def notify(message: str, **kwargs) -> None:
        notices.append(message)
        original(message, **kwargs)

    monkeypatch.setattr(app, "notify", notify)
    return notices


async def _open(app: DiplotuiApp, pilot, title: str) -> None:
    await pilot.pause()
    await app.workers.wait_for_complete()
    library = app.screen.query_one(ArticleList)
    index = [row.title for row in library.rows].index(title)
    library.cursor = len(library.folders) + index
    await pilot.press("enter")
    await pilot.pause()
    assert app.screen.query_one(Reader).article_id == library.rows[index].article_id


async def test_copy_quote_history_and_style_cycle(store_path: Path, clipboard, monkeypatch):
    store = make_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        notices = _record_notices(app, monkeypatch)
        await _open(app, pilot, "Delta forum")
        await pilot.press("y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(clipboard) == 1 and "Delta forum" in clipboard[0]
        assert "Reuters" in clipboard[0] and clipboard[0].startswith("“")
        assert [q.text for q in store.quotes()] == clipboard
        assert any(n.endswith("” (plain) copied to the system clipboard") for n in notices)
        assert any(n.startswith("“Delta forum") for n in notices), "names what was copied"
        await pilot.press("c")
        assert store.setting(STYLE_SETTING) == "markdown"
        await pilot.press("y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert clipboard[-1].startswith("> ") and "*Reuters*" in clipboard[-1]
        assert store.quotes()[0].style == "markdown"
        assert notices[-1].endswith("” (markdown) copied to the system clipboard"), "how cited"
        await pilot.press("Q")
        assert isinstance(app.screen, QuoteHistoryScreen)
        markdown = str(app.screen.query_one(OptionList).get_option_at_index(0).prompt)
        assert "\n> — " in markdown and "> >" not in markdown, "no empty quote line shown"
        await pilot.press("down", "y")  # the older, plain one
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert clipboard[-1] == clipboard[0] and len(store.quotes()) == 3
    store.close()
    reopened = Store.open(store_path)
    try:
        assert reopened.setting(STYLE_SETTING) == "markdown"
        assert len(reopened.quotes()) == 3
    finally:
        reopened.close()


async def test_copy_without_clipboard_says_so(store_path: Path, monkeypatch):
    def broken(*args: object) -> str:
        raise pyperclip.PyperclipException("no clipboard mechanism")

    monkeypatch.setattr(pyperclip, "copy", broken)
    monkeypatch.setattr(pyperclip, "paste", broken)
    store = make_library(store_path)
    app = DiplotuiApp(store)
    sent: list[str] = []
    async with app.run_test(size=(120, 40)) as pilot:
        monkeypatch.setattr(app, "copy_to_clipboard", sent.append)
        notices = _record_notices(app, monkeypatch)
        await _open(app, pilot, "Beta summit")
        await pilot.press("y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert sent and "Beta summit" in sent[0]
        assert any("” (plain) sent to the terminal (OSC 52)" in n for n in notices)
    store.close()


async def test_metadata_form_validates_and_saves(store_path: Path):
    store = make_library(store_path)
    beta = titled(store, "Beta summit")
    store.with_updates(beta, date_is_guess=True)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open(app, pilot, "Beta summit")
        await pilot.press("i")
        assert isinstance(app.screen, MetadataScreen)
        await pilot.press("tab", "tab", "end", "ctrl+u")
        await type_text(pilot, "2024-13-01")
        await pilot.press("enter")
        assert isinstance(app.screen, MetadataScreen), "a bad date is refused"
        assert "not a date" in str(app.screen.query_one("#metadata-error").render())
        await pilot.press("ctrl+u")
        await type_text(pilot, "0001-01-01")
        await pilot.press("enter")
        assert isinstance(app.screen, MetadataScreen), "a year no news article has is refused"
        assert str(app.screen.query_one("#metadata-error").render()) == (
            "'0001-01-01' is before 1900: an article is dated from 1900 to a year after today."
        )
        await pilot.press("ctrl+u")
        await type_text(pilot, "2024-05-02")
        await pilot.press("tab", "tab")
        await type_text(pilot, "Lan Anh")
        await pilot.press("escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "UnsavedEditScreen", "escape asks before dropping edits"
        await pilot.press("k")
        assert isinstance(app.screen, MetadataScreen)
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, MetadataScreen)
        await pilot.press("i", "escape")
        await pilot.pause()
        assert not isinstance(app.screen, MetadataScreen), "untouched details close at once"
    saved = store.article(beta.id)
    assert (saved.date, saved.date_is_guess, saved.author) == ("2024-05-02", False, "Lan Anh")
    store.close()


async def test_a_stored_date_outside_the_window_does_not_hold_up_a_title_edit(store_path: Path):
    """An article kept with a date the window refuses (an old export's, a far future one)
    could not have its title corrected: the dialog refused the untouched date."""
    store = make_library(store_path)
    beta = titled(store, "Beta summit")
    store.with_updates(beta, date="2099-01-01")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open(app, pilot, "Beta summit")
        await pilot.press("i", "end")
        await type_text(pilot, " in Hanoi")
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, MetadataScreen), "the title edit is saved"
        await pilot.press("i", "tab", "tab", "end", "ctrl+u")
        await type_text(pilot, "2098-01-01")
        await pilot.press("enter")
        assert isinstance(app.screen, MetadataScreen), "a date typed outside the window is refused"
    saved = store.article(beta.id)
    assert (saved.title, saved.date) == ("Beta summit in Hanoi", "2099-01-01")
    store.close()


async def test_a_whole_article_pasted_into_a_detail_is_refused_in_the_dialog(store_path: Path):
    """A title, source, URL or author longer than a line (500 characters) is refused as
    ``diplotui meta`` refuses it: the dialog says why, the field keeps the focus, nothing is
    stored (a pasted article was stored as the title and listed whole)."""
    from diplotui.model import ONE_LINE_CHARS

    store = make_library(store_path)
    beta = titled(store, "Beta summit")
    pasted = "Leaders met in Vientiane. " * 40
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open(app, pilot, "Beta summit")
        for tabs in ((), ("tab",), ("tab", "tab", "tab", "tab")):  # title, source, author
            await pilot.press("i", *tabs, "end", "ctrl+u")
            app.post_message(events.Paste(pasted))
            for save in (("enter",), ("escape", "s")):  # the question's save is refused too
                await pilot.press(*save)
                await pilot.pause()
                dialog = app.screen
                assert isinstance(dialog, MetadataScreen), "refused: the dialog stays"
                said = str(dialog.query_one("#metadata-error", Label).render())
                assert (
                    f"is {len(pasted.strip()):,} characters long: at most {ONE_LINE_CHARS}" in said
                )
                assert said.endswith(". Nothing was saved.")
                field = dialog.focused
                assert isinstance(field, Input) and field.value.startswith("Leaders")
                assert store.article(beta.id) == beta
            await pilot.press("escape", "d")
            await pilot.pause()
        await pilot.press("i", "end", "ctrl+u")
        app.post_message(events.Paste("x" * ONE_LINE_CHARS))  # a line's length is taken
        await pilot.press("enter")
        await pilot.pause()
    assert store.article(beta.id).title == "x" * ONE_LINE_CHARS
    store.close()


async def test_details_corrected_in_the_dialog_are_kept_when_the_text_is_updated(
    store_path: Path,
):
    """A title and source corrected with ``i`` went back to the feed's when a refresh (or
    ``import --update``) brought a changed text: the citation cited the feed's title again."""
    store = make_library(store_path)
    beta = titled(store, "Beta summit")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open(app, pilot, "Beta summit")
        await pilot.press("i", "ctrl+u")
        await type_text(pilot, "Beta summit ends")
        await pilot.press("tab", "end", "ctrl+u")
        await type_text(pilot, "VNA")
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, MetadataScreen)
    text = store.article_text(beta.id) + "\nA paragraph the wire added later.\n"
    upstream = ParsedDocument(text=text, title="BETA SUMMIT", source="Wire", author="Desk")
    apply_update(store, store.article(beta.id), upstream)
    updated = store.article(beta.id)
    assert (updated.title, updated.source, updated.author) == ("Beta summit ends", "VNA", "Desk")
    assert store.article_text(beta.id) == text
    store.close()


async def test_details_open_on_the_title_s_start_with_nothing_selected(
    store_path: Path,
):
    """The first key typed in the details dialog adds to the title (it replaced the whole
    title, selected as the dialog opened); a long title opens on its start, its cursor there
    (it opened scrolled to its end, the title's first words out of sight), ``end`` goes to
    its end, and a field that fits, reached with tab, has its cursor after its value. The
    title tabbed away from shows its start again: it stayed scrolled to its end, and read
    "cooperation and maritime security 2025", as if that were the title, cut with no mark."""
    store = make_library(store_path)
    long_title = "Beta summit " + "on regional cooperation and maritime security " * 3
    beta = store.with_updates(titled(store, "Beta summit"), title=long_title.strip())
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open(app, pilot, beta.title)
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, MetadataScreen)
        title = app.screen.query_one("#metadata-title", Input)
        assert title.has_focus and title.selection.is_empty
        assert title.cursor_position == 0
        x, y, width, _height = title.content_region
        drawn = "".join(char for char, _ in screen_cells(app)[y][x : x + width])
        assert drawn.startswith("Beta summit on regional"), drawn
        await pilot.press("end")
        drawn = "".join(char for char, _ in screen_cells(app)[y][x : x + width])
        assert drawn.rstrip().endswith("maritime security"), drawn  # the end, where typing goes
        await type_text(pilot, " 2025")
        await pilot.press("tab")
        drawn = "".join(char for char, _ in screen_cells(app)[y][x : x + width])
        assert drawn.startswith("Beta summit on regional"), drawn
        await type_text(pilot, " (wire)")
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, MetadataScreen)
    saved = store.article(beta.id)
    assert saved.title == f"{beta.title} 2025" and saved.source == f"{beta.source} (wire)"
    store.close()


async def test_export_dialog_writes_and_never_clobbers_silently(store_path: Path, tmp_path: Path):
    store = make_library(store_path)
    target = tmp_path / "out.md"
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open(app, pilot, "Alpha talks in Hanoi")

        async def export_to(path: Path) -> None:
            await pilot.press("x")
            assert isinstance(app.screen, ExportScreen)
            await pilot.press("tab", "tab")
            app.screen.query_one("#export-path").value = f"{path.parent}/"  # long temp path
            await pilot.press("end")
            await type_text(pilot, path.name)
            await pilot.press("enter")
            await app.workers.wait_for_complete()
            await pilot.pause()

        await export_to(target)
        assert not isinstance(app.screen, ExportScreen)
        first = target.read_text(encoding="utf-8")
        assert "Alpha talks in Hanoi" in first and "Gamma visit" not in first
        target.write_text("keep me", encoding="utf-8")
        await export_to(target)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        assert target.read_text(encoding="utf-8") == "keep me"
        said = str(app.screen.query_one("#export-error").render())
        assert "already exists and was kept" in said
        assert "--force" not in said  # a CLI flag means nothing in the dialog
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert target.read_text(encoding="utf-8") == first
    store.close()


async def test_export_dialog_says_a_path_is_a_link_and_that_only_the_link_is_replaced(
    store_path: Path, tmp_path: Path
):
    """A path that is a symbolic link was asked about as "already exists. Overwrite it?":
    nothing said that the link itself is replaced and the file it names left alone (what
    the CLI's --force says)."""
    store = make_library(store_path)
    named = tmp_path / "colleague.md"
    named.write_text("their file", encoding="utf-8")
    link = tmp_path / "out.md"
    link.symlink_to(named)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open(app, pilot, "Alpha talks in Hanoi")
        await pilot.press("x")
        app.screen.query_one("#export-path", Input).value = str(link)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        asked = app.screen
        assert isinstance(asked, ConfirmScreen)
        words = " ".join(str(label.render()) for label in asked.query(Label))
        assert f"{link}: a symbolic link (to {named})" in words
        assert "Replace the link itself" in words
        assert "What the link points to is left alone." in words
        await pilot.press("n")
        said = str(app.screen.query_one("#export-error").render())
        assert "is a link, kept as it is" in said and link.is_symlink()
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not link.is_symlink() and "Alpha talks in Hanoi" in link.read_text("utf-8")
        assert named.read_text(encoding="utf-8") == "their file"
    store.close()


async def test_copy_is_what_the_reader_and_the_cli_show(store_path: Path, clipboard):
    """A highlight from a caption's credit into the next paragraph: the sidebar lists it
    without the caption's marks, and `y` in Markdown copies both paragraphs, exactly as
    `diplotui quote --style markdown` prints them."""
    highlight_id = captioned_highlight(store_path)
    printed = cli("--db", str(store_path), "quote", highlight_id, "--style", "markdown").stdout
    store = Store.open(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        title = store.article(store.highlight(highlight_id).article_id).title
        await _open(app, pilot, title)
        await pilot.pause()
        listed = [row.text for row in sidebar_of(app).rows if row.item is not None]
        listed_quote = next(line for line in listed if "Quang Hoa" in line)
        assert "“(Photo: Quang Hoa) Politburo Member" in listed_quote and "|" not in listed_quote
        await pilot.press("m", "c")  # to the highlight; the style after plain is Markdown
        await pilot.press("y")
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert clipboard[-1] + "\n" == printed
    assert "> (Photo: Quang Hoa)\n>\n> Politburo Member" in clipboard[-1]


def _date_label(app: DiplotuiApp) -> str:
    """The details form's label over the date field, as shown."""
    labels = [str(label.render()) for label in app.screen.query(Label)]
    return next(text for text in labels if text.startswith("Date"))


async def test_retyping_a_guessed_date_in_the_details_form_confirms_it(store_path: Path, clipboard):
    """Retyping the guessed date itself (the way to confirm it) made it stay "(guessed)",
    and every citation said "date uncertain"."""
    store = make_library(store_path)
    beta = store.with_updates(titled(store, "Beta summit"), date_is_guess=True)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open(app, pilot, "Beta summit")
        await pilot.press("i")
        assert "guessed" in _date_label(app)
        await pilot.press("tab", "tab", "end", "ctrl+u")
        await type_text(pilot, beta.date)  # the same date, typed by the user
        assert "guessed" not in _date_label(app)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, MetadataScreen)
        assert store.article(beta.id).date_is_guess is False
        await pilot.press("y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "May 1, 2024" in clipboard[-1] and "uncertain" not in clipboard[-1]
        await pilot.press("i")
        assert "guessed" not in _date_label(app)
        await pilot.press("tab", "ctrl+u")  # only the source changes: the date stays the user's
        await type_text(pilot, "VNA")
        await pilot.press("ctrl+s")
        await pilot.pause()
    saved = store.article(beta.id)
    assert (saved.date, saved.date_is_guess, saved.source) == (beta.date, False, "VNA")
    store.close()


async def test_a_guessed_date_left_alone_stays_a_guess(store_path: Path):
    store = make_library(store_path)
    beta = store.with_updates(titled(store, "Beta summit"), date_is_guess=True)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open(app, pilot, "Beta summit")
        await pilot.press("i", "tab", "end")
        await type_text(pilot, " Desk")
        await pilot.press("ctrl+s")
        await pilot.pause()
    saved = store.article(beta.id)
    assert (saved.source, saved.date_is_guess) == ("Nhan Dan Desk", True)
    store.close()


async def test_a_csv_exported_from_the_dialog_opens_with_a_byte_order_mark(
    store_path: Path, tmp_path: Path
):
    """Excel reads a CSV file without a UTF-8 byte-order mark in the ANSI code page: "Lê Hải
    Bình" showed as "LÃª Háº£i BÃ¬nh"."""
    store = make_library(store_path)
    target = tmp_path / "brief.csv"
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open(app, pilot, "Alpha talks in Hanoi")
        await pilot.press("x", "tab", "space", "down", "down", "down", "enter", "tab")
        app.screen.query_one("#export-path", Input).value = str(target)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
    store.close()
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfarticle,date,source,quote")


async def test_the_quote_history_gives_each_copy_time_on_the_local_clock(
    store_path: Path, monkeypatch
):
    """A quote copied at 20:17 in Hanoi is stored 13:17 in UTC: the history showed 13:17,
    where the reader's "updated" time is the local clock's."""
    monkeypatch.setenv("TZ", "ICT-7")
    time.tzset()
    store = make_library(store_path)
    made = "2026-12-05T13:17:00.000+00:00"
    store.add_quote(QuoteRecord(id="q1", text="“Delta forum”", style="plain", created_at=made))
    app = DiplotuiApp(store)
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            await pilot.press("Q")
            assert isinstance(app.screen, QuoteHistoryScreen)
            shown = str(app.screen.query_one(OptionList).get_option_at_index(0).prompt)
            assert "2026-12-05 20:17 · plain" in shown, shown
    finally:
        store.close()
        monkeypatch.undo()
        time.tzset()
