"""``h`` on a selection holding a statement: the highlight goes on the speaker's words."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from textual.widgets import OptionList

from diplotui.cite import STYLE_SETTING
from diplotui.model import Article
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from tests.cli.test_cli_statement_highlights import ARTICLE, ARTICLE_ID, HANG_WORDS, TEXT
from tests.cli_runner import run_main

from .helpers import notices_said, settle, type_text
from .statements_ui_support import open_first as _open_first
from .test_reader_support import sidebar_rows


def _plain_store(store_path: Path, article: Article, text: str) -> Store:
    """A store holding ``article`` with ``text``, copies cited in the plain style."""
    store = Store.open(store_path)
    store.add_article(article, text)
    store.set_setting(STYLE_SETTING, "plain")
    return store


def _peninsula_store(store_path: Path) -> Store:
    """Cho Hyun's 'and emphasized, "At the very least, ..."', which the finder takes for a
    reported statement and ``y`` and the exports quote as his words."""
    text = (
        "Talks on the peninsula\n\n"
        'Minister Cho Hyun spoke on Monday, and emphasized, "At the very least, we want to '
        'establish a hotline."\n'
    )
    article = replace(ARTICLE, id="peninsula", title="Talks on the peninsula")
    return _plain_store(store_path, article, text)


async def test_h_on_a_selected_attribution_and_quotation_stores_the_quotation(
    store_path: Path, clipboard
):
    """'spokeswoman Pham Thu Hang said: "..."' selected with v and highlighted with h stored
    the reporter's words as Hang's quote: the sidebar's and the exports' quote of her."""
    store = _plain_store(store_path, ARTICLE, TEXT)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await _open_first(app, pilot)
        for _ in range(8):
            if "Hang said" in reader.text[slice(*reader.cursor_span)]:
                break
            await pilot.press("j")
        await pilot.press("v", "h")  # the whole sentence, "Answering ... Hang said:" too
        await pilot.pause()
        (highlight,) = store.highlights(ARTICLE_ID)
        assert (highlight.quote, highlight.speaker) == (HANG_WORDS, "Pham Thu Hang")
        assert TEXT[highlight.start : highlight.end] == HANG_WORDS
        await pilot.press("y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert clipboard[-1].startswith(f"“{HANG_WORDS}”\n— Pham Thu Hang (spokeswoman)")
        [row] = [row for row in sidebar_rows(app) if row.startswith("▌ ")]
        assert "Answering" not in row and "Hang said" not in row, row
        await pilot.press("u")  # undo takes it away whole
        await pilot.pause()
        assert store.highlights(ARTICLE_ID) == []
    store.close()


@pytest.mark.parametrize("key", ["n", "number_sign"])
async def test_a_note_or_tag_on_a_selected_statement_names_the_words_it_highlighted(
    store_path: Path, key: str
):
    """``n`` (a note) and ``#`` (tags) on a selection highlight it, and said "Highlighted “Answering
    reporters' question about…”": the selection, where the highlight stores Hang's words
    alone, the words ``h`` names."""
    store = _plain_store(store_path, ARTICLE, TEXT)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await _open_first(app, pilot)
        while "Hang said" not in reader.text[slice(*reader.cursor_span)]:
            await pilot.press("j")
        await pilot.press("v", key)
        await settle(app, pilot)
        await type_text(pilot, "sovereignty")
        await pilot.press("ctrl+s" if key == "n" else "enter")
        await pilot.pause()
        (highlight,) = store.highlights(ARTICLE_ID)
        assert highlight.quote == HANG_WORDS
        said = notices_said(app)[-1]
        assert said == "Highlighted “Viet Nam's consistent stance is that…”: key statement."
    store.close()


async def test_y_and_h_on_a_selected_reported_sentence_take_the_words_after_its_verb(
    store_path: Path, clipboard
):
    """A whole sentence selected, "Minister Ngo Le Van called on delegates to ...", was
    copied "Ngo Le Van said: Minister Ngo Le Van called on delegates ...": the reporter's
    words given to him as a paraphrase of his own."""
    text = (
        "Talks on the coast\n\n"
        "Minister Ngo Le Van called on delegates to reflect on the three key topics of the "
        "conference on the coast.\n"
    )
    store = _plain_store(store_path, replace(ARTICLE, id="coast", title="Talks on the coast"), text)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await _open_first(app, pilot)
        while "called on" not in reader.text[slice(*reader.cursor_span)]:
            await pilot.press("j")
        await pilot.press("v", "y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        said = "Ngo Le Van (Minister) called on delegates to reflect on the three key topics"
        assert clipboard[-1].startswith(f"{said} of the conference on the coast.\n— Ngo Le Van")
        await pilot.press("v", "h")
        await pilot.pause()
        (highlight,) = store.highlights("coast")
        assert highlight.quote.startswith("delegates to reflect on the three key topics")
    store.close()


async def test_y_in_the_statements_view_quotes_what_the_reader_and_the_exports_call_direct(
    store_path: Path, clipboard
):
    """The finder took 'and emphasized, "At the very least, ..."' for a reported statement:
    the Statements view copied it "Cho Hyun emphasized “At the very least ...”", while ``y``
    in the reader and every export quoted it as his words."""
    from .helpers import open_statements_view, type_text

    store = _peninsula_store(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_statements_view(app, pilot)
        await type_text(pilot, "cho")
        await pilot.press("enter", "y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert clipboard[-1].startswith(
            "“At the very least, we want to establish a hotline.”\n— Cho Hyun (Minister)"
        )
    store.close()


async def test_the_statements_view_the_timeline_and_the_listing_quote_what_y_quotes(
    store_path: Path, clipboard
):
    """The Statements view, the timeline and ``diplotui statements`` marked a row as a
    quotation by the finder's kind, ``y`` and the exports by the marks around its words in
    the article: 'and emphasized, "At the very least, ..."' was listed as a paraphrase
    (': "At the very least, ..."', the article's straight marks and all) and copied as Cho
    Hyun's own words."""
    from .helpers import open_statements_view

    store = _peninsula_store(store_path)
    quoted = "Cho Hyun (Minister) emphasized: “At the very least, we want to establish a hotline.”"
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_statements_view(app, pilot)
        listing = app.screen.query_one("#statements-list", OptionList)
        assert str(listing.get_option_at_index(0).prompt).split("\n")[0] == quoted
        await pilot.press("enter", "y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert clipboard[-1].startswith("“At the very least, we want to establish a hotline.”")
        await pilot.press("enter", "L")  # the article at the statement; its speaker's timeline
        await app.workers.wait_for_complete()
        await pilot.pause()
        entries = app.screen.query_one(OptionList)
        assert str(entries.get_option_at_index(0).prompt).split("\n")[0].endswith(quoted)
    store.close()
    listed = run_main("--db", str(store_path), "statements").stdout
    assert f" {quoted} — Talks on the peninsula" in listed
    timeline = run_main("--db", str(store_path), "timeline", "Cho Hyun").stdout
    assert f" {quoted} — Talks on the peninsula · Vietnam News Agency [peninsul]" in timeline
