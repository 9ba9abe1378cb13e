"""A held key waits through keys that change only the view, and ``"`` waits for a long
article's sentences as the other keys wait for the names.

Any key dropped a held one: a user who pressed ``h`` and scrolled on, or ``tab`` to the
sidebar, or ``?`` to look a key up, lost the highlight (told so). ``"`` in a long article
opened a moment ago said "again in a moment" and did nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from diplotui.tui.dialogs.help import HelpScreen

from .helpers import notices_said
from .test_keys_held_for_names_ui import before_the_names
from .test_last_sentence_before_split_ui import sentences_held_back
from .test_reader_support import reader_of


async def test_scrolling_and_tab_between_panes_keep_a_held_highlight(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
):
    async with before_the_names(store_path, monkeypatch) as opened:
        sentence = opened.reader.cursor_span
        await opened.press("h")
        assert await opened.press("down", "up", "tab", "right_square_bracket", "shift+tab") == []
        await opened.names_found()
        (highlight,) = opened.store.highlights()
        assert sentence[0] <= highlight.start < highlight.end <= sentence[1]
        assert highlight.speaker == "Ngo Le Van"


async def test_a_held_highlight_waits_for_the_help_to_close(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Found while the help is open, the names do not act out of sight: the highlight is
    made once the help closes, and said then."""
    async with before_the_names(store_path, monkeypatch) as opened:
        await opened.press("h", "question_mark")
        assert isinstance(opened.app.screen, HelpScreen)
        await opened.names_found()
        assert opened.store.highlights() == []
        await opened.pilot.press("escape")
        await opened.pilot.pause()
        (highlight,) = opened.store.highlights()
        assert highlight.speaker == "Ngo Le Van"
        assert notices_said(opened.app)[-1].startswith("Highlighted ")


async def test_a_key_that_acts_still_drops_the_held_one(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
):
    async with before_the_names(store_path, monkeypatch) as opened:
        await opened.press("h", "tab")
        assert await opened.press("j") == [
            "h dropped: another key came before the names were found."
        ]
        await opened.names_found()
        assert opened.store.highlights() == []


QUOTED = " ".join(f'Minister Lan said round {n} "went well, on the whole".' for n in range(5))
LONG = "\n\n".join([QUOTED] * 800)  # 226 KB: its sentences read apart, past 200,000 characters


async def test_a_quotation_selected_before_the_sentences_are_read_is_selected_once_they_are(
    store_path: Any, monkeypatch: pytest.MonkeyPatch
):
    """``G`` lands on the last paragraph, one unit until the sentences come; ``"`` there
    waits for them and selects the quotation of the sentence ``G`` goes on to."""
    async with sentences_held_back(store_path, monkeypatch, LONG) as (app, pilot, hand_over):
        reader = reader_of(app)
        await pilot.press("G", "quotation_mark")
        await pilot.pause()
        assert notices_said(app)[-1] == "Selecting the quotation once the sentences are read…"
        assert reader.selection is None
        await hand_over()
        assert reader.selection is not None
        start, end = reader.selection
        assert reader.text[start:end] == "went well, on the whole"
        assert start > len(reader.text) - len(QUOTED)  # the last sentence's
