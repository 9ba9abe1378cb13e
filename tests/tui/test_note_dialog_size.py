"""A long note opens in the note dialog without its text being wrapped again and again, and
a note of one long line (a report pasted) takes keys without cutting the line whole."""

from __future__ import annotations

import random
from collections.abc import Iterable
from pathlib import Path

import pytest
from rich.containers import Lines
from rich.style import Style
from rich.text import Text
from textual._wrap import compute_wrap_offsets
from textual.document._document import Document
from textual.document._wrapped_document import WrappedDocument
from textual.pilot import Pilot
from textual.strip import Strip
from textual.widgets import TextArea
from textual.widgets.text_area import Selection

from diplotui.model import Article
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.note import NoteScreen
from diplotui.tui.widgets import long_lines
from diplotui.tui.widgets.fields import NoteArea
from diplotui.tui.widgets.long_lines import LONG_LINE, LongLinesWrapping, _rewrapped

from .test_reader_support import add_article, open_first

LINES = 2_000


def _noted_store(store_path: Path, note: str) -> tuple[Store, Article]:
    """A store of one article whose note is ``note``."""
    store = Store.open(store_path)
    article = add_article(store, "Shuttle diplomacy resumes", "The talks resumed.")
    store.save_as_given(articles=[(Article.from_dict(article.to_dict() | {"note": note}), None)])
    return store, article


async def _note_opened(app: DiplotuiApp, pilot: Pilot[None]) -> NoteArea:
    """The note dialog opened on the first article, its text wrapped at the dialog's width."""
    await open_first(app, pilot)
    await pilot.press("n")
    while not isinstance(app.screen, NoteScreen):
        await pilot.pause()
    area = app.screen.query_one(NoteArea)
    while area.wrap_width == 0:
        await pilot.pause()
    await pilot.pause()
    return area


