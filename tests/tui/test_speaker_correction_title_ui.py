"""``P``'s title names the speaker being corrected, whole at every size: at 60x20 a long
name was cut to the dialog's width ("Who said this? Now: María Alejandra Fernández de la…"),
so the user could not see whom they were correcting (ui49c)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Label

from diplotui.layout import listed_name
from diplotui.library.statement_cache import article_statements
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.speaker_correction import SpeakerCorrectionScreen

from .helpers import pane_words, screen_text
from .statements_ui_support import add_article, given_to, open_first

TEXT = (
    'Talks\n\nHanoi, July 18, 2025 - "We are ready to talk," said Deputy Minister Ngo Le Van.'
    "\n\nThe weather was fine.\n"
)
SPEAKER = "María Alejandra Fernández de la Vega Sanz-Castellanos"


LONG_SPEAKER = " ".join(["Maximiliano"] * 41)[:491]
"""A user's name (``speaker --name`` takes 500 letters): wrapped whole over ten rows of the
title, the dialog scrolled to its field and "Who said this?" was out of view at 80x24 and
60x20. The title names a speaker as the sidebar lists one (``listed_name``)."""


@pytest.mark.parametrize("speaker", [SPEAKER, LONG_SPEAKER])
@pytest.mark.parametrize("size", [(60, 20), (80, 24), (120, 40)])
async def test_the_speaker_being_corrected_reads_whole(
    store_path: Path, size: tuple[int, int], speaker: str
) -> None:
    store = Store.open(store_path)
    article = add_article(store, TEXT, "Talks", "2025-07-18")
    said = article_statements(TEXT, [], "Talks")[0]
    store.save_speaker_corrections([given_to(article, TEXT, said, speaker)])
    app = DiplotuiApp(store)
    async with app.run_test(size=size) as pilot:
        await open_first(app, pilot)
        await pilot.press("s", "P")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, SpeakerCorrectionScreen)
        assert "Who said this? Now: " in screen_text(app), "the question in view"
        title = dialog.query_one(".dialog-title", Label)
        assert pane_words(app, title) == f"Who said this? Now: {listed_name(speaker)}"
        await pilot.press("escape")
    store.close()
