"""``P`` on a statement of a hard-wrapped text (a newsletter, an e-mail) quotes its words as
the reader lays them out: the dialog showed the line break inside them as a "␊" (invented
newsletter)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Label

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.speaker_correction import SpeakerCorrectionScreen

from .statements_ui_support import add_article as _add
from .statements_ui_support import open_first as _open_first

NEWSLETTER = (
    "Weekly Diplomatic Digest\n"
    "\n"
    "The spokeswoman for the Ministry of Foreign Affairs, Pham Thu Hang,\n"
    'told a regular briefing that Hanoi "firmly opposes" any unilateral action\n'
    "in the area.\n"
)


async def test_p_quotes_a_wrapped_statement_with_a_space_at_its_soft_break(
    store_path: Path,
) -> None:
    store = Store.open(store_path)
    _add(store, NEWSLETTER, "Weekly Diplomatic Digest", "2025-07-24")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await _open_first(app, pilot)
        await pilot.press("s")
        assert reader.statement_at(*reader.cursor_span) is not None
        await pilot.press("P")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, SpeakerCorrectionScreen)
        shown = str(dialog.query_one("#speaker-words", Label).render())
        assert shown == "“Hanoi ‘firmly opposes’ any unilateral action in the area”"
    store.close()
