"""One rule for the target of every action, undo of the latest change, and nothing typed lost.

Each test drives real keys and checks what the user would see or what the store then holds.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from textual import events
from textual.pilot import Pilot
from textual.scrollbar import ScrollDown, ScrollTo

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.article_list import ArticleList
from diplotui.tui.widgets.reader import Reader

from .helpers import notices_said, screen_cells, screen_text, type_text
from .test_reader_support import add_article, open_first, reader_of

PARAGRAPHS = "\n".join(
    f"Paragraph {n} opens here. Its second sentence follows. A third one ends it."
    for n in range(1, 31)
)


@pytest.fixture
def store(store_path: Path) -> Iterator[Store]:
    opened = Store.open(store_path)
    yield opened
    opened.close()


@asynccontextmanager
async def reading(
    store: Store, size: tuple[int, int] = (120, 40)
) -> AsyncIterator[tuple[DiplotuiApp, Pilot, Reader]]:
    """The app on ``store`` with the list's first article open in the reader."""
    app = DiplotuiApp(store)
    async with app.run_test(size=size) as pilot:
        yield app, pilot, await open_first(app, pilot)


async def test_moving_without_v_ends_a_paragraph_selection(store: Store):
    article = add_article(store, "Far paragraphs", PARAGRAPHS)
    async with reading(store) as (app, pilot, reader):
        await pilot.press("j", "V")
        assert reader.selection is not None
        await pilot.press("J", "J", "J", "J", "J")
        assert reader.selection is None, "moving the cursor without v ends the selection"
        start, end = reader.cursor_span
        await pilot.press("4")
        await pilot.pause()
        [highlight] = store.highlights(article.id)
        assert (highlight.start, highlight.end) == (start, end)
        assert highlight.quote == "Paragraph 6 opens here."
        assert any("“Paragraph 6 opens here.”" in m for m in notices_said(app))


async def test_v_selection_grows_and_its_off_screen_start_is_marked(store: Store):
    add_article(store, "Long selection", PARAGRAPHS)
    async with reading(store) as (_app, pilot, reader):
        await pilot.press("j", "v", *["J"] * 25)
        assert reader.selection is not None
        assert reader.selection[0] == reader.cursor.units[1][0]
        assert reader.scroll_y > 0, "the selection's start scrolled off the top"
        top_gutter = reader.render_line(0)._segments[0].text
        assert top_gutter.startswith("↑"), "the gutter says the selection goes on above"
        await pilot.press("escape")
        assert reader.selection is None
        assert reader.render_line(0)._segments[0].text.strip() == ""


async def test_first_escape_ends_find_and_selection(store: Store):
    add_article(store, "Find and select", PARAGRAPHS)
    async with reading(store) as (_app, pilot, reader):
        await pilot.press("j", "v", "j", "slash")
        await type_text(pilot, "third")
        await pilot.press("enter")
        await pilot.pause()
        assert reader.find_query == "third"
        await pilot.press("escape")
        assert reader.find_query == ""
        assert reader.selection is None, "no live selection is left behind the find"


async def test_undo_undoes_the_latest_change_of_any_kind(store: Store):
    article = add_article(store, "Undo order", PARAGRAPHS)
    async with reading(store) as (app, pilot, _reader):
        await pilot.press("j", "h", "number_sign")
        await type_text(pilot, "alpha")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("t")
        await type_text(pilot, "beta")
        await pilot.press("enter")
        await pilot.pause()
        [highlight] = store.highlights(article.id)
        assert highlight.tags == ["alpha"]
        assert store.article(article.id).tags == ["beta"]
        await pilot.press("u")
        await pilot.pause()
        assert store.article(article.id).tags == [], "the article's tags were the last change"
        assert store.highlight(highlight.id).tags == ["alpha"]
        assert "Undone: tags on “Undo order”." in notices_said(app)
        await pilot.press("u")
        await pilot.pause()
        assert store.highlight(highlight.id).tags == []
        assert "Undone: tags on “Paragraph 1 opens here.”." in notices_said(app)


