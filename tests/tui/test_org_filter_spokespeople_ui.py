"""``W``'s ``org:foreign ministry`` lists what an unnamed spokesperson of the ministry said
("a ministry spokesperson told ..." after the article named the Dutch foreign ministry), and
not another ministry's spokesperson."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .helpers import open_statements_view, settle, type_text
from .statements_ui_support import add_article
from .test_statements_ui import _prompts

DUTCH = (
    "Dutch licences withdrawn\n"
    "The Dutch foreign ministry has withdrawn three licences for the export of naval parts.\n"
    "A ministry spokesperson told reporters the licences were reviewed last month.\n"
)
INTERIOR = (
    "Police on alert\n"
    "The Interior Ministry ordered police to stay on alert.\n"
    "A ministry spokesperson said three arrests were made overnight.\n"
)


async def test_the_org_filter_finds_an_unnamed_ministry_spokesperson(store_path: Path) -> None:
    store = Store.open(store_path)
    add_article(store, DUTCH, "Dutch licences withdrawn", "2025-06-06")
    add_article(store, INTERIOR, "Police on alert", "2025-06-08")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_statements_view(app, pilot)
        await type_text(pilot, "org:Foreign Ministry")
        await settle(app, pilot)
        rows = _prompts(app.screen.query_one("#statements-list", OptionList))
        assert any("the licences were reviewed last month" in row for row in rows), rows
        assert not any("arrests" in row for row in rows), rows
    store.close()
