"""The library list at 40x12 (session 51): a row's marks ("archived", "✎ 12", "note") took both
its detail lines and the date it is sorted by was gone; and a guessed date ("2025-03-02?")
filled the row's 11 cells, so the source after it went without the "…" that says one is cut.
The date now keeps its line, the marks left out said with "·…", and the narrow list is 12
cells of text, a guessed date and its "…"."""

from __future__ import annotations

from pathlib import Path

from diplotui.anchoring import new_highlight
from diplotui.library.reading import ARCHIVED, mark
from diplotui.model import Article
from diplotui.store import Store, text_hash
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.article_list import ArticleList

from .helpers import pane_lines, settle_start_up, type_text

TEXT = "ASEAN ministers meet\n\nThe ministers met in Hanoi. " + "They talked at length. " * 12


def _library(store_path: Path) -> tuple[Store, str]:
    store = Store.open(store_path)
    article = Article(
        id=store.new_article_id(text_hash(TEXT)), title="ASEAN ministers meet", text_hash="",
        source="World & Vietnam Report", date="2025-03-02", date_is_guess=True, note="ask",
    )  # fmt: skip
    stored = store.add_article(article, TEXT)
    for day in range(1, 6):  # rows enough for the list's scrollbar: 11 cells of text were left
        text = f"Older news {day}\n\nNothing happened on day {day}.\n"
        older = Article(id=store.new_article_id(text_hash(text)), title=f"Older news {day}",
                        text_hash="", source="Desk", date=f"2025-02-0{day}")  # fmt: skip
        store.add_article(older, text)
    start = 0
    for _ in range(12):
        start = TEXT.index("They", start + 1)
        store.save_highlight(new_highlight(stored.id, TEXT, start, start + 4))
    return store, stored.id


def _list_lines(app: DiplotuiApp) -> list[str]:
    return pane_lines(app, app.screen.query_one(ArticleList))


async def test_the_date_keeps_its_line_and_a_cut_source_its_ellipsis(store_path: Path):
    store, _article = _library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(40, 12)) as pilot:
        await settle_start_up(app, pilot)
        lines = _list_lines(app)
        assert "2025-03-02?…" in "\n".join(lines), lines  # the source cut, and said so
    store.close()


async def test_an_archived_row_found_by_search_keeps_its_date(store_path: Path):
    store, article = _library(store_path)
    mark(store, [article], ARCHIVED)
    app = DiplotuiApp(store)
    async with app.run_test(size=(40, 12)) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("/")
        await type_text(pilot, "ministers")
        await pilot.press("enter")
        await settle_start_up(app, pilot)
        lines = _list_lines(app)
        shown = "\n".join(lines)
        assert "archived" in shown and "2025-03-02?" in shown, lines
    store.close()