async def test_reopening_selects_the_restored_article_row(seeded_store: Store, store_path: Path):
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        library = app.screen.query_one(ArticleList)
        await pilot.press("j", "enter")
        restored = reader_of(app).article_id
        assert restored == library.rows[1].article_id
    seeded_store.close()

    reopened = Store.open(store_path)
    other = next(a.id for a in reopened.articles() if a.id != restored)
    try:
        app = DiplotuiApp(reopened)
        async with app.run_test(size=(120, 40)) as pilot:
            assert reader_of(app).article_id == restored
            assert app.screen.query_one(ArticleList).current_id == restored
            await pilot.press("t")
            await type_text(pilot, "gamma")
            await pilot.press("enter")
            await pilot.pause()
            assert reopened.article(restored).tags == ["gamma"]
            assert reopened.article(other).tags == []
            assert any("Tagged" in m and "#gamma" in m for m in notices_said(app))
    finally:
        reopened.close()


async def test_escape_on_an_edited_note_asks(store: Store):
    article = add_article(store, "Notes kept", PARAGRAPHS)
    async with reading(store) as (app, pilot, _reader):
        await pilot.press("n")
        await type_text(pilot, "draft")
        await pilot.press("escape")
        await pilot.pause()
        assert store.article(article.id).note == ""
        await pilot.press("k")  # keep editing: the text is still there
        await pilot.pause()
        await type_text(pilot, " two")
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        assert store.article(article.id).note == "draft two"
        await pilot.press("n")
        await type_text(pilot, " more")
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("d")
        await pilot.pause()
        assert store.article(article.id).note == "draft two"
        assert app.screen.__class__.__name__ == "MainScreen"
        await pilot.press("n", "escape")  # unchanged: escape closes at once
        await pilot.pause()
        assert app.screen.__class__.__name__ == "MainScreen"


async def test_ctrl_q_on_an_edited_note_asks_instead_of_quitting(store: Store):
    """Textual's own quit key must not throw away a note being written."""
    article = add_article(store, "Quit mid-note", PARAGRAPHS)
    async with reading(store) as (app, pilot, _reader):
        await pilot.press("n")
        await type_text(pilot, "half a thought")
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert app.is_running and app.screen.__class__.__name__ == "UnsavedEditScreen"
        await pilot.press("k")  # keep editing: nothing saved, still running
        await pilot.pause()
        assert app.is_running and store.article(article.id).note == ""
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.press("s")  # saved, then the quit the user asked for goes ahead
        await pilot.pause()
        assert store.article(article.id).note == "half a thought"
        assert not app.is_running


@pytest.mark.parametrize("on_top", ["", "escape", "ctrl+p"])
async def test_a_hang_up_saves_the_note_being_typed_and_ends_the_app(store: Store, on_top: str):
    """The terminal gone (an ssh link dropped, the window closed: SIGHUP) or SIGTERM used to
    kill the process with the note being typed; nobody can answer the question now, so the
    typing is saved as ctrl+s would, also when the question (escape) or the command palette
    was showing over it."""
    from diplotui.tui.dialogs.dialog import end_on_hangup

    article = add_article(store, "Hung up mid-note", PARAGRAPHS)
    async with reading(store) as (app, pilot, _reader):
        await pilot.press("n")
        await type_text(pilot, "typed over ssh")
        if on_top:
            await pilot.press(on_top)
            await pilot.pause()
            assert app.screen.__class__.__name__ != "NoteScreen"
        end_on_hangup(app)
        await pilot.pause()
        await pilot.pause()
        assert not app.is_running
    assert store.article(article.id).note == "typed over ssh"


async def test_a_hang_up_adds_the_tags_being_typed(store: Store):
    from diplotui.session.drafts import DraftFolder
    from diplotui.tui.dialogs.dialog import end_on_hangup

    article = add_article(store, "Hung up mid-tags", PARAGRAPHS)
    async with reading(store) as (app, pilot, _reader):
        await pilot.press("t")
        await type_text(pilot, "asean, trade")
        end_on_hangup(app)
        await pilot.pause()
        await pilot.pause()
        assert not app.is_running
    assert sorted(store.article(article.id).tags) == ["asean", "trade"]
    assert DraftFolder(store.path).drafts() == [], "tags added take their draft away"


