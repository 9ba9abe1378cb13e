"""The command palette finds articles, tags and entities by fuzzy name."""

from __future__ import annotations

from pathlib import Path

from textual.command import CommandPalette

from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.statements import StatementsScreen
from diplotui.tui.widgets.article_list import ArticleList
from diplotui.tui.widgets.reader import Reader

from .helpers import settle, type_text
from .library_fixtures import make_library, titled
from .test_reader_support import add_article


async def _palette(app: DiplotuiApp, pilot, query: str) -> None:
    await pilot.press("ctrl+p")
    await type_text(pilot, query)
    await settle(app, pilot)  # the palette gathers its hits in a worker
    await pilot.press("down", "enter")
    await pilot.pause()


async def _top_hit(app: DiplotuiApp, pilot, query: str) -> None:
    """Run the palette's best hit for ``query`` (``enter`` first highlights it when the
    palette has highlighted none yet)."""
    await pilot.press("ctrl+p")
    await type_text(pilot, query)
    await settle(app, pilot)
    for _press in range(2):
        if not isinstance(app.screen, CommandPalette):
            return
        await pilot.press("enter")
        await pilot.pause()


async def test_palette_opens_an_article_by_fuzzy_title(store_path: Path):
    store = make_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await _palette(app, pilot, "gamvis")
        assert app.screen.query_one(Reader).article_id == titled(store, "Gamma visit").id
        await _palette(app, pilot, "who said")  # the README's words for W: it found nothing
        assert isinstance(app.screen, StatementsScreen)


async def test_palette_filters_by_tag_and_entity(store_path: Path):
    store = make_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await _palette(app, pilot, "#laos")
        titles = [row.title for row in app.screen.query_one(ArticleList).rows]
        assert titles == ["Beta summit", "Gamma visit"]
        await _palette(app, pilot, "paris")
        assert [row.title for row in app.screen.query_one(ArticleList).rows] == []  # combined
        app.screen.query_one(ArticleList).focus()
        await pilot.press("escape")
        await _palette(app, pilot, "paris")
        titles = [row.title for row in app.screen.query_one(ArticleList).rows]
        assert titles == ["Delta forum"]
    store.close()


LEDE_TITLE = (
    "(AseanAll) — Indonesian Foreign Minister Sugiono emphasized Indonesia's commitment to "
    "promoting ASEAN as a peaceful, resilient, innovative, and people-oriented region. This "
    "was conveyed by Foreign Minister Sugiono, who represented Indonesian President Prabowo "
    "Subianto at the 58th ASEAN Anniversary (ASEAN Day) at the ASEAN Headquarters in Jakarta."
)


async def test_palette_finds_words_of_a_long_title_without_listing_every_alignment(
    store_path: Path, monkeypatch
):
    """A file whose first line is its lede has a title of hundreds of characters: Textual's
    matcher listed every way "minister receives" aligns with it (15 million lists) and the
    app hung, growing by gigabytes. The palette never calls it now."""
    from textual.fuzzy import FuzzySearch

    def every_alignment(*args: object) -> None:
        raise AssertionError("Textual's matcher lists every alignment of the query")

    monkeypatch.setattr(FuzzySearch, "_match", every_alignment)
    store = make_library(store_path)
    add_article(store, LEDE_TITLE, "Body.")
    add_article(store, "Minister receives new ambassador", "Body.")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await _top_hit(app, pilot, "minister receives")  # whole in the short title
        assert (
            app.screen.query_one(Reader).article_id
            == titled(store, "Minister receives new ambassador").id
        )
        await _top_hit(app, pilot, "sugiono jakarta")  # letters in order in the long one
        assert app.screen.query_one(Reader).article_id == titled(store, LEDE_TITLE).id
    store.close()
