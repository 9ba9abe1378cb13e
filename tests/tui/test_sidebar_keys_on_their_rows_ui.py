"""The sidebar's key line offers ``d`` on a highlight's row and ``f`` on an entity's, not both
on every row (newuser65): on an entity ``d Delete highlight`` answered "No highlight here to
delete.", on a highlight ``f Filter by entity`` "Choose an entity in the sidebar first.";
``a`` (Filter by author) was offered in a library of one's own, where it showed the same
highlights again. Pressed where they do not act, each says where it does."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .helpers import notices_said, screen_text
from .test_annotations import BODY
from .test_reader_support import add_article, open_first, sidebar_of


def _key_line(app: DiplotuiApp) -> str:
    return screen_text(app).splitlines()[-1]


async def test_d_and_f_on_the_rows_they_act_on(store_path: Path) -> None:
    store = Store.open(store_path)
    add_article(store, "Hanoi story", BODY)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        await pilot.press("j", "j", "h", "tab")
        await app.workers.wait_for_complete()
        await pilot.pause()
        sidebar = sidebar_of(app)
        assert app.focused is sidebar
        assert sidebar.current_item is not None and sidebar.current_item.kind == "highlight"
        line = _key_line(app)
        assert "d Delete highlight" in line and "Filter by entity" not in line, line
        assert "Filter by author" not in line, line  # one person's highlights
        await pilot.press("j")  # the first entity (Hanoi)
        await pilot.pause()
        assert sidebar.current_item is not None and sidebar.current_item.kind == "entity"
        line = _key_line(app)
        assert "f Filter by entity" in line and "Delete highlight" not in line, line
        await pilot.press("d")
        await pilot.pause()
        assert store.highlights(), "d on an entity deleted nothing"
        said = notices_said(app)
        assert said[-1] == (
            "d deletes the highlight on its row, and this row is none: j/k move to one."
        ), said
        await pilot.press("k", "f")
        await pilot.pause()
        said = notices_said(app)
        assert said[-1] == (
            "f filters the list by the entity on its row, and this row is none: j/k move to one."
        ), said
        await pilot.press("a")
        await pilot.pause()
        assert notices_said(app)[-1].startswith("a shows one person's highlights at a time")
    store.close()


async def test_a_is_offered_where_highlights_have_several_authors(store_path: Path) -> None:
    store = Store.open(store_path)
    article = add_article(store, "Hanoi story", BODY)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        await pilot.press("j", "j", "h", "j", "j", "h")
        await pilot.pause()
    first, second = store.highlights(article.id)[:2]
    store.save_highlight(replace(first, author="mai"))
    store.save_highlight(replace(second, author="bob"))
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("j", "j", "tab")
        await pilot.pause()
        assert app.focused is sidebar_of(app)
        assert "a Filter by author" in _key_line(app), _key_line(app)
    store.close()
