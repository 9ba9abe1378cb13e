"""Tags being typed are kept as a draft, as a note's typing is: offered back, typed into the
field, when the tag dialog opens again on the same target, gone once they are added or
discarded; ``escape`` keeps them as a draft only when asked.

(The draft a killed app leaves: ``tests/reliability/test_kill_while_typing_tags.py``.)
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from textual.widgets import Label

from diplotui.model import Article
from diplotui.session.drafts import DraftFolder, NoteDraft
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.dialog import UnsavedEditScreen
from diplotui.tui.dialogs.tags import AddTagsScreen, TagInput

from .helpers import settle_start_up, type_text, until_screen
from .test_reader_support import add_article, open_first

BODY = "The ministers met in Hanoi on Monday. They agreed to meet again in May."
FIRST = "The ministers met in Hanoi on Monday."
LABEL = "“Ministers meet”"


def drafts_writer(app: DiplotuiApp):
    return app.screen_stack[0].draft_actions.writer


async def tag_dialog(app: DiplotuiApp, pilot, key: str = "t") -> AddTagsScreen:
    """``key`` pressed (``t``, ``#``): the tag dialog it opens."""
    await pilot.press(key)
    return await until_screen(app, pilot, AddTagsScreen)


async def leave_typed(app: DiplotuiApp, pilot, choice: str) -> None:
    """``escape`` on typed tags, then ``choice`` in the question it asks."""
    await pilot.press("escape")
    await pilot.pause()
    assert isinstance(app.screen, UnsavedEditScreen)
    await pilot.press(choice)
    await pilot.pause()
    drafts_writer(app).flush()


@asynccontextmanager
async def reading(store_path: Path) -> AsyncIterator[tuple[Store, Article, DiplotuiApp, Any]]:
    """An app reading a new article ("Ministers meet"), with the store and the article."""
    store = Store.open(store_path)
    article = add_article(store, "Ministers meet", BODY)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        yield store, article, app, pilot
    store.close()


def draft_line(dialog: AddTagsScreen) -> str:
    line = dialog.query_one("#draft-line", Label)
    return str(line.render()) if line.display else ""


async def test_tags_typed_are_kept_as_a_draft_until_they_are_added(store_path: Path):
    folder = DraftFolder(store_path)
    async with reading(store_path) as (store, article, app, pilot):
        await tag_dialog(app, pilot)
        await type_text(pilot, "asean, trade")
        await pilot.pause()
        drafts_writer(app).flush()
        [draft] = folder.drafts(article.id)
        assert (draft.of, draft.kind, draft.text) == ("tags", "article", "asean, trade")
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, AddTagsScreen)
        drafts_writer(app).flush()
        assert folder.drafts() == [], "tags added leave no draft"
        assert sorted(store.article(article.id).tags) == ["asean", "trade"]


async def test_a_tag_draft_a_killed_app_left_is_offered_when_tagging_it_again(store_path: Path):
    """Not unasked at the start (no note dialog, nor a tag dialog, opens over the article):
    ``t`` on the article types the tags back, saying so; ``enter`` adds them."""
    store = Store.open(store_path)
    article = add_article(store, "Ministers meet", BODY)
    DraftFolder(store_path).write(
        NoteDraft(article.id, "article", "mekong, water security", LABEL, of="tags")
    )
    store.set_setting("last_article", article.id)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        for _ in range(10):
            await pilot.pause(0.02)
        assert len(app.screen_stack) == 1, f"nothing opens unasked: {app.screen!r}"
        dialog = await tag_dialog(app, pilot)
        assert dialog.query_one(TagInput).value == "mekong, water security"
        line = draft_line(dialog)
        assert line.startswith("Recovered tags, typed ") and "never added" in line, line
        await pilot.press("enter")
        await pilot.pause()
        drafts_writer(app).flush()
    assert sorted(store.article(article.id).tags) == ["mekong", "water security"]
    assert DraftFolder(store_path).drafts() == []
    store.close()


async def test_escape_keeps_the_tags_as_a_draft_only_when_asked(store_path: Path):
    folder = DraftFolder(store_path)
    async with reading(store_path) as (store, article, app, pilot):
        await tag_dialog(app, pilot)
        await type_text(pilot, "asean")
        await leave_typed(app, pilot, "l")  # keep as a draft
        assert not isinstance(app.screen, (AddTagsScreen, UnsavedEditScreen))
        assert [d.text for d in folder.drafts(article.id)] == ["asean"]

        dialog = await tag_dialog(app, pilot)  # offered back on the same target
        assert dialog.query_one(TagInput).value == "asean"
        assert draft_line(dialog)
        await leave_typed(app, pilot, "d")  # discarded: the draft goes
        assert folder.drafts() == []

        dialog = await tag_dialog(app, pilot)  # nothing offered now: empty, no line
        assert dialog.query_one(TagInput).value == "" and not draft_line(dialog)
        assert store.article(article.id).tags == []


async def test_a_highlights_tags_are_its_own_draft_apart_from_the_articles(store_path: Path):
    """``#`` on a highlight keeps its typing under that highlight: ``t`` on the article
    offers none of it, ``#`` on the highlight offers it back."""
    folder = DraftFolder(store_path)
    async with reading(store_path) as (store, article, app, pilot):
        await pilot.press("j", "h")
        await pilot.pause()
        [highlight] = store.highlights(article.id)
        await tag_dialog(app, pilot, "#")
        await type_text(pilot, "follow-up")
        await leave_typed(app, pilot, "l")
        [draft] = folder.drafts(article.id)
        assert (draft.kind, draft.highlight_id, draft.of) == ("highlight", highlight.id, "tags")

        dialog = await tag_dialog(app, pilot)
        assert dialog.query_one(TagInput).value == "", "the article's tags are another target"
        await pilot.press("escape")
        await pilot.pause()
        dialog = await tag_dialog(app, pilot, "#")
        assert dialog.query_one(TagInput).value == "follow-up"
        await pilot.press("enter")
        await pilot.pause()
        drafts_writer(app).flush()
        assert store.highlight(highlight.id).tags == ["follow-up"]
        assert folder.drafts() == []


async def test_a_hang_up_over_recovered_tags_nothing_was_typed_into_leaves_them_a_draft(
    store_path: Path,
):
    """As a recovered note's: nobody chose to add them (the terminal closed as they showed)."""
    from diplotui.tui.dialogs.dialog import end_on_hangup

    folder = DraftFolder(store_path)
    async with reading(store_path) as (store, article, app, pilot):
        folder.write(NoteDraft(article.id, "article", "asean", LABEL, of="tags"))
        await pilot.press("q")  # the writer read the folder at the start: start again
    app = DiplotuiApp(store := Store.open(store_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("tab")  # to the reader, on the article
        dialog = await tag_dialog(app, pilot)
        assert dialog.query_one(TagInput).value == "asean"
        end_on_hangup(app)
        await pilot.pause()
        await pilot.pause()
        assert not app.is_running
    assert store.article(article.id).tags == []
    assert [d.text for d in folder.drafts(article.id)] == ["asean"]
    store.close()
