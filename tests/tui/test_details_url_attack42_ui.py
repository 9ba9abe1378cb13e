"""The details dialog (``i``) refuses a URL that is no web address, as ``meta --url`` and a
sidecar do: it stored "javascript:alert(1)" or "https://e.example/a b", which every citation
then dropped or gave as another address ("https://e.example/ab"), unsaid."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Label

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.metadata import MetadataScreen

from .helpers import type_text
from .library_fixtures import make_library, titled
from .test_quotes_ui import _open


@pytest.mark.parametrize(
    ("url", "said"),
    [
        ("javascript:alert(1)", "'javascript:alert(1)' is no web address: use an http(s) one."),
        ("https://", "'https://' is no web address: use an http(s) one."),
        ("https://e.example/a b", "'https://e.example/a b' holds a space: write it %20."),
    ],
)
async def test_the_details_dialog_refuses_a_url_that_is_no_web_address(
    store_path: Path, url: str, said: str
) -> None:
    store = make_library(store_path)
    beta = titled(store, "Beta summit")
    before = beta.url
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open(app, pilot, "Beta summit")
        await pilot.press("i", "tab", "tab", "tab", "end", "ctrl+u")
        await type_text(pilot, url)
        await pilot.press("enter")
        assert isinstance(app.screen, MetadataScreen), "refused: the dialog stays"
        shown = str(app.screen.query_one("#metadata-error", Label).render())
        assert shown == said, shown
    store.close()
    with Store.open(store_path) as reopened:
        assert reopened.article(beta.id).url == before
