"""``layout.row_lines`` in a narrow list: a row's marks give way to its date, never the date
to them ("archived · ✎" above "12 · note ·…" at 12 cells, the date gone)."""

from __future__ import annotations

import pytest

from diplotui.layout import row_lines

TITLE = "The UN High Commissioner"


@pytest.mark.parametrize(
    ("head", "width", "details"),
    [
        ("archived · ✎ 12 · note · 2025-11-26? · AP", 11, ["archived ·…", "2025-11-26?"]),
        ("archived · ✎ 12 · note · 2025-11-26? · AP", 12, ["archived ·…", "2025-11-26?…"]),
        ("archived · ✎ 12 · note · 2025-11-26? · AP", 16, ["archived ·…", "2025-11-26? · AP"]),
        ("archived · ✎ 12 · note · undated", 12, ["archived ·…", "undated"]),
        ("✎ 12 · note · 2025-11-26? · World & Vietnam Report", 12, ["✎ 12 · note", "2025-11-26?…"]),
    ],
)
def test_the_marks_give_way_to_the_date(head: str, width: int, details: list[str]) -> None:
    assert row_lines(TITLE, head, [], width)[1] == details


def test_a_row_whose_date_fits_is_cut_as_before() -> None:
    head = "archived · ✎ 12 · note · 2025-11-26? · AP"
    assert row_lines(TITLE, head, [], 26)[1] == ["archived · ✎ 12 · note ·", "2025-11-26? · AP"]
