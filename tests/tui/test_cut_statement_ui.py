"""``y`` on a highlight of part of a reported statement copies it as cut (an ellipsis), and the
sidebar lists it so: never a full stop the article's sentence does not have there."""

from __future__ import annotations

from pathlib import Path

from diplotui.anchoring import new_highlight
from diplotui.cite import STYLE_SETTING
from diplotui.tui.app import DiplotuiApp

from .statements_ui_support import TEXT
from .statements_ui_support import open_first as _open_first
from .statements_ui_support import statements_store as _store
from .test_reader_support import sidebar_rows


async def test_y_on_part_of_a_reported_statement_ends_it_in_an_ellipsis(
    store_path: Path, clipboard
):
    store = _store(store_path)
    store.set_setting(STYLE_SETTING, "plain")
    [article] = store.articles()
    start = TEXT.index("the Ministry is ready")
    store.save_highlight(
        new_highlight(article.id, TEXT, start, start + len("the Ministry is ready"),
                      speaker="Ngo Le Van", speaker_role="Deputy Minister of Foreign Affairs")
    )  # fmt: skip
    app = DiplotuiApp(store)
    async with app.run_test(size=(160, 40)) as pilot:
        reader = await _open_first(app, pilot)
        await pilot.press("s")  # the sentence holding the highlight
        assert "the Ministry is ready" in reader.text[slice(*reader.cursor_span)]
        await pilot.press("y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        said = "Ngo Le Van (Deputy Minister of Foreign Affairs) stressed that the Ministry is ready"
        assert clipboard[-1].startswith(f"{said}…\n"), clipboard[-1]
        [row] = [row for row in sidebar_rows(app) if row.startswith("▌ key statement")]
        assert "the Ministry is ready…" in row and "ready." not in row, row
    store.close()