async def test_a_hang_up_over_tags_refused_keeps_them_to_say_at_the_next_start(store: Store):
    """Tags the dialog refuses (one longer than 64 characters) were lost without a word when
    the terminal closed; they are kept beside the store, and the next start says what was
    typed, for what, and why it was not added; kept as a draft too, they are offered again."""
    from diplotui.session.drafts import DraftFolder
    from diplotui.session.refused import refused_path
    from diplotui.tui.dialogs.dialog import end_on_hangup
    from diplotui.tui.launch import open_for_app

    article = add_article(store, "Hung up mid-tags", PARAGRAPHS)
    typed = "asean, " + "mekong-" * 10
    async with reading(store) as (app, pilot, _reader):
        await pilot.press("t")
        await type_text(pilot, typed)
        end_on_hangup(app)
        await pilot.pause()
        await pilot.pause()
        assert not app.is_running
    assert store.article(article.id).tags == []
    assert refused_path(store.path).exists()
    [draft] = DraftFolder(store.path).drafts(article.id)  # as a kill keeps them
    assert (draft.of, draft.text) == ("tags", typed)
    store.close()
    again, notices = open_for_app(store.path, read_only=False)
    again.close()
    said = [n for n in notices if "could not be saved" in n]
    assert len(said) == 1, notices
    assert "the tags typed for “Hung up mid-tags”" in said[0]
    assert "tag too long (70 characters, at most 64)" in said[0]
    assert said[0].endswith("Tagging it again offers them back."), said[0]  # its draft
    assert not refused_path(store.path).exists(), "said once"


async def test_ctrl_q_on_an_unchanged_note_quits_at_once(store: Store):
    add_article(store, "Quit with a note open", PARAGRAPHS)
    async with reading(store) as (app, pilot, _reader):
        await pilot.press("n", "ctrl+q")
        await pilot.pause()
        assert not app.is_running


async def test_a_burst_of_keys_before_ctrl_s_is_all_saved(store: Store):
    article = add_article(store, "Burst", PARAGRAPHS)
    typed = ("burst of text " * 150)[:2000]
    async with reading(store) as (app, pilot, _reader):
        await pilot.press("n")
        await pilot.pause()
        for char in typed:
            key = "space" if char == " " else char
            app.post_message(events.Key(key, char))
        app.post_message(events.Key("ctrl+s", None))
        await pilot.pause()
        await pilot.pause()
        assert store.article(article.id).note == typed.strip()


async def test_delete_article_asks_names_it_and_undo_brings_it_back(store: Store):
    article = add_article(store, "Doomed article", PARAGRAPHS)
    async with reading(store) as (app, pilot, _reader):
        await pilot.press("j", "h", "J", "h")
        await pilot.pause()
        assert len(store.highlights(article.id)) == 2
        await pilot.press("D")
        await pilot.pause()
        await pilot.press("n")  # declined: nothing happens
        await pilot.pause()
        assert store.article(article.id)
        await pilot.press("D", "y")
        await pilot.pause()
        assert article.id not in {a.id for a in store.articles()}
        assert store.highlights(article.id) == []
        assert reader_of(app).article_id is None
        assert article.id not in app.screen.query_one(ArticleList).row_ids
        assert "Deleted “Doomed article” with 2 highlights: ctrl+z undoes." in notices_said(app)
        library = app.screen.query_one(ArticleList)
        library.focus()  # where deletions mostly happen, and where u means read/unread
        await pilot.pause()
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert store.article(article.id).title == "Doomed article"
        assert len(store.highlights(article.id)) == 2
        assert article.id in app.screen.query_one(ArticleList).row_ids
        assert "Undone: deletion of “Doomed article”." in notices_said(app)


async def test_keys_after_deleting_the_open_article_do_nothing_harmful(store: Store):
    article = add_article(store, "Gone soon", PARAGRAPHS)
    other = add_article(store, "Stays", "One sentence here.", date="2029-01-01")
    async with reading(store, size=(80, 24)) as (app, pilot, _reader):
        await pilot.press("slash")
        await type_text(pilot, "third")
        await pilot.press("enter", "v", "j", "D", "y")
        await pilot.pause()
        assert reader_of(app).article_id is None
        await pilot.press("j", "h", "4", "y", "n", "number_sign", "d", "escape")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "MainScreen"
        assert [a.id for a in store.articles()] == [other.id]
        assert store.highlights() == []
        await pilot.press("u")
        await pilot.pause()
        assert {a.id for a in store.articles()} == {article.id, other.id}
        await pilot.press("u")
        await pilot.pause()
        assert "Nothing to undo." in notices_said(app)


