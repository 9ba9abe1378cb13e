"""``layout.row_lines``: a list row's details (marks, date, source, tags) are one line, cut
with "…", never wrapped. At 80 columns the seeds' outlet broke at a space, "2025-12-30? ·
World &" above "Vietnam Report", and a row whose details took two lines had its title cut
to one, out of step with its neighbours (session 53)."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from diplotui.layout import row_lines

TITLE = "Secretariat Standing Committee meets on foreign affairs"
TAGS = ["#asean", "#diplomacy"]
OUTLET = "World & Vietnam Report"


@pytest.mark.parametrize(
    ("head", "tags", "width", "details"),
    [
        # 80 columns (21 cells a row, 20 with the scrollbar): the source cut, never wrapped
        (f"2025-12-30? · {OUTLET}", [], 21, "2025-12-30? · World…"),
        (f"2025-12-30? · {OUTLET}", [], 20, "2025-12-30? · World…"),
        # the tags' count beside a source cut to make room for it
        ("2025-11-14 · South China Morning Post", TAGS, 26, "2025-11-14 · South… · #×2"),
        # too little room for both: the source, cut
        ("2025-11-14 · South China Morning Post", TAGS, 21, "2025-11-14 · South C…"),
        # a source whole, then what tags fit
        ("2025-11-27 · Reuters", TAGS, 30, "2025-11-27 · Reuters · #×2"),
        ("2025-11-27 · Reuters", TAGS, 32, "2025-11-27 · Reuters · #asean +1"),
        # the marks as many as fit beside the date, "…" for those left out, or none where
        # they would leave the source no room (session 51: they had pushed it off the row)
        ("✎ 1 · note · 2025-11-27 · Associated Press", TAGS, 22, "2025-11-27 · Associat…"),
        ("✎ 1 · note · 2025-11-27 · Associated Press", TAGS, 30, "✎ 1 · … · 2025-11-27 · Associ…"),
        ("✎ 1 · note · 2025-11-27 · Associated Press", [], 36,
         "✎ 1 · note · 2025-11-27 · Associate…"),
        # the date never cut nor pushed off by the marks; "…" after it: a source left out
        ("archived · ✎ 12 · note · 2025-11-26? · AP", [], 12, "2025-11-26?…"),
        ("archived · ✎ 12 · note · undated", [], 12, "… · undated"),
        # 120 columns: room for it all
        (f"✎ 3 · note · 2025-12-30? · {OUTLET}", TAGS, 57,
         f"✎ 3 · note · 2025-12-30? · {OUTLET} · #×2"),
        (f"✎ 3 · note · 2025-12-30? · {OUTLET}", TAGS, 70,
         f"✎ 3 · note · 2025-12-30? · {OUTLET} · #asean #diplomacy"),
    ],
)  # fmt: skip
def test_the_details_are_one_line_cut_with_an_ellipsis(
    head: str, tags: list[str], width: int, details: str
) -> None:
    titles, lines = row_lines(TITLE, head, tags, width)
    assert lines == [details]
    assert len(titles) <= 2 and all(cell_len(line) <= width for line in [*titles, *lines])


def test_a_very_long_outlet_is_cut_on_the_row_s_one_line() -> None:
    outlet = "The Ministry of Foreign Affairs of the Socialist Republic of Viet Nam Press Office"
    titles, lines = row_lines("Press briefing", f"2025-07-18 · {outlet}", ["#mofa"], 40)
    assert (titles, lines) == (["Press briefing"], ["2025-07-18 · The Ministry of Fore… · #×1"])
