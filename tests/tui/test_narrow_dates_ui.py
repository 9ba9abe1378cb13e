"""A defect of small terminals (session 50).

At 40x12 the library list's details broke a date inside itself, "2025-03-0" above "4 · Desk…":
the list was a third of the width, 9 cells of text, narrower than a date. A date is now whole
on its line at every size, the source after it giving way.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from diplotui.anchoring import new_highlight
from diplotui.dates import date_shown
from diplotui.model import Article
from diplotui.store import Store, text_hash
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.article_list import ArticleList

from .helpers import screen_cells, settle_start_up

SPEAKER = "Ngô Lê Văn"
ROWS = [  # title, source, date, guessed, tags, highlighted, note
    ("Vietnam and Laos sign border accord", "Desk Wire", "2025-03-04", False, [], False, ""),
    ("ASEAN ministers meet", "The Sudan Times", "2025-03-02", True, ["asean"], True, "ask"),
    ("Mekong commission warns of drought", "TradeWinds", "2025-02-28", False, [], True, ""),
]  # fmt: skip


def _library(store_path: Path) -> Store:
    store = Store.open(store_path)
    for title, source, day, guessed, tags, highlighted, note in ROWS:
        text = (
            f"{title}\n\nDeputy Foreign Minister {SPEAKER} said on Monday: “The talks were "
            f"constructive and frank.” “We will work with our partners,” {SPEAKER} said.\n"
        )
        article = Article(
            id=store.new_article_id(text_hash(text)),
            title=title,
            text_hash="",
            source=source,
            date=day,
            date_is_guess=guessed,
            tags=tags,
            note=note,
        )
        stored = store.add_article(article, text)
        if highlighted:
            start = text.index("Deputy")
            store.save_highlight(new_highlight(stored.id, text, start, start + 6))
    return store


def _pane_lines(app: DiplotuiApp, region_of: ArticleList) -> list[str]:
    region = region_of.content_region
    return [
        "".join(char for char, _ in row[region.x : region.right])
        for row in screen_cells(app)[region.y : region.bottom]
    ]


@pytest.mark.parametrize("size", [(40, 12), (30, 10), (60, 20), (80, 24)])
async def test_a_row_shows_its_date_whole(store_path: Path, size: tuple[int, int]) -> None:
    store = _library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=size) as pilot:
        await settle_start_up(app, pilot)
        lines = _pane_lines(app, app.screen.query_one(ArticleList))
    store.close()
    rows_shown = (len(lines) + 2) // 3  # the last row on screen may show its title alone
    dates = [date_shown(day, guessed) for _title, _source, day, guessed, *_ in ROWS]
    for date in dates[: max(rows_shown - 1, 1)]:
        assert any(date in line for line in lines), (date, lines)
    for line in lines:  # no line holds a date's head cut off ("2025-03-0", "2025-03-0…")
        for word in line.replace("…", " ").split():
            if word[:4].isdigit() and word[:7] != word:
                assert word in dates, (word, lines)
