"""A selection over two speakers' statements is highlighted as selected, no one's words."""

from __future__ import annotations

from pathlib import Path

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .statements_ui_support import add_article as _add
from .statements_ui_support import open_first as _open_first

TEXT = (
    "Two voices in one paragraph\n"
    "Foreign Minister Lê Hoài Trung met Secretary Theresa Lazaro in Manila.\n"
    "Trung said the talks had been useful and that both sides had agreed to meet again in"
    " Hanoi early next year to review the coast guard memorandum. Lazaro said Manila"
    " disagreed.\n"
)


async def test_v_over_two_speakers_statements_highlights_both(store_path: Path) -> None:
    """``v`` on Trung's sentence, ``j`` onto Lazaro's, ``4``: the highlight held Trung's
    words alone (four fifths of the selection), Lazaro's "Manila disagreed", selected and
    shown selected, left out, and the notice did not say so."""
    store = Store.open(store_path)
    article = _add(store, TEXT, "Two voices in one paragraph", "2025-10-01")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await _open_first(app, pilot)
        await pilot.press("g", "j", "j")
        assert TEXT[slice(*reader.cursor_span)].startswith("Trung said")
        await pilot.press("v", "j", "4")
        await pilot.pause()
        (highlight,) = store.highlights(article.id)
        assert TEXT[highlight.start : highlight.end] == TEXT[TEXT.index("Trung said") : -1]
        assert not highlight.speaker
    store.close()
