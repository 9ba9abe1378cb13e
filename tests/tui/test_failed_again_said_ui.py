"""A later fill that fails on another article says how many the answer leaves out now: the
warning counted only the fill's own, "1 article left out of this view" naming the new one,
while the view, its title said, left out two (the first named once, its notice long gone).
The finder's and recogniser's bugs are simulated on some texts; the store is real TinyDB."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from ..finder_bug import finder_raises_on, recogniser_raises_on
from .helpers import open_statements_view, settle, settle_start_up
from .test_statements_ui import TEXT, _add

ODD = (
    "Talks on the border\n"
    "Foreign Minister Wang Yi met Ambassador Jane Doe in Beijing.\n"
    "Wang Yi said the border talks were a success.\n"
)
ODDER = (
    "More border news\n"
    "Minister Jane Doe met Wang Yi in Hanoi.\n"
    "Jane Doe said the border talks were a success.\n"
)


def _library(store_path: Path) -> tuple[Store, str]:
    store = Store.open(store_path)
    _add(store, TEXT, "Enhancing capacity of people's organizations", "2025-07-18")
    odd = _add(store, ODD, "Talks on the border", "2025-07-20")
    return store, odd.id


def _warnings(app: DiplotuiApp, answer: str) -> list[str]:
    return [str(n.message) for n in app._notifications if f"left out of this {answer}" in n.message]


async def test_a_later_view_fill_failing_counts_every_article_left_out(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    finder_raises_on(monkeypatch, "border talks")
    store, odd_id = _library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await open_statements_view(app, pilot)
        (first,) = _warnings(app, "view")
        assert first.startswith("1 article left out of this view")
        await pilot.press("escape")
        app.clear_notifications()
        odder = _add(app.store, ODDER, "More border news", "2025-07-21")
        await open_statements_view(app, pilot)
        (again,) = _warnings(app, "view")
        assert again.startswith("2 articles left out of this view"), again
        assert again.index(odder.id) < again.index(odd_id), "the new one first"


async def test_a_later_entity_index_fill_failing_counts_every_article_left_out(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    recogniser_raises_on(monkeypatch, "a success")
    store, odd_id = _library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle_start_up(app, pilot)
        await settle(app, pilot)
        (first,) = _warnings(app, "library's entity index")
        assert first.startswith("1 article left out")
        app.clear_notifications()
        odder = _add(app.store, ODDER, "More border news", "2025-07-21")
        app.screen.library_actions.recognise_again()  # type: ignore[attr-defined]
        await settle(app, pilot)
        (again,) = _warnings(app, "library's entity index")
        assert again.startswith("2 articles left out"), again
        assert odder.id in again and odd_id in again
