"""One article the statement finder raises on (a bug one odd text meets) ends neither the
Statements view nor the app: ``W`` lists every other article's statements and names that one
in a warning; the reader opens it on its text and names, and says why it marks no statement.
The finder's bug is simulated by a finder raising on one text; the store is real TinyDB."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplotui.session.prepare_helper import NO_STATEMENTS
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.reader import Reader

from ..finder_bug import finder_raises_on
from .helpers import notices_said, open_statements_view, settle, statements_index
from .statements_ui_support import TEXT
from .statements_ui_support import add_article as _add
from .statements_ui_support import open_first as _open_first

ODD = (
    "Talks on the border\n"
    "Foreign Minister Wang Yi met Ambassador Jane Doe in Beijing.\n"
    "Wang Yi said the border talks were a success.\n"
)


@pytest.fixture
def finder_raises_on_odd(monkeypatch: pytest.MonkeyPatch) -> None:
    finder_raises_on(monkeypatch, "border talks")


def _library(store_path: Path) -> tuple[Store, str]:
    store = Store.open(store_path)
    _add(store, TEXT, "Enhancing capacity of people's organizations", "2025-07-18")
    odd = _add(store, ODD, "Talks on the border", "2025-07-20")  # newest: listed first
    return store, odd.id


async def test_the_statements_view_lists_the_rest_and_names_the_article_the_finder_fails_on(
    store_path: Path, finder_raises_on_odd: None
) -> None:
    store, odd_id = _library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_statements_view(app, pilot)
        index = statements_index(app)
        assert {row.statement.speaker for row in index.rows} == {"Ngo Le Van"}
        (warning,) = [n for n in notices_said(app) if odd_id in n]
        assert "Talks on the border" in warning and "IndexError" in warning, warning


async def test_the_reader_shows_the_text_and_names_of_the_article_the_finder_fails_on(
    store_path: Path, finder_raises_on_odd: None
) -> None:
    store, _odd_id = _library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await _open_first(app, pilot)
        await settle(app, pilot)
        assert reader.text == ODD
        assert reader.statements_found and not reader.statements
        assert {span.text for span in reader.entities} >= {"Wang Yi", "Jane Doe"}
        (notice,) = [n for n in notices_said(app) if n.startswith(NO_STATEMENTS)]
        assert "IndexError" in notice
        assert app.screen.query_one(Reader) is reader  # the app goes on


async def test_the_statements_view_says_in_its_title_an_article_is_left_out(
    store_path: Path, finder_raises_on_odd: None
) -> None:
    """The warning is a notice, gone in seconds: the view, opened again or filtered by the
    name only that article quotes, said "No speaker's name has the words" with no word of an
    article left out of it."""
    from textual.widgets import Label

    store, _odd_id = _library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_statements_view(app, pilot)
        await pilot.press("escape")
        app.clear_notifications()
        await open_statements_view(app, pilot)
        for letter in "Wang Yi":
            await pilot.press("space" if letter == " " else letter)
        await settle(app, pilot)
        title = str(app.screen.query_one("#statements-title", Label).render())
        assert title.startswith("Statements · 0 of "), title
        assert title.endswith(" · newest first · 1 article left out (finding failed)"), title


async def test_a_highlights_speaker_on_an_article_the_finder_fails_on_is_said_unchecked(
    store_path: Path, finder_raises_on_odd: None
) -> None:
    """The finder raising on the text left the reader no statement, and the sidebar said
    under a highlight of Wang Yi's words "no statement is found here now", and ``s`` "No
    statements found in this article": facts about the article, from a bug. The sidebar
    says the finder failed and ``s`` gives its error again; the highlight is not rewritten."""
    from diplotui.anchoring import new_highlight
    from diplotui.model import SpeakerSource
    from diplotui.tui.widgets.sidebar import UNCHECKED, UNFOUND

    from .test_reader_support import sidebar_rows

    store, odd_id = _library(store_path)
    words = "Wang Yi said the border talks were a success."
    start = ODD.index(words)
    highlight = new_highlight(odd_id, ODD, start, start + len(words), speaker="Wang Yi",
                              speaker_source=SpeakerSource.FOUND.value)  # fmt: skip
    store.save_highlight(highlight)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await _open_first(app, pilot)
        await settle(app, pilot)
        assert reader.article_id == odd_id
        [row] = [row for row in sidebar_rows(app) if "border talks" in row]
        assert "Wang Yi" in row and UNCHECKED in row and UNFOUND not in row, row
        app.clear_notifications()
        reader.focus()
        await pilot.press("s")
        await pilot.pause()
        (said,) = notices_said(app)
        assert said.startswith(NO_STATEMENTS) and "IndexError" in said, said
    assert store.highlight(highlight.id) == highlight  # the speaker first found, as stored
    store.close()
