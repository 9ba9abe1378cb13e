"""A selection over a speaker's quotation in two sentences, highlighted and copied, keeps all
the speaker's words: the highlight and ``y`` gave the first part alone."""

from __future__ import annotations

from pathlib import Path

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .statements_ui_support import add_article as _add
from .statements_ui_support import open_first as _open_first

TEXT = (
    "Talks in Hanoi\n"
    "Vietnam and Japan agreed on Friday to widen their ties.\n"
    "“We will work together,” Foreign Minister Bui Thanh Son said. "
    "“The region needs calm. Both sides agree.”\n"
)


async def test_v_over_a_quotation_in_two_sentences_highlights_and_copies_both(
    store_path: Path, clipboard
) -> None:
    store = Store.open(store_path)
    article = _add(store, TEXT, "Talks in Hanoi", "2025-07-18")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await _open_first(app, pilot)
        await pilot.press("g", "j", "j")
        assert TEXT[slice(*reader.cursor_span)].startswith("“We will work together")
        await pilot.press("v", "j", "j", "4")
        await pilot.pause()
        (highlight,) = store.highlights(article.id)
        assert highlight.speaker == "Bui Thanh Son"
        assert TEXT[highlight.start : highlight.end].endswith("Both sides agree."), highlight
        await pilot.press("y")
        await pilot.pause()
        assert clipboard[-1].startswith(
            "“We will work together … The region needs calm. Both sides agree.”"
        ), clipboard
    store.close()
