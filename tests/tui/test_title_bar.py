"""The title bar: the app's name, then what is open (or that the store is read-only)."""

from __future__ import annotations

import pytest

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.title_bar import TitleBar

from .helpers import screen_cells
from .test_reader_support import add_article


def _title_line(app: DiplotuiApp) -> str:
    return str(app.screen.query_one(TitleBar).render())


def _cut_title(line: str, shown_before: str, title: str) -> bool:
    """Whether ``line`` is ``shown_before`` and the start of ``title``, cut with "…"."""
    head, ellipsis = line.removeprefix(shown_before)[:-1], line[-1:]
    return line.startswith(shown_before) and ellipsis == "…" and title.startswith(head)


async def test_title_bar_names_the_open_article(seeded_store: Store):
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        assert _title_line(app) == "diplotui"
        await pilot.press("enter")
        title = seeded_store.article(app.screen.reader.article_id or "").title
        assert len(title) > 120 and _cut_title(_title_line(app), "diplotui — ", title)


async def test_title_bar_says_when_nothing_can_be_saved(seeded_store: Store):
    path = seeded_store.path
    seeded_store.close()
    with Store.open(path, read_only=True) as store:
        app = DiplotuiApp(store)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            assert _title_line(app) == "diplotui — read-only"


async def test_a_refresh_progress_sits_right_of_the_title_within_its_line(seeded_store: Store):
    """``R``'s progress is drawn in the title line (a line of its own, mounted and removed,
    laid the whole screen out again): the title stays, the label is cut to fit, the bar ends
    the line."""
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(80, 24)) as pilot:
        title_bar = app.screen.query_one(TitleBar)
        title_bar.show_progress(
            "feeds 3/20 · 12 new · A feed with a name longer than the line has room for", 0.5
        )
        await pilot.pause()
        line = _title_line(app)
        assert len(line) == 80 and line.split()[0] == "diplotui"
        assert "feeds 3/20 · 12 new · A feed with a name longer…" in line
        assert line.endswith("━" * 16 + " ")
        title_bar.clear_progress()
        await pilot.pause()
        assert _title_line(app) == "diplotui"


async def test_read_only_stays_on_the_title_bar_with_an_article_open(seeded_store: Store):
    """A second diplotui on a store opens it read-only, and the title bar said so only until
    an article was opened (the article's title took the place; the app reopens the last
    article at once): nothing on screen told why nothing typed could be saved. At 80
    columns the long title is cut, not the mark."""
    path = seeded_store.path
    seeded_store.close()
    with Store.open(path, read_only=True) as store:
        app = DiplotuiApp(store)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("enter")
            await pilot.pause()
            title = store.article(app.screen.reader.article_id or "").title
            shown = "".join(char for char, _ in screen_cells(app)[0])
            assert _cut_title(shown, "diplotui — read-only — ", title)


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_a_title_of_one_endless_word_is_cut_with_an_ellipsis(
    seeded_store: Store, size: tuple[int, int]
):
    """A file of one 200,000-character word imports with that word as its title: the bar
    wrapped at the last space, after "diplotui —", and showed the line blank after it; a
    title too long for the line is cut to it and ends in "…", one word or many, beside a
    refresh's progress too."""
    add_article(seeded_store, "x" * 200_000, "x")
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=size) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        shown = "".join(char for char, _ in screen_cells(app)[0])
        assert shown == "diplotui — " + "x" * (size[0] - 12) + "…"
        app.screen.query_one(TitleBar).show_progress("feeds 3/20", 0.5)
        await pilot.pause()
        shown = "".join(char for char, _ in screen_cells(app)[0])
        assert _cut_title(shown.split(" feeds")[0], "diplotui — ", "x" * 200_000)
