"""A tag spelt like Rich markup ("[/]", "[bold red]x[/]") in the palette's "Remove a tag…" and
"Rename a tag…" lists (newuser65's): the key line naming the tag under the cursor is plain
text, the tag's words as written; it was a markup label, and "[/]" stopped the app."""

from __future__ import annotations

from textual.widgets import Label

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.tags import RemoveTagScreen

from .helpers import settle_start_up, type_text, until_screen


async def test_a_markup_tag_is_named_as_written(seeded_store: Store) -> None:
    first, second = seeded_store.articles()[:2]
    seeded_store.with_updates(first, tags=["[/]", "[bold red]x[/]"])
    seeded_store.with_updates(second, tags=["[/]"])
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        await app.workers.wait_for_complete()
        await pilot.press("ctrl+p")
        await type_text(pilot, "Remove a tag")
        await app.workers.wait_for_complete()
        await pilot.pause(0.3)
        await pilot.press("enter")
        chooser = await until_screen(app, pilot, RemoveTagScreen)
        keys = chooser.query_one(".dialog-help", Label)
        assert "enter: remove #[/] · esc" in str(keys.render()), keys.render()
        await pilot.press("j")
        await pilot.pause()
        assert "enter: remove #[bold red]x[/] · esc" in str(keys.render()), keys.render()
        assert app.is_running and isinstance(app.screen, RemoveTagScreen)
