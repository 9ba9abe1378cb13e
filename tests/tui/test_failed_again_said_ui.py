"""A later fill that fails on another article says how many the answer leaves out now: the
warning counted only the fill's own, "1 article left out of this view" naming the new one,
while the view, its title said, left out two (the first named once, its notice long gone).
The recogniser's bug is simulated on some texts; the store is real TinyDB."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot

from diplotui.tui.app import DiplotuiApp

from ..finder_bug import recogniser_raises_on
from .helpers import notices_said, open_statements_view, settle, settle_start_up
from .statements_ui_support import add_article as _add
from .test_finder_failure_ui import _library

ODDER = (
    "More border news\n"
    "Minister Jane Doe met Wang Yi in Hanoi.\n"
    "Jane Doe said the border talks were a success.\n"
)


def _warnings(app: DiplotuiApp, answer: str) -> list[str]:
    return [m for m in notices_said(app) if f"left out of this {answer}" in m]


async def _fill(app: DiplotuiApp, pilot: Pilot[object], answer: str) -> None:
    """The ``answer`` asked of the library as it is now: ``W`` (and back), or the entity
    index filled again, as after an import."""
    if answer == "view":
        await open_statements_view(app, pilot)
        await pilot.press("escape")
    else:
        app.screen.library_actions.recognise_again()  # type: ignore[attr-defined]
    await settle(app, pilot)


@pytest.mark.parametrize("answer", ["view", "library's entity index"])
async def test_a_later_fill_failing_counts_every_article_left_out(
    store_path: Path, monkeypatch: pytest.MonkeyPatch, answer: str
) -> None:
    recogniser_raises_on(monkeypatch, "border talks")  # no names, so no statements either
    store, odd_id = _library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle_start_up(app, pilot)
        await _fill(app, pilot, answer)
        (first,) = _warnings(app, answer)
        assert first.startswith(f"1 article left out of this {answer}"), first
        app.clear_notifications()
        odder = _add(app.store, ODDER, "More border news", "2025-07-21")
        await _fill(app, pilot, answer)
        (again,) = _warnings(app, answer)
        assert again.startswith(f"2 articles left out of this {answer}"), again
        assert again.index(odder.id) < again.index(odd_id), "the new one first"
