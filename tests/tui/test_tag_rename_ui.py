"""The palette renames or removes a tag across the library (newuser65): "Rename a tag…" lists
the tags in use with their counts, then asks the chosen one's new name; every article and
highlight carrying it changes in one write, the list's filter follows, ``ctrl+z`` puts it
back; "Remove a tag…" asks first."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace
from typing import Any

from textual.widgets import OptionList

from diplotui.anchoring import new_highlight
from diplotui.library.query import LibraryQuery
from diplotui.model import Feed
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.confirm import ConfirmScreen
from diplotui.tui.dialogs.tags import RemoveTagScreen, RenameTagScreen

from .helpers import notices_said, settle_start_up, type_text, until_screen


def _tagged(store: Store) -> tuple[str, str, str]:
    first, second = store.articles()[:2]
    store.with_updates(first, tags=["asean", "Mekong"])
    store.with_updates(second, tags=["ASEAN"])
    text = store.article_text(first.id)
    highlight = replace(new_highlight(first.id, text, 0, 5), tags=["asean"])
    store.save_as_given(highlights=[highlight])
    return first.id, second.id, highlight.id


@asynccontextmanager
async def _started(store: Store, size: tuple[int, int]) -> AsyncIterator[tuple[DiplotuiApp, Any]]:
    """The app on ``store``, started and its start-up's workers done."""
    app = DiplotuiApp(store)
    async with app.run_test(size=size) as pilot:
        await settle_start_up(app, pilot)
        await app.workers.wait_for_complete()
        yield app, pilot


async def _tags_offered(app: DiplotuiApp, pilot, verb: str) -> tuple[OptionList, list[str | None]]:  # type: ignore[no-untyped-def]
    """The palette's "Rename a tag…" or "Remove a tag…" opened: its list and the tags it offers."""
    await pilot.press("ctrl+p")
    await type_text(pilot, f"{verb} a tag")
    await app.workers.wait_for_complete()
    await pilot.pause(0.3)
    await pilot.press("enter")
    chooser = await until_screen(app, pilot, RemoveTagScreen)
    choices = chooser.query_one("#tag-choices", OptionList)
    return choices, [choices.get_option_at_index(n).id for n in range(choices.option_count)]


async def _choose(app: DiplotuiApp, pilot, words: str) -> None:  # type: ignore[no-untyped-def]
    """The palette's "Rename a tag…" or "Remove a tag…" (``words``: "Rename #asean"), then
    the tag in its list."""
    verb, tag = words.split(" #")
    choices, ids = await _tags_offered(app, pilot, verb)
    assert ids == ["asean", "Mekong"], ids  # the most carried first
    assert "#asean  (3)" in str(choices.get_option_at_index(0).prompt)
    await pilot.press(*["j"] * ids.index(tag), "enter")
    await pilot.pause()


async def test_rename_from_the_palette_then_undo(seeded_store: Store) -> None:
    first, second, highlight_id = _tagged(seeded_store)
    async with _started(seeded_store, (120, 40)) as (app, pilot):
        main = app.screen
        main.library_actions.set_library_query(LibraryQuery(tags=["asean"]))  # type: ignore[attr-defined]
        await _choose(app, pilot, "Rename #asean")
        dialog = await until_screen(app, pilot, RenameTagScreen)
        assert "Rename #asean on 2 articles and 1 highlight" in str(
            dialog.query_one(".dialog-title").render()
        )
        await pilot.press("ctrl+u", *"Southeast Asia", "enter")
        await pilot.pause()
        assert not isinstance(app.screen, RenameTagScreen)
        assert seeded_store.article(first).tags == ["Southeast Asia", "Mekong"]
        assert seeded_store.article(second).tags == ["Southeast Asia"]
        assert seeded_store.highlight(highlight_id).tags == ["Southeast Asia"]
        assert main.library_actions.query.tags == ["Southeast Asia"]  # type: ignore[attr-defined]
        said = notices_said(app)
        assert any(
            "Renamed #asean to #Southeast Asia on 2 articles and 1 highlight. ctrl+z undoes." in s
            for s in said
        ), said
        main.library.focus()  # type: ignore[attr-defined]
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert seeded_store.article(first).tags == ["asean", "Mekong"]
        assert seeded_store.article(second).tags == ["ASEAN"]
        assert seeded_store.highlight(highlight_id).tags == ["asean"]
        assert main.library_actions.query.tags == ["asean"]  # type: ignore[attr-defined]


