"""The Statements view's dates typed as an analyst types them: ``since:July`` is the
latest July begun by today, ``since:3 days ago`` three words of one date, and the title
says how each was read, so a wrong reading is seen."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual.widgets import Label

from diplotui.tui.app import DiplotuiApp

from .helpers import type_text
from .statements_ui_support import add_article, statements_store
from .test_statements_ui import _rows_listed, _shown_view

TODAY = date.today()
JULY = TODAY.year if TODAY.month >= 7 else TODAY.year - 1
TRUNG = "Talks went well\nForeign Minister Lê Hoài Trung said the talks went well.\n"
EARLIER = "Earlier talks\nForeign Minister Lê Hoài Trung said the visit was a success.\n"


def _title(screen) -> str:
    return str(screen.query_one("#statements-title", Label).render())


async def test_since_july_is_the_latest_july_and_the_title_says_so(store_path: Path) -> None:
    store = statements_store(store_path)
    add_article(store, TRUNG, "Talks went well", f"{JULY}-07-01")
    add_article(store, EARLIER, "Earlier talks", f"{JULY - 1}-12-15")
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _shown_view(app, pilot)
        await type_text(pilot, "le hoai trung since:July")
        await pilot.pause()
        rows = _rows_listed(screen)
        assert len(rows) == 1 and "the talks went well" in rows[0]
        assert _title(screen) == f"Statements · 1 of 4 · newest first · since {JULY}-07-01"
        await pilot.press("ctrl+u")
        await type_text(
            pilot, "le hoai trung since:1 July " + str(JULY - 1)
        )  # a date of three words
        await pilot.pause()
        assert len(_rows_listed(screen)) == 2
        assert _title(screen).endswith(f" · since {JULY - 1}-07-01")
        await pilot.press("ctrl+u")
        await type_text(pilot, "le hoai trung since:Jully")
        await pilot.pause()
        assert _title(screen).startswith("Statements · since 'Jully': no date read there; type")
    store.close()
