"""The Statements view's dates typed as an analyst types them: ``since:July`` is the
latest July begun by today, ``since:1 July 2025`` three words of one date, and the title
says how each was read, so a wrong reading is seen."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input, Label

from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.statements import StatementsScreen

from .helpers import type_text
from .statements_ui_support import add_article, statements_store
from .test_statements_ui import _rows_listed, _shown_view

TODAY = date.today()
JULY = TODAY.year if TODAY.month >= 7 else TODAY.year - 1
TRUNG = "Talks went well\nForeign Minister Lê Hoài Trung said the talks went well.\n"
EARLIER = "Earlier talks\nForeign Minister Lê Hoài Trung said the visit was a success.\n"


async def _asked(pilot: Pilot[object], screen: StatementsScreen, typed: str) -> tuple[str, int]:
    """The filter ``typed`` in place of the one before: the view's title and rows listed."""
    screen.query_one(Input).value = ""
    await type_text(pilot, typed)
    await pilot.pause()
    title = str(screen.query_one("#statements-title", Label).render())
    return title, len(_rows_listed(screen))


async def test_since_july_is_the_latest_july_and_the_title_says_so(store_path: Path) -> None:
    store = statements_store(store_path)
    add_article(store, TRUNG, "Talks went well", f"{JULY}-07-01")
    add_article(store, EARLIER, "Earlier talks", f"{JULY - 1}-12-15")
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _shown_view(app, pilot)
        july = await _asked(pilot, screen, "le hoai trung since:July")
        a_year_before = await _asked(pilot, screen, f"le hoai trung since:1 July {JULY - 1}")
        misspelt = await _asked(pilot, screen, "le hoai trung since:Jully")
    store.close()
    assert july == (f"Statements · 1 of 4 · newest first · since {JULY}-07-01", 1)
    assert a_year_before == (f"Statements · 2 of 4 · newest first · since {JULY - 1}-07-01", 2)
    assert misspelt[0].startswith("Statements · since 'Jully': no date read there; type 2025")
