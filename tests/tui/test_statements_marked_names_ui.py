"""The Statements view keeps apart two people whose names differ only by their diacritics."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from diplotui.model import Article
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.statements import StatementsScreen

from .helpers import open_statements_view, type_text
from .statements_ui_support import add_article as _add
from .test_statements_ui import _rows_listed

THANH = (
    "Provincial leaders meet investors\n"
    "Chairman of the Quang Nam People's Committee Lê Văn Thành met investors.\n"
    "Thành said the province would cut red tape for foreign investors.\n"
)
THANH_WITH_A_DOT = (
    "Port expansion approved\n"
    "Deputy Minister of Transport Lê Văn Thạnh said the port expansion would be done by 2027.\n"
    '"We will not allow delays," Thạnh said.\n'
)


def _library(store_path: Path) -> tuple[Store, Article]:
    """A store of the two men's articles, and Lê Văn Thạnh's."""
    store = Store.open(store_path)
    _add(store, THANH, "Provincial leaders meet investors", "2025-09-10")
    return store, _add(store, THANH_WITH_A_DOT, "Port expansion approved", "2025-09-12")


async def _view(app: DiplotuiApp, pilot) -> StatementsScreen:
    await open_statements_view(app, pilot)
    assert isinstance(app.screen, StatementsScreen)
    return app.screen


async def test_two_names_apart_by_their_marks_are_two_speakers(store_path: Path) -> None:
    """Typing "thanh" listed one speaker, "Lê Văn Thạnh ×3", the Chairman of Quang Nam's
    words counted among the Deputy Minister of Transport's, and ``enter`` on that row listed
    both men's statements as his."""
    store, _ = _library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _view(app, pilot)
        await type_text(pilot, "thanh")  # no marks typed: both men
        await pilot.pause()
        speakers = screen.query_one("#statements-speakers", OptionList)
        names = [speakers.get_option_at_index(n).id for n in range(speakers.option_count)]
        assert names == ["Lê Văn Thạnh", "Lê Văn Thành"]
        assert len(_rows_listed(screen)) == 3
        speakers.focus()
        await pilot.press("down", "enter")  # Thành: his one statement, not Thạnh's two
        await pilot.pause()
        rows = _rows_listed(screen)
        assert len(rows) == 1
        assert rows[0].startswith("Lê Văn Thành (Chairman of the Quang Nam People's Committee)")
    store.close()


async def test_a_tag_typed_without_its_marks_filters_the_statements(store_path: Path) -> None:
    """``tag:"bien dong"`` said "No article is tagged #bien dong." where #Biển Đông is."""
    store, article = _library(store_path)
    store.with_updates(store.article(article.id), tags=["Biển Đông"])
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _view(app, pilot)
        await type_text(pilot, 'tag:"bien dong"')
        await pilot.pause()
        rows = _rows_listed(screen)
        assert len(rows) == 2
        assert all(row.startswith("Lê Văn Thạnh") for row in rows)
    store.close()
