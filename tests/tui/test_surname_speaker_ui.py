"""A person the article names in full once and by surname after ("German Foreign Minister
Annalena Baerbock ... Baerbock said"): the sidebar shows her full name (since session 40; it
showed the surname, the name most used), and what acts on her must find her, as the article's
own linking does."""

from __future__ import annotations

from pathlib import Path

from textual.command import Command, CommandList
from textual.content import Content

from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.speaker_correction import SpeakerCorrectionScreen
from diplotui.tui.screens.main import MainScreen
from diplotui.tui.widgets.article_list import ArticleList

from .helpers import settle_start_up, type_text
from .statements_ui_support import open_first as _open_first
from .test_reader_support import sidebar_of
from .test_speaker_correction_ui import _speaker_dialog, _store


async def test_f_on_a_surname_in_the_sidebar_lists_the_article_that_names_her(store_path: Path):
    """``f`` on "Baerbock ×6" (now "Annalena Baerbock ×6") filtered by the surname, which the
    library files under the full name: "No article matches this filter", the open article
    mentioning her six times."""
    store = _store(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open_first(app, pilot)
        main = app.screen
        assert isinstance(main, MainScreen)
        sidebar = sidebar_of(app)
        sidebar.focus()
        await pilot.pause()
        for _ in range(len(sidebar.rows)):
            item = sidebar.current_item
            entity = item is not None and item.kind == "entity"
            if entity and main.entity_actions.name_of(item) == "Annalena Baerbock":
                break
            await pilot.press("j")
        else:
            raise AssertionError("no Baerbock in the sidebar")
        await pilot.press("f")
        await pilot.pause()
        library = app.screen.query_one(ArticleList)
        assert [row.title for row in library.rows] == [store.articles()[0].title]
        assert "Annalena Baerbock" in str(library.border_subtitle)
    store.close()


async def test_p_with_the_surname_completed_gives_the_statement_to_the_full_name_and_role(
    store_path: Path,
):
    """ "Baer", ``tab`` completes "Baerbock" (the sidebar's name for her): the correction was
    stored under "Baerbock", with no role, a speaker of its own in ``W`` beside "Annalena
    Baerbock ×4", and the label read "Baerbock said"."""
    store = _store(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await _speaker_dialog(app, pilot)
        assert isinstance(app.screen, SpeakerCorrectionScreen)
        await type_text(pilot, "Baer")
        await pilot.press("tab", "enter")
        await pilot.pause()
        assert reader.border_subtitle == "Annalena Baerbock (German Foreign…) said"  # cut to fit
        (correction,) = store.speaker_corrections()
        assert (correction.speaker, correction.role) == (
            "Annalena Baerbock",
            "German Foreign Minister",
        )
    store.close()


async def test_the_palette_names_her_in_full_and_its_hit_lists_the_article(store_path: Path):
    """The library's name for her was the spelling most used, "Baerbock", which a lookup by
    name files under another key: the hit read "Person · in 0 archived articles: lists
    archived articles", and choosing it listed none."""
    from .test_palette import _entity_hit

    store = _store(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        said = await _entity_hit(app, pilot, "baerbock")
        assert said == "Person · in 1 article"
        hits = app.screen.query_one(CommandList)
        first = hits.get_option_at_index(0)
        assert isinstance(first, Command) and isinstance(first.prompt, Content)
        assert first.prompt.plain.startswith("Annalena Baerbock")
        await pilot.press("down", "enter")
        await pilot.pause()
        library = app.screen.query_one(ArticleList)
        assert [row.title for row in library.rows] == [store.articles()[0].title]
    store.close()
