"""At 80x24 the Statements view shows more than one statement: its full layout (the lists'
borders, a filter field of three rows, keys on two lines, the speakers a third of a narrow
width) left the statements ten rows of 34 columns, one statement in sight, its article's
title cut at the pane's foot. It takes the small-terminal layout up to 100x32."""

from __future__ import annotations

import re

import pytest
from textual.widgets import OptionList

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .helpers import open_statements_view, screen_cells

DATED = re.compile(r"\d{4}-\d{2}-\d{2}\??( \(article date\))? · ")
"""A statement row's details line: the day it was made, then its outlet and article."""


def whole_statements(app: DiplotuiApp) -> int:
    """How many statements the list shows down to their details line."""
    region = app.screen.query_one("#statements-list", OptionList).content_region
    lines = screen_cells(app)[region.y : region.bottom]
    texts = ["".join(char for char, _ in line[region.x : region.right]) for line in lines]
    return sum(bool(DATED.match(text)) for text in texts)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_statements_view_shows_more_than_one_statement(
    seeded_store: Store, size: tuple[int, int]
) -> None:
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=size) as pilot:
        await open_statements_view(app, pilot)
        await pilot.pause()
        assert whole_statements(app) >= 2
