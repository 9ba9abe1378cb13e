"""A field that holds what the user is editing gets the focus with its cursor at the end and
nothing selected, in every dialog (as the details dialog does): Textual's input selects all of
it on focus, so the first key typed replaced a path, a filter or a query."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input, Select

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .helpers import screen_cells, type_text
from .test_reader_support import add_article, open_first

BODY = "The minister met the envoy in Hanoi. The envoy spoke of the ASEAN summit."


def _focused_field(app: DiplotuiApp) -> Input:
    field = app.focused
    assert isinstance(field, Input)
    return field


async def _typed_after(app: DiplotuiApp, pilot, key: str) -> tuple[str, str]:
    """The focused field's text, and its text after ``key`` is typed."""
    field = _focused_field(app)
    before = field.value
    assert before, "the field should hold something to edit"
    await pilot.press(key)
    return before, field.value


async def test_prefilled_fields_keep_their_text_when_typed_into(store_path):
    store = Store.open(store_path)
    add_article(store, "Envoy talks", BODY)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        # the export dialog's proposed path
        await pilot.press("x")
        await pilot.pause()
        while not isinstance(app.focused, Input):
            await pilot.press("tab")
        before, after = await _typed_after(app, pilot, "Z")
        assert after == before + "Z"
        await pilot.press("escape")
        await pilot.pause()
        if app.screen.query("Button"):  # asked whether to keep the edit: discard it
            await pilot.press("escape")
            await pilot.pause()
        # the filter dialog, opened again on the filter in use
        await pilot.press("f")
        await type_text(pilot, "asean")
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("f")
        await pilot.pause()
        before, after = await _typed_after(app, pilot, "comma")
        assert (before, after) == ("asean", "asean,")
        await pilot.press("tab")  # the next field, empty: nothing to keep
        await pilot.press("shift+tab")  # back to the tags, focused again
        before, after = await _typed_after(app, pilot, "x")
        assert (before, after) == ("asean,", "asean,x")
        await pilot.press("escape")
        await pilot.pause()
        if app.screen.query("Button"):  # asked whether to apply the edit: discard it
            await pilot.press("d")
            await pilot.pause()
        while len(app.screen_stack) > 1:
            await pilot.press("escape")
            await pilot.pause()
        await pilot.press("escape")  # the whole library again
        await pilot.pause()
        # the list's search field, focused again
        await pilot.press("slash")
        await type_text(pilot, "envoy")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("slash")
        await pilot.pause()
        before, after = await _typed_after(app, pilot, "s")
        assert (before, after) == ("envoy", "envoys")
        await pilot.press("escape")
        await pilot.pause()
        # the reader's find is the exception, as / is in less and vim: opened again, it holds
        # the last query selected, so typing starts a new one (newuser27 typed "paracels" after
        # "sovereignty" and searched "sovereigntyparacels")
        await open_first(app, pilot)
        await pilot.press("slash")
        await type_text(pilot, "envoy")
        await pilot.press("enter")
        await pilot.press("slash")
        await pilot.pause()
        before, after = await _typed_after(app, pilot, "s")
        assert (before, after) == ("envoy", "s")
        await pilot.press("escape")
    store.close()


@asynccontextmanager
async def _export_dialog_on(
    store_path: Path, title: str
) -> AsyncIterator[tuple[DiplotuiApp, Pilot[object]]]:
    """The export dialog, opened on the library's one article, ``title``."""
    store = Store.open(store_path)
    add_article(store, title, BODY)
    app = DiplotuiApp(store)
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await open_first(app, pilot)
            await pilot.press("x")
            await pilot.pause()
            yield app, pilot
    finally:
        store.close()


async def test_a_file_name_typed_as_the_export_dialog_opens_goes_to_its_file_field(
    store_path, tmp_path
):
    """The export dialog opens on its first list of choices; letters typed there went
    nowhere, without a sign, and ``enter`` then wrote the proposed file, not the one typed.
    They go to the file field, in view, and ``enter`` writes the file typed."""
    async with _export_dialog_on(store_path, "Envoy talks") as (app, pilot):
        app.screen.query_one("#export-path", Input).value = str(tmp_path) + "/"
        await type_text(pilot, "brief.md")
        field = _focused_field(app)
        assert field.id == "export-path" and field.value == f"{tmp_path}/brief.md"
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert "Envoy talks" in (tmp_path / "brief.md").read_text(encoding="utf-8")


async def test_the_export_dialog_names_the_article_as_its_title_is_spelt(store_path):
    """A title with square brackets ("[bold]", a resolution's "[A/RES/77/1]") was read as
    markup in the export dialog's first choice: its words went missing or bold, and "[/]"
    stopped the dialog from opening. The title is shown as it is spelt."""
    title = "Vote [bold]on[/bold] [A/RES/77/1] [/] text"
    async with _export_dialog_on(store_path, title) as (app, _pilot):
        assert isinstance(app.screen.focused, Select)
        drawn = "\n".join("".join(char for char, _ in line) for line in screen_cells(app))
        assert title in drawn
