"""The library list's rows at 80x24 and 120x40: a row's details (date, outlet, tags) are one
line, cut with "…", never wrapped. At 80x24 the seeds' outlet broke at a space, "2025-12-30?
· World &" above "Vietnam Report" (session 53's new user), and an imported article naming a
long outlet took a second details line where its neighbours' titles had two."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rich.cells import cell_len

from diplotui.tui.launch import build_app, open_for_app
from diplotui.tui.widgets.article_list import ROW_HEIGHT, ArticleList
from tests.cli_runner import run_main

from .helpers import pane_lines, settle_start_up

OUTLET = "Permanent Mission of the Socialist Republic of Viet Nam to the United Nations"
DETAILS = re.compile(r"^.?(?:✎ \d+ · |note · |… · )*(?:\d{4}(?:-\d\d){0,2}\??|undated)\b")
"""A row's details line, after its marker column."""


def _library(store_path: Path, tmp_path: Path) -> None:
    """The first run's seeds, and a statement imported with its outlet in a sidecar."""
    store, _ = open_for_app(store_path, read_only=False)
    store.close()
    text = tmp_path / "mission.txt"
    text.write_text("Statement at the Security Council\n\nThe ambassador spoke on Gaza.\n")
    sidecar = {"source": OUTLET, "date": "2025-07-18"}
    (tmp_path / "mission.meta.json").write_text(json.dumps(sidecar))
    assert run_main("--db", str(store_path), "import", str(text)).returncode == 0


@pytest.mark.parametrize(
    ("size", "details"),
    [
        ((80, 24), ["2025-12-30? · World &…", "2025-07-18? · World &…", "2025-07-18 · Permanent…"]),
        (
            (120, 40),
            [
                "2025-12-30? · World & Vietnam Report",
                "2025-07-18? · World & Vietnam Report",
                "2025-07-18 · Permanent Mission of th…",
            ],
        ),
    ],
)
async def test_each_row_s_details_are_one_line_cut_with_an_ellipsis(
    store_path: Path, tmp_path: Path, size: tuple[int, int], details: list[str]
) -> None:
    _library(store_path, tmp_path)
    app = build_app(store_path, read_only=False)
    async with app.run_test(size=size) as pilot:
        await settle_start_up(app, pilot)
        listed = app.screen.query_one(ArticleList)
        lines = [line[1:] for line in pane_lines(app, listed)]  # the marker column left out
        rows = [lines[n : n + ROW_HEIGHT] for n in range(0, 3 * ROW_HEIGHT, ROW_HEIGHT)]
        # each row: its title's lines, then its details' one line (then a blank line where
        # the title took one), never a line of the details wrapped
        shown = [[line for line in row if line] for row in rows]
        assert [row[-1] for row in shown] == details, lines
        assert [[bool(DETAILS.match(line)) for line in row[:-1]] for row in shown] == [
            [False] * (len(row) - 1) for row in shown
        ], lines
        assert not any(line.startswith("Vietnam Report") for line in lines), lines
        width = listed.scrollable_content_region.width - 1
        assert all(cell_len(line) <= width for line in lines), lines
    app.store.close()
