"""``layout.row_lines`` at 60 and 80 columns (session 51): a row's marks ("✎ 1", "note") took
the first details line and pushed the source and the tags' count off the second ("✎ 1 ·
note ·" above "2025-11-27 ·…" at 80 columns, the README promising both). The marks give way:
as many as fit beside the date, "…" for those left out, the source and the count below."""

from __future__ import annotations

import pytest

from diplotui.layout import row_lines

TITLE = "Wang Yi meets Lavrov in Beijing"
TAGS = ["#asean", "#diplomacy"]


@pytest.mark.parametrize(
    ("head", "tags", "width", "details"),
    [
        (  # 80 columns, the list's scrollbar shown: "2025-11-27 ·…" lost both
            "✎ 1 · note · 2025-11-27 · Associated Press", TAGS, 22,
            ["✎ 1 · … · 2025-11-27", "Associated Press · #×2"],
        ),
        (  # "2025-11-18 · Nikkei…", no count
            "✎ 1 · note · 2025-11-18 · Nikkei Asia", TAGS, 22,
            ["✎ 1 · … · 2025-11-18", "Nikkei Asia · #ase… +1"],
        ),
        (  # a source too long for its line: cut for the count only
            "✎ 1 · note · 2025-11-14 · South China Morning Post", TAGS, 22,
            ["✎ 1 · … · 2025-11-14", "South China Mor… · #×2"],
        ),
        (  # 60 columns: not one mark fits beside the date, "…" says they are there
            "✎ 1 · note · 2025-11-27 · Reuters", ["#china", "#russia", *TAGS], 17,
            ["… · 2025-11-27", "Reuters · #×4"],
        ),
        (  # untagged, the source cut after the marks
            "✎ 1 · note · 2025-11-27 · Associated Press", [], 22,
            ["✎ 1 · … · 2025-11-27", "Associated Press"],
        ),
        (  # the source wrapped by its words began its line with the " · " before it
            "✎ 1 · note · 2025-11-27 · The Straits Times", TAGS, 23,  # "· The Straits Ti…"
            ["✎ 1 · note · 2025-11-27", "The Straits Times · #×2"],
        ),
        # marks that push nothing out stay:
        (  # every mark fits beside the date, the source on the line below
            "✎ 1 · note · 2025-11-27 · Reuters", TAGS, 23,
            ["✎ 1 · note · 2025-11-27", "Reuters · #asean +1"],
        ),
        (  # the source is cut as much with the marks gone
            "✎ 3 · 2025-11-20 · The Sudan Times", ["#sudan talks"], 19,
            ["✎ 3 · 2025-11-20 ·", "The Sudan Ti… · #×1"],
        ),
        (  # 40 columns: no room for the date and a "…" (session 51's narrow rows)
            "✎ 12 · note · 2025-11-26? · World & Vietnam Report", [], 12,
            ["✎ 12 · note", "2025-11-26?…"],
        ),
    ],
)  # fmt: skip
def test_the_marks_give_way_to_the_source_and_the_tags(
    head: str, tags: list[str], width: int, details: list[str]
) -> None:
    assert row_lines(TITLE, head, tags, width)[1] == details