async def test_list_keys_act_on_the_selected_row_not_the_open_article(store: Store):
    from diplotui.tui.dialogs.export import ExportScreen
    from diplotui.tui.dialogs.metadata import MetadataScreen

    opened = add_article(store, "Open one", PARAGRAPHS)
    selected = add_article(store, "Selected one", "Short text.", date="2029-01-01")
    async with reading(store) as (app, pilot, reader):
        assert reader.article_id == opened.id
        library = app.screen.query_one(ArticleList)
        library.focus()
        await pilot.press("j")
        assert library.current_id == selected.id
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, MetadataScreen)
        assert app.screen._article.id == selected.id
        await pilot.press("escape")
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        assert app.screen._open_id == selected.id
        await pilot.press("escape")
        await pilot.pause()
        reader_of(app).focus()
        await pilot.press("x")
        await pilot.pause()
        assert app.screen._open_id == opened.id, "from the reader, the open article"


async def test_a_selection_scrolled_out_of_view_is_marked_at_the_edge(store: Store):
    add_article(store, "Scrolled away", PARAGRAPHS)
    async with reading(store) as (_app, pilot, reader):
        bottom = reader.scrollable_content_region.height - 1

        def gutter(row: int) -> str:
            return reader.render_line(row)._segments[0].text.strip()

        await pilot.press("j", "V")
        assert (gutter(0), gutter(bottom)) == ("", "")
        await pilot.press(*["pagedown"] * 3)  # the view scrolls; the cursor stays
        assert reader.selection is not None
        assert (gutter(0), gutter(bottom)) == ("↑", "")
        await pilot.press("G", "V", "home")
        assert reader.scroll_y == 0 and reader.selection is not None
        assert (gutter(0), gutter(bottom)) == ("", "↓")


async def test_keys_act_on_the_page_paged_to_not_on_a_sentence_paged_away_from(store: Store):
    """``pagedown`` three times left the reading cursor on the title, out of sight: ``3``
    then highlighted the title, and the app reopened at the top, not where the reader was."""
    article = add_article(store, "Paged far", PARAGRAPHS)
    async with reading(store) as (_app, pilot, reader):
        await pilot.press(*["pagedown"] * 3)
        top = reader.offset_at_top()
        assert top is not None and top > 0
        await pilot.press("3")
        await pilot.pause()
        [marked] = store.highlights(article.id)
        assert marked.start >= top, "the highlight is on the page shown"
        assert marked.quote.startswith("Paragraph") and marked.color == "figure"
        shown = reader.scroll_y
        for _ in range(5):  # up a line at a time: the cursor stays in sight, the view moves
            await pilot.press("up")
            assert reader.scroll_y < shown
            shown = reader.scroll_y
            first = reader.line_index_of(reader.cursor_span[0])
            assert shown <= first < shown + reader.scrollable_content_region.height
        await pilot.press("end")
        reading_at = reader.cursor_span[0]
        assert reading_at >= (reader.offset_at_top() or 0)
    reopened = DiplotuiApp(store)
    async with reopened.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert reader_of(reopened).cursor_span[0] == reading_at, "reopened where reading"


async def test_the_mouse_wheel_brings_the_cursor_along_as_the_keys_do(store: Store):
    """Scrolled by the wheel, the cursor stayed on the title out of sight, where ``y`` and
    ``h`` then acted."""
    add_article(store, "Wheeled far", PARAGRAPHS)
    async with reading(store) as (_app, pilot, reader):
        for _ in range(30):
            reader.post_message(events.MouseScrollDown(reader, 5, 5, 0, 1, 1, False, False, False))
        await pilot.pause()
        top = reader.scroll_y
        assert top > 10
        first = reader.line_index_of(reader.cursor_span[0])
        assert top <= first < top + reader.scrollable_content_region.height
        reader.post_message(events.MouseScrollUp(reader, 5, 5, 0, -1, 1, False, False, False))
        await pilot.pause()
        assert reader.scroll_y < top
        first = reader.line_index_of(reader.cursor_span[0])
        assert reader.scroll_y <= first < reader.scroll_y + reader.scrollable_content_region.height


