"""``P``'s title names the speaker being corrected, whole at every size: at 60x20 a long
name was cut to the dialog's width ("Who said this? Now: María Alejandra Fernández de la…"),
so the user could not see whom they were correcting (ui49c)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Label

from diplotui.library.statement_cache import article_statements
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.speaker_correction import SpeakerCorrectionScreen

from .helpers import pane_words
from .statements_ui_support import add_article, given_to, open_first

TEXT = (
    'Talks\n\nHanoi, July 18, 2025 - "We are ready to talk," said Deputy Minister Ngo Le Van.'
    "\n\nThe weather was fine.\n"
)
SPEAKER = "María Alejandra Fernández de la Vega Sanz-Castellanos"


@pytest.mark.parametrize("size", [(60, 20), (80, 24), (120, 40)])
async def test_the_speaker_being_corrected_reads_whole(
    store_path: Path, size: tuple[int, int]
) -> None:
    store = Store.open(store_path)
    article = add_article(store, TEXT, "Talks", "2025-07-18")
    said = article_statements(TEXT, [], "Talks")[0]
    store.save_speaker_corrections([given_to(article, TEXT, said, SPEAKER)])
    app = DiplotuiApp(store)
    async with app.run_test(size=size) as pilot:
        await open_first(app, pilot)
        await pilot.press("s", "P")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, SpeakerCorrectionScreen)
        title = dialog.query_one(".dialog-title", Label)
        assert pane_words(app, title) == f"Who said this? Now: {SPEAKER}"
        await pilot.press("escape")
    store.close()