async def test_a_name_refused_is_said_in_the_dialog(seeded_store: Store) -> None:
    _tagged(seeded_store)
    async with _started(seeded_store, (80, 24)) as (app, pilot):
        await _choose(app, pilot, "Rename #Mekong")
        dialog = await until_screen(app, pilot, RenameTagScreen)
        await pilot.press("enter")  # unchanged
        await pilot.pause()
        assert app.screen is dialog
        line = dialog.query_one("#tag-error")
        assert line.display, "the reason is shown, not only written"
        assert "#Mekong is already spelt so" in str(line.render())
        await pilot.press("end", *", Laos", "enter")
        await pilot.pause()
        assert app.screen is dialog and line.display
        assert "a tag holds no comma" in str(line.render())
        await pilot.press("backspace")
        await pilot.pause()
        assert not line.display, "typing clears the reason"
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, RenameTagScreen)


async def test_remove_asks_first(seeded_store: Store) -> None:
    first, second, highlight_id = _tagged(seeded_store)
    async with _started(seeded_store, (120, 40)) as (app, pilot):
        await _choose(app, pilot, "Remove #asean")
        confirm = await until_screen(app, pilot, ConfirmScreen)
        assert "Remove #asean from 2 articles and 1 highlight?" in str(
            confirm.query_one(".dialog-title").render()
        )
        await pilot.press("n")
        await pilot.pause()
        assert seeded_store.article(second).tags == ["ASEAN"]
        await _choose(app, pilot, "Remove #asean")
        await until_screen(app, pilot, ConfirmScreen)
        await pilot.press("y")
        await pilot.pause()
        assert seeded_store.article(first).tags == ["Mekong"]
        assert seeded_store.article(second).tags == []
        assert seeded_store.highlight(highlight_id).tags == []


async def test_undoing_a_merge_leaves_the_filter_on_the_tag_kept(seeded_store: Store) -> None:
    """The list filtered by #Mekong, #asean renamed into it, the rename undone: the filter
    names #Mekong still (it was turned to #asean, a tag the user never filtered by)."""
    first, _second, _highlight_id = _tagged(seeded_store)
    async with _started(seeded_store, (120, 40)) as (app, pilot):
        main = app.screen
        main.library_actions.set_library_query(LibraryQuery(tags=["Mekong"]))  # type: ignore[attr-defined]
        await _choose(app, pilot, "Rename #asean")
        await until_screen(app, pilot, RenameTagScreen)
        await pilot.press("ctrl+u", *"mekong", "enter")
        await pilot.pause()
        assert seeded_store.article(first).tags == ["Mekong"]
        assert main.library_actions.query.tags == ["Mekong"]  # type: ignore[attr-defined]
        main.library.focus()  # type: ignore[attr-defined]
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert seeded_store.article(first).tags == ["asean", "Mekong"]
        assert main.library_actions.query.tags == ["Mekong"]  # type: ignore[attr-defined]
        await pilot.press("ctrl+y")  # the redo
        await pilot.pause()
        assert seeded_store.article(first).tags == ["Mekong"]
        assert main.library_actions.query.tags == ["Mekong"]  # type: ignore[attr-defined]


async def test_a_feeds_tag_no_article_carries_can_be_renamed(seeded_store: Store) -> None:
    """A feed's tag no article carries yet is in the palette's list too, at 0: the command
    line's ``tags rename`` found it, the app's list left it out."""
    _tagged(seeded_store)
    seeded_store.save_feed(Feed(id="desk", url="http://127.0.0.1:1/d.xml", tags=["Cambodia"]))
    async with _started(seeded_store, (120, 40)) as (app, pilot):
        _choices, ids = await _tags_offered(app, pilot, "Rename")
        assert ids == ["asean", "Mekong", "Cambodia"], ids
        await pilot.press("j", "j", "enter")
        await until_screen(app, pilot, RenameTagScreen)
        await pilot.press("ctrl+u", *"Kampuchea", "enter")
        await pilot.pause()
        assert seeded_store.feed("desk").tags == ["Kampuchea"]