async def test_h_after_one_turn_of_the_wheel_highlights_a_sentence_shown(store: Store):
    """The wheel scrolled the view twice per turn (Textual's own handler ran after the
    reader's, which had already scrolled and brought the cursor along): the cursor was left
    one sentence above the view, where ``h`` then highlighted words out of sight."""
    body = "\n".join(f"Round {n} ends." for n in range(1, 61))
    article = add_article(store, "Wheeled once", body)
    async with reading(store) as (app, pilot, reader):
        for turn in range(1, 11):
            reader.post_message(events.MouseScrollDown(reader, 5, 5, 0, 1, 1, False, False, False))
            await pilot.pause()
            first = reader.line_index_of(reader.cursor_span[0])
            top = int(reader.scroll_y)
            assert top <= first < top + reader.scrollable_content_region.height, turn
        await pilot.press("h")
        await pilot.pause()
        [highlight] = store.highlights(article.id)
        shown = ["".join(char for char, _ in line) for line in screen_cells(app)]
        assert any(f" {highlight.quote} " in line for line in shown[1:-1])


@pytest.mark.parametrize("key", ["y", "h", "n"])
async def test_a_selection_paged_away_from_is_shown_when_a_key_acts_on_it(
    store: Store, clipboard: list[str], key: str
):
    """A selection held while the view paged three screens on was acted on out of sight
    (only an arrow at the gutter's edge said it was there): ``y`` copied and ``h``
    highlighted words the screen did not show. The passage acted on is brought into view."""
    body = "\n".join(f"Round {n} ends." for n in range(1, 81))
    article = add_article(store, "Paged away", body)
    async with reading(store) as (app, pilot, _reader):
        await pilot.press("j", "j", "v", "j", "pagedown", "pagedown", "pagedown")
        await pilot.pause()
        shown = ["".join(char for char, _ in line) for line in screen_cells(app)]
        assert not any("Round 2 ends." in line for line in shown)
        await pilot.press(key)
        await pilot.pause()
        if key == "n":
            await type_text(pilot, "why")
            await pilot.press("ctrl+s")
            await pilot.pause()
        shown = ["".join(char for char, _ in line) for line in screen_cells(app)]
        assert any(" Round 2 ends. " in line for line in shown)
        assert any(" Round 3 ends. " in line for line in shown)
    if key == "y":
        assert clipboard[-1].startswith("“Round 2 ends. Round 3 ends.”")
    else:
        [highlight] = store.highlights(article.id)
        assert highlight.quote == "Round 2 ends.\nRound 3 ends."


async def test_h_after_the_scrollbar_is_dragged_or_paged_highlights_a_sentence_shown(
    store: Store,
):
    """Dragging the reader's scrollbar (or clicking its track) left the cursor on the title,
    out of sight, where ``h`` then highlighted: the wheel and the keys brought it along."""
    body = "\n".join(f"Round {n} ends." for n in range(1, 81))
    article = add_article(store, "Dragged far", body)
    async with reading(store) as (app, pilot, reader):
        reader.vertical_scrollbar.post_message(ScrollTo(y=60, animate=True))
        await pilot.pause(0.3)
        top = int(reader.scroll_y)
        assert top == 60
        assert top <= reader.line_index_of(reader.cursor_span[0])
        reader.vertical_scrollbar.post_message(ScrollDown())
        await pilot.pause(0.3)
        assert reader.scroll_y > top
        await pilot.press("h")
        await pilot.pause()
        [highlight] = store.highlights(article.id)
        shown = ["".join(char for char, _ in line) for line in screen_cells(app)]
        assert any(f" {highlight.quote} " in line for line in shown[1:-1])


async def test_note_and_tag_keys_on_a_selection_highlight_it(store: Store):
    article = add_article(store, "Selected notes", PARAGRAPHS)
    async with reading(store) as (app, pilot, _reader):
        await pilot.press("j", "v", "j", "n")
        await type_text(pilot, "why")
        await pilot.press("ctrl+s")
        await pilot.pause()
        [noted] = store.highlights(article.id)
        assert noted.quote == "Paragraph 1 opens here. Its second sentence follows."
        assert noted.note == "why"
        assert store.article(article.id).note == "", "the note went to the selection"
        await pilot.press("J", "V", "number_sign")
        await type_text(pilot, "later")
        await pilot.press("enter")
        await pilot.pause()
        tagged = next(h for h in store.highlights(article.id) if h.id != noted.id)
        assert tagged.quote.startswith("Paragraph 2 opens here.") and tagged.tags == ["later"]
        assert "Highlighted “Paragraph 2 opens here. Its second…”: key statement." in notices_said(
            app
        )
        await pilot.press("u", "u")
        await pilot.pause()
        assert store.highlights(article.id) == []


