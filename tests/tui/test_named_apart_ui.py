"""``W`` asked what a name typed with its suffix said since a date (newuser46): the pane said
"No statement matches these dates" of "Ferdinand Marcos Jr. since:2024-06", and named the
one statement with "Jr", not what President Ferdinand Marcos said in July 2024."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from diplotui.model import Article
from diplotui.store import Store, text_hash
from diplotui.tui.app import DiplotuiApp

from ..cli.test_cli_named_apart import SONA, TOKYO
from .helpers import type_text
from .test_statements_ui import _prompts, _shown_view


async def test_the_view_names_who_is_listed_without_the_suffix(store_path: Path) -> None:
    store = Store.open(store_path)
    for text, date in ((TOKYO, "2023-11-04"), (SONA, "2024-07-22")):
        title = text.partition("\n")[0]
        store.add_article(
            Article(id=text_hash(text)[:12], title=title, text_hash="", source="Wire", date=date),
            text,
        )
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _shown_view(app, pilot)
        await type_text(pilot, "Ferdinand Marcos Jr. since:2024-06")
        await pilot.pause()
        (why,) = _prompts(screen.query_one("#statements-list", OptionList))
    store.close()
    assert why.startswith("No statement matches these dates"), why
    assert "Ferdinand Marcos (2) is listed apart: the same person, or another." in why, why