async def test_a_long_hand_edited_note_is_wrapped_once_for_the_dialog_and_kept_whole(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """A 30 MB note (edited by hand in the store) took 25 s to open in the note dialog, the
    app frozen: Textual's text area measured every line of it seven times before the first
    key (made, its language set, every width of the dialog's layout) and again at every
    resize. Now the note is measured once for splitting it into lines and once at the
    dialog's width, a resize of the height measures nothing, and the note typed onto is
    saved whole. ``WrappedDocument.wrap`` is only counted: it runs as it does."""
    note = "\n".join(f"line {n} of a note pasted from a cable, then edited" for n in range(LINES))
    store, article = _noted_store(store_path, note)
    passes: list[int] = []
    wrap = WrappedDocument.wrap

    def counted(self: WrappedDocument, width: int, tab_width: int | None = None) -> None:
        if len(self.document.lines) == LINES:
            passes.append(width)
        wrap(self, width, tab_width)

    monkeypatch.setattr(WrappedDocument, "wrap", counted)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        area = await _note_opened(app, pilot)
        assert passes == [0, area.wrap_width]
        await pilot.resize_terminal(120, 30)
        await pilot.pause()
        assert passes == [0, area.wrap_width]
        await pilot.press("space", "o", "k", "ctrl+s")
        while isinstance(app.screen, NoteScreen):
            await pilot.pause()
    assert store.article(article.id).note == note + " ok"
    store.close()


REPORT = (
    "The delegation reviewed the partnership, including trade, investment, defence and "
    "security cooperation, and agreed to step up exchanges at all levels. "
)


async def test_typing_in_a_note_of_one_long_line_cuts_no_row_whole_and_saves_it_all(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """A report pasted without line breaks is one line of the note: Textual's text area cut
    that whole line into its rows for each row it drew and each cursor move, 4-6 s a key
    at 1 MB. Now a key cuts and wraps only the rows it changes; what is typed, at the end
    and inside the line, is saved with the rest exactly."""
    note = REPORT * (300_000 // len(REPORT))
    store, article = _noted_store(store_path, note)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _note_opened(app, pilot)
        cut: list[int] = []
        divide = Text.divide

        def counted(self: Text, offsets: Iterable[int]) -> Lines:
            lines = divide(self, offsets)
            cut.append(len(lines))
            return lines

        monkeypatch.setattr(Text, "divide", counted)
        await pilot.press("space", "o", "k")
        await pilot.press(*["left"] * 3, "x")
        await pilot.pause()
        assert max(cut, default=0) < 100, "a frame cut the note's line into all its rows"
        await pilot.press("ctrl+s")
        while isinstance(app.screen, NoteScreen):
            await pilot.pause()
    assert store.article(article.id).note == note + "x ok"
    store.close()


@pytest.mark.parametrize("width", [20, 37, 76])
def test_a_long_line_is_wrapped_again_from_the_edit_as_it_would_be_whole(
    width: int, monkeypatch: pytest.MonkeyPatch
):
    """The rows of a long line wrapped again from its edit on are those wrapping it whole
    gives: words and spaces typed, pasted or deleted anywhere, wide letters, a word longer
    than a row; the stretch wrapped again made short, so it is lengthened often."""
    monkeypatch.setattr(long_lines, "_WINDOW", 256)
    rng = random.Random(width)
    words = ["the", "delegation", "x" * 90, "Việt", "南海行为准则", "co-operation", "  "]
    for _ in range(40):
        line = " ".join(rng.choice(words) for _ in range(rng.randint(300, 1500)))
        old = compute_wrap_offsets(line, width, 4)
        start = rng.randint(0, len(line))
        end = min(len(line), start + rng.choice([0, 1, 5, 300]))
        typed = rng.choice(["", "x", " ", "y ", "pasted words " * rng.randint(1, 40), "南"])
        new = line[:start] + typed + line[end:]
        edit = (start, end, start + len(typed))
        assert _rewrapped(new, old, edit, width, 4) == compute_wrap_offsets(new, width, 4)


async def test_rows_of_a_long_line_look_as_the_text_area_draws_them(store_path: Path):
    """Each row of a long line, drawn alone, is the row the text area draws: the cursor's
    line, a selection across rows, the cursor."""
    note = REPORT * (LONG_LINE // len(REPORT) + 3)
    store, _ = _noted_store(store_path, note)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        area = await _note_opened(app, pilot)
        area.selection = Selection((0, len(note) - 200), (0, len(note) - 3))
        await pilot.pause()
        rows = range(area.scrollable_content_region.height)
        drawn = [_cells(area._render_line(y)) for y in rows]
        assert drawn == [_cells(TextArea._render_line(area, y)) for y in rows]
        assert any(cell[1] != drawn[0][0][1] for row in drawn for cell in row), "styled"
    store.close()


def _cells(strip: Strip) -> list[tuple[str, Style | None]]:
    return [(char, segment.style) for segment in strip for char in segment.text]


def test_a_document_edited_anywhere_is_wrapped_as_it_would_be_anew():
    """Edits in and around long lines (typed, deleted, a line split or joined, an undo's
    range that says less than it changed) leave the rows, and the rows of the lines after,
    as wrapping the whole text anew gives them."""
    rng = random.Random(7)
    lines = ["a short line", REPORT * 90, "", REPORT * 60 + "tail", "end"]
    document = Document("\n".join(lines))
    wrapped = LongLinesWrapping.made_of(WrappedDocument(document))
    wrapped.wrap(41)
    for _ in range(300):
        row = rng.randrange(document.line_count)
        if rng.random() < 0.7:  # mostly in the longest line
            row = max(range(document.line_count), key=lambda index: len(document[index]))
        column = rng.randint(0, len(document[row]))
        start = (row, column)
        end = (row, min(len(document[row]), column + rng.choice([0, 0, 1, 7])))
        if rng.random() < 0.1 and row + 1 < document.line_count:
            end = (row + 1, 0)  # a line joined with the next
        typed = rng.choice(["x", " ", "ab ", "", "words " * 30] * 3 + ["\n"])
        result = document.replace_range(start, end, typed)
        told = result.end_location
        if rng.random() < 0.1:  # as an undo of edits apart may tell the range
            told = (told[0], max(told[1] - 3, 0))
        wrapped.wrap_range(start, end, told)
        anew = WrappedDocument(document, 41)
        for table in ("_wrap_offsets", "_offset_to_line_info", "_line_index_to_offsets"):
            assert getattr(wrapped, table) == getattr(anew, table), table
