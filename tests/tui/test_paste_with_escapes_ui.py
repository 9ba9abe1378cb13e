"""A paste holding an escape (text copied from a coloured terminal, a log) reaches the app
whole and in order: Textual's parser read every character after the escape as a key press
and gave the paste's first part last, so a report pasted into a note was saved scrambled."""

from __future__ import annotations

import sys
import types

import pytest
from textual import events
from textual.drivers import linux_driver
from textual.widgets import TextArea

from diplotui.store import Store
from diplotui.tui import launch
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.paste_input import WholePasteParser, take_pastes_whole

from .test_reader_support import add_article, open_first

REPORT = "Report line one [bold]kept[/bold] and \x1b[31mred\x1b[0m, then the rest.\rLast line."
PASTED = f"\x1b[200~{REPORT}\x1b[201~"


def test_the_drivers_parser_gives_a_paste_with_an_escape_whole():
    take_pastes_whole()
    parser = linux_driver.XTermParser()
    tokens = [*parser.feed(f"a{PASTED}b")]
    assert [type(token) for token in tokens] == [events.Key, events.Paste, events.Key]
    assert [getattr(token, "key", None) for token in (tokens[0], tokens[2])] == ["a", "b"]
    assert isinstance(tokens[1], events.Paste) and tokens[1].text == REPORT


def test_a_paste_split_across_reads_is_one_paste():
    parser = WholePasteParser()
    tokens = []
    for at in range(0, len(PASTED), 5):  # its end mark cut in two too
        tokens.extend(parser.feed(PASTED[at : at + 5]))
    assert [(type(token), getattr(token, "text", "")) for token in tokens] == [
        (events.Paste, REPORT)
    ]
    assert [getattr(token, "key", "") for token in parser.feed("q")] == ["q"]


async def test_a_report_holding_an_escape_pasted_into_a_note_is_saved_in_order(store_path):
    store = Store.open(store_path)
    article = add_article(store, "Escapes", "One sentence here.")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        await pilot.press("n")
        await pilot.pause()
        take_pastes_whole()
        for token in linux_driver.XTermParser().feed(PASTED):
            app.post_message(token)
        await pilot.pause()
        assert app.screen.query_one(TextArea).text.startswith("Report line one")
        await pilot.press("ctrl+s")
        await pilot.pause()
        note = store.article(article.id).note
    store.close()
    assert note.startswith("Report line one [bold]kept[/bold] and ")
    assert note.endswith("then the rest.\nLast line.")


def test_a_textual_without_the_parser_it_was_written_against_keeps_its_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The whole-paste parser is written against Textual's private one: a Textual whose
    private parser is not that one (another release) must still start the app, with its own."""
    monkeypatch.setitem(sys.modules, "textual._xterm_parser", types.ModuleType("elsewhere"))
    monkeypatch.delitem(sys.modules, "diplotui.tui.paste_input")
    monkeypatch.setattr(linux_driver, "XTermParser", linux_driver.XTermParser)
    before = linux_driver.XTermParser
    launch._take_pastes_whole()
    assert linux_driver.XTermParser is before


def test_a_paste_whose_start_mark_a_read_cuts_after_another_paste_is_whole():
    """Two pastes in a row, the read ending the first cut inside the second's start mark:
    that mark went to Textual's parser, which read the second paste itself, every character
    after its escape a key ("^[31m" typed) and its first part last (attack64)."""
    parser = WholePasteParser()
    tokens = [*parser.feed(f"{PASTED}\x1b[20"), *parser.feed(PASTED[4:])]
    assert [(type(token), getattr(token, "text", "")) for token in tokens] == [
        (events.Paste, REPORT),
        (events.Paste, REPORT),
    ]
    assert [getattr(token, "key", "") for token in parser.feed("q")] == ["q"]
