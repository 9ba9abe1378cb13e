"""Choice dialogs move with ``j``/``k`` as the panes do, and open away from their destructive
choice: a new user's ``T j j enter`` removed the first tag, and ``E j j enter`` removed an
entity in every article, because only the arrows moved there."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import Input, Label, OptionList, Select

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.confirm import ConfirmScreen
from diplotui.tui.dialogs.entity_correction import EntityCorrectionScreen
from diplotui.tui.dialogs.filter import FilterScreen
from diplotui.tui.dialogs.quote_history import QuoteHistoryScreen
from diplotui.tui.dialogs.tags import RemoveTagScreen
from diplotui.tui.widgets.article_list import ArticleList

from .test_reader_support import open_first


async def _opened_from_the_list(app: DiplotuiApp, pilot: Pilot[None], key: str) -> object:
    """The list given the focus, then ``key``: the screen it opens."""
    app.screen.query_one(ArticleList).focus()
    await pilot.press(key)
    await pilot.pause()
    return app.screen


async def test_untag_moves_with_j_and_k_and_says_which_tag_enter_removes(seeded_store: Store):
    first = seeded_store.articles()[0]
    seeded_store.with_updates(first, tags=["east sea", "sovereignty", "China"])
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        assert isinstance(await _opened_from_the_list(app, pilot, "T"), RemoveTagScreen)
        await pilot.press("j", "j", "k", "j")
        await pilot.pause()
        keys = app.screen.query_one(".dialog-help", Label).render()
        assert "enter: remove #China" in str(keys)
        await pilot.press("enter")
        await pilot.pause()
        assert seeded_store.article(first.id).tags == ["east sea", "sovereignty"]


async def test_entity_correction_opens_away_from_remove_and_moves_with_j(seeded_store: Store):
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await open_first(app, pilot)
        target = next(s for s in reader.entities if s.text == "Tran Cam Tu")
        reader.show_mention(target)
        await pilot.press("E")
        await pilot.pause()
        assert isinstance(app.screen, EntityCorrectionScreen)
        choices = app.screen.query_one("#correction-choices", OptionList)
        opened_on = choices.highlighted
        assert opened_on is not None
        assert choices.get_option_at_index(opened_on).id != "remove"
        await pilot.press("j")
        assert choices.highlighted == opened_on + 1
        await pilot.press("k")
        assert choices.highlighted == opened_on
        await pilot.press("j", "j", "enter")  # a stray enter: nothing removed
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert [c.kind for c in seeded_store.corrections()] != ["remove"]


async def test_delete_question_opens_on_cancel(seeded_store: Store):
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        count = len(seeded_store.articles())
        app.screen.query_one(ArticleList).focus()
        await pilot.press("D")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmScreen)
        assert len(seeded_store.articles()) == count


async def test_quote_history_moves_with_j_and_k(seeded_store: Store, clipboard: list[str]):
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        await pilot.press("y", "j", "y")
        await pilot.pause()
        await pilot.press("Q")
        await pilot.pause()
        assert isinstance(app.screen, QuoteHistoryScreen)
        listing = app.screen.query_one(OptionList)
        assert listing.highlighted == 0
        await pilot.press("j")
        assert listing.highlighted == 1
        await pilot.press("k")
        assert listing.highlighted == 0


async def test_a_field_s_open_choices_move_with_j_and_k(seeded_store: Store):
    """The filter's list of choices took letters to jump to a choice: j and k did nothing."""
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        assert isinstance(await _opened_from_the_list(app, pilot, "f"), FilterScreen)
        await pilot.press("j", "k")  # in a text field, letters typed
        await pilot.pause()
        assert app.screen.query_one("#filter-tags", Input).value == "jk"
        app.screen.query_one("#filter-state", Select).focus()
        await pilot.press("space", "j", "j", "k", "enter")  # open, to "read only", back one
        await pilot.pause()
        assert app.screen.query_one("#filter-state", Select).value == "unread"
