"""A paste's start mark with no end mark after it (a terminal's or multiplexer's fault, a
line cut, a program's output echoed) opened a paste that never ended: every key after it,
``q`` and ``ctrl+q`` too, was read as pasted text, the app deaf to keys until killed
(attack64's rest, attack65). A paste fed nothing for a second now ends with what it had."""

from __future__ import annotations

import time

import pytest
from textual.widgets import TextArea

from diplotui.store import Store
from diplotui.tui import paste_input
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.paste_input import PASTE_QUIET_S, WholePasteParser

from .test_reader_support import add_article, open_first


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    clock = Clock()
    monkeypatch.setattr(paste_input, "monotonic", clock)  # its clock alone
    return clock


def _shown(tokens) -> list[tuple[str, str]]:
    return [
        (type(token).__name__, getattr(token, "text", None) or getattr(token, "key", ""))
        for token in tokens
    ]


def test_a_paste_whose_end_never_comes_ends_when_input_goes_quiet(clock: Clock):
    parser = WholePasteParser()
    assert [*parser.feed("\x1b[200~half a report")] == []
    clock.now += PASTE_QUIET_S / 2
    assert [*parser.tick()] == []  # a paste still coming in is waited for
    assert [*parser.feed(" and more")] == []
    clock.now += PASTE_QUIET_S / 2
    assert [*parser.tick()] == []  # each read waits the quiet time anew
    clock.now += PASTE_QUIET_S
    assert _shown(parser.tick()) == [("Paste", "half a report and more")]
    assert _shown(parser.feed("q")) == [("Key", "q")]


def test_a_cut_end_mark_held_at_the_quiet_time_is_the_pastes_text(clock: Clock):
    parser = WholePasteParser()
    assert [*parser.feed("\x1b[200~text\x1b[20")] == []
    clock.now += PASTE_QUIET_S * 2
    assert _shown(parser.tick()) == [("Paste", "text\x1b[20")]
    assert _shown(parser.feed("j")) == [("Key", "j")]


def test_a_whole_paste_is_not_ended_twice(clock: Clock):
    parser = WholePasteParser()
    assert _shown(parser.feed("\x1b[200~whole\x1b[201~")) == [("Paste", "whole")]
    clock.now += PASTE_QUIET_S * 2
    assert [*parser.tick()] == []


def test_a_start_marks_beginning_with_nothing_after_it_is_keys_at_the_quiet_time(
    clock: Clock,
):
    parser = WholePasteParser()
    assert _shown(parser.feed("a\x1b[20")) == [("Key", "a")]
    clock.now += PASTE_QUIET_S * 2
    assert [*parser.tick()] == []  # given to Textual's parser, which waits its own time
    time.sleep(0.3)
    assert _shown(parser.tick()) == [("Key", "left_square_bracket"), ("Key", "2"), ("Key", "0")]
    assert _shown(parser.feed("q")) == [("Key", "q")]


async def test_the_app_hears_its_keys_after_a_paste_that_never_ended(store_path, clock: Clock):
    store = Store.open(store_path)
    article = add_article(store, "Cut paste", "One sentence here.")
    app = DiplotuiApp(store)
    parser = WholePasteParser()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        await pilot.press("n")
        await pilot.pause()
        for token in parser.feed("\x1b[200~A report cut before its end mark"):
            app.post_message(token)
        await pilot.pause()
        assert app.screen.query_one(TextArea).text == ""  # still coming in
        clock.now += PASTE_QUIET_S * 2
        for token in parser.tick():
            app.post_message(token)
        await pilot.pause()
        assert app.screen.query_one(TextArea).text == "A report cut before its end mark"
        await pilot.press("ctrl+s")  # a key, not pasted text
        await pilot.pause()
        note = store.article(article.id).note
    store.close()
    assert note == "A report cut before its end mark"
