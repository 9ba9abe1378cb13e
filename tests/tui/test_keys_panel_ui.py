"""The palette's "Keys" (Textual's keys panel) lists the keys that act, in the words of ``?``:
it listed the reader's ``←``/``→`` and ``ctrl+pgup``/``ctrl+pgdn``, which scroll sideways in a
pane that never does, ``N`` outside a find as a row with no words, and ``W`` as "Statements
who said what" where ``?`` says "Statements"."""

from __future__ import annotations

from pathlib import Path

from textual.command import CommandPalette
from textual.widgets import HelpPanel
from textual.widgets._key_panel import BindingsTable

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .helpers import settle, type_text
from .test_reader_support import add_article


async def _keys_shown(app: DiplotuiApp, pilot) -> list[tuple[str, str]]:
    """The palette's Keys chosen with real keys: the panel's (keys, words) rows."""
    await pilot.press("ctrl+p")
    await type_text(pilot, "keys")
    await settle(app, pilot)
    await pilot.press("enter")
    await settle(app, pilot)
    assert not isinstance(app.screen, CommandPalette)
    table = app.screen.query_one(HelpPanel).query_one(BindingsTable)
    rendered = table.render_bindings_table()
    keys, words = (list(column.cells) for column in rendered.columns)
    return [(str(key), str(said)) for key, said in zip(keys, words, strict=True) if str(said)]


async def test_the_reader_s_keys_panel_lists_only_keys_that_act_in_the_help_s_words(
    store_path: Path,
) -> None:
    store = Store.open(store_path)
    add_article(store, "Code of conduct talks", "Lazaro spoke. Tarriela answered.")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")  # the article opens, the reader has the focus
        await settle(app, pilot)
        rows = await _keys_shown(app, pilot)
    store.close()
    keys = [key for key, _ in rows]
    assert ("pgdn, space", "Page down") in rows
    assert ("j", "Next sentence") in rows
    assert ("W", "Statements") in rows, "as ? says it"
    assert ("^p", "Command palette") in rows
    for sideways in ("←", "→", "^pgup", "^pgdn"):
        assert sideways not in keys, rows
    assert not any("Scroll Left" in said or "Page Right" in said for _, said in rows)
    assert "N" not in keys, "N acts only in a find"
    assert ("Reader" in [said for _, said in rows]) and ("Everywhere" in [s for _, s in rows])


async def test_the_panel_follows_the_focus_to_the_list(store_path: Path) -> None:
    store = Store.open(store_path)
    add_article(store, "Code of conduct talks", "Lazaro spoke.")
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        rows = await _keys_shown(app, pilot)
    store.close()
    assert ("⏎", "Open") in rows
    assert ("↓, j", "Down") in rows
    assert "Delete filter" not in [said for _, said in rows], "no saved filter to delete"