async def _quit_and_save(app: DiplotuiApp, pilot: Pilot) -> None:
    """ctrl+q with typing in a dialog asks first; ``s`` saves and the quit goes ahead."""
    await pilot.press("ctrl+q")
    await pilot.pause()
    assert app.is_running and app.screen.__class__.__name__ == "UnsavedEditScreen"
    await pilot.press("s")
    await pilot.pause()
    assert not app.is_running


async def test_ctrl_q_in_the_details_dialog_asks_before_losing_the_typing(store: Store):
    """The details (i) dialog quit at once on ctrl+q, losing every field typed."""
    article = add_article(store, "Details", PARAGRAPHS)
    async with reading(store) as (app, pilot, _reader):
        app.screen.query_one(ArticleList).focus()
        await pilot.press("i", "end")
        await type_text(pilot, " revised")
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.press("k")  # keep editing: nothing saved, the typing still there
        await pilot.pause()
        assert app.is_running and store.article(article.id).title == "Details"
        await _quit_and_save(app, pilot)
    assert store.article(article.id).title == "Details revised"


async def test_ctrl_q_in_the_tag_and_filter_name_dialogs_asks_before_losing_the_typing(
    store: Store,
):
    article = add_article(store, "Tagged", PARAGRAPHS)
    async with reading(store) as (app, pilot, _reader):
        await pilot.press("t")
        await type_text(pilot, "urgent")
        await _quit_and_save(app, pilot)
    assert store.article(article.id).tags == ["urgent"]
    async with reading(store) as (app, pilot, _reader):
        app.screen.query_one(ArticleList).focus()
        await pilot.press("f")
        await type_text(pilot, "urgent")
        await pilot.press("enter", "F")
        await type_text(pilot, "Urgent ones")
        await _quit_and_save(app, pilot)
    assert [f.name for f in store.saved_filters()] == ["Urgent ones"]


async def test_ctrl_q_in_an_untouched_details_dialog_quits_at_once(store: Store):
    add_article(store, "Untouched", PARAGRAPHS)
    async with reading(store) as (app, pilot, _reader):
        app.screen.query_one(ArticleList).focus()
        await pilot.press("i", "ctrl+q")
        await pilot.pause()
        assert not app.is_running


async def test_a_wrapped_title_pasted_into_the_details_dialog_is_kept_whole(store: Store):
    """The details fields kept only a paste's first line: half a wrapped title, silently."""
    article = add_article(store, "Old title", PARAGRAPHS)
    async with reading(store) as (app, pilot, _reader):
        app.screen.query_one(ArticleList).focus()
        await pilot.press("i")
        app.screen.focused.value = ""  # type: ignore[union-attr]  # the title field, cleared
        app.post_message(events.Paste("Ministers meet in Hanoi\r\n  on trade and climate\n"))
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert store.article(article.id).title == "Ministers meet in Hanoi on trade and climate"


def _reader_rows(reader: Reader) -> list[str]:
    """The rows the reader draws now, behind a dialog or not."""
    height = reader.scrollable_content_region.height
    return ["".join(s.text for s in reader.render_line(y)) for y in range(height)]


@pytest.mark.parametrize("key", ["E", "P", "L", "V", "quotation_mark", "w", "b", "d"])
async def test_every_key_on_a_selection_or_the_cursor_paged_away_from_shows_it(
    store: Store, key: str
):
    """``h``, ``n``, ``#`` and ``y`` bring a selection paged away from into view, but the
    other keys acting on the selection or on the cursor's sentence did not: ``E`` and ``P``
    opened their dialogs on words out of sight, ``w`` and ``b`` moved an end not shown, ``V``
    and ``"`` selected (or found no quotation in) a sentence three screens away, ``L`` named
    no one in a sentence the user could not see, ``d`` found "no highlight here" out of
    sight. Each shows what it acts on first."""
    body = "\n".join(f"Round {n} opens. Round {n} ends." for n in range(1, 81))
    add_article(store, "Paged away", body)
    async with reading(store) as (app, pilot, reader):
        await pilot.press("j", "j", "v", "pagedown", "pagedown", "pagedown")
        await pilot.pause()
        assert not any("Round 2 opens." in row for row in _reader_rows(reader))
        await pilot.press(key)
        await pilot.pause()
        assert any(" Round 2 opens. " in row for row in _reader_rows(reader))
        if key in ("E", "P"):
            assert "Round 2 opens." in screen_text(app), "its dialog quotes the words"
