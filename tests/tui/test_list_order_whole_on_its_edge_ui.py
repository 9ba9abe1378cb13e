"""The list's top edge says its order whole: the list's name gives way where both do not fit.

Seen at 80x24 (session 56): the first screen's list read "Library · newest fi…".
"""

from __future__ import annotations

import pytest

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .helpers import screen_cells, settle_start_up


def _top_edge(app: DiplotuiApp) -> str:
    return "".join(char for char, _ in screen_cells(app)[1])


@pytest.mark.parametrize(
    ("size", "edge"),
    [((120, 40), "─ Library · newest first ─"), ((80, 24), "╭─ newest first ─")],
)
async def test_the_order_is_read_whole(seeded_store: Store, size: tuple[int, int], edge: str):
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=size) as pilot:
        await settle_start_up(app, pilot)
        assert edge in _top_edge(app), _top_edge(app)
        assert "…" not in _top_edge(app).split("╮")[0]
        await pilot.press("o")  # a shorter order: the name is back where both fit
        await pilot.pause()
        assert "─ Library · title A–Z ─" in _top_edge(app), _top_edge(app)


async def test_the_name_comes_back_in_a_wider_terminal(seeded_store: Store) -> None:
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle_start_up(app, pilot)
        assert "╭─ newest first ─" in _top_edge(app)
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        await pilot.pause()
        assert "─ Library · newest first ─" in _top_edge(app), _top_edge(app)
