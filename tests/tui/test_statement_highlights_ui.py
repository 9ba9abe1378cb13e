"""``h`` on a selection holding a statement: the highlight goes on the speaker's words."""

from __future__ import annotations

from pathlib import Path

from diplotui.cite import STYLE_SETTING
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from tests.cli.test_cli_statement_highlights import ARTICLE, ARTICLE_ID, HANG_WORDS, TEXT

from .test_reader_support import sidebar_rows
from .test_statements_ui import _open_first


async def test_h_on_a_selected_attribution_and_quotation_stores_the_quotation(
    store_path: Path, clipboard
):
    """'spokeswoman Pham Thu Hang said: "..."' selected with v and highlighted with h stored
    the reporter's words as Hang's quote: the sidebar's and the exports' quote of her."""
    store = Store.open(store_path)
    store.add_article(ARTICLE, TEXT)
    store.set_setting(STYLE_SETTING, "plain")
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
