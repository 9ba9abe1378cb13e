"""The list's ``o``, ``f`` and ``F`` pressed in the reader, and ``N`` outside a find, did nothing
and said nothing; Sort run from the palette with the list hidden changed nothing one could
see. Each now says what it does, and where."""

from __future__ import annotations

from textual.app import App
from textual.command import CommandPalette

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.reader import Reader

from .helpers import settle, settle_start_up, type_text


def _said(app: App[object]) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def test_the_list_s_keys_in_the_reader_say_where_they_act(seeded_store: Store) -> None:
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.focused, Reader)
        await pilot.press("o", "f", "F", "N")
        await settle(app, pilot)
        assert _said(app) == [
            "o sorts the list: shift+tab goes to it, or ctrl+p runs Sort here.",
            "f filters the list: shift+tab goes to it, or ctrl+p runs Filter here.",
            "F saves the list's filter as a folder: shift+tab goes to it, "
            "or ctrl+p runs Save filter here.",
            "N goes to the previous match of a find: / finds in the article.",
        ]
        await pilot.press("left_square_bracket", "o")  # the list hidden: [ brings it back
        await settle(app, pilot)
        assert _said(app)[-1] == "o sorts the list: [ shows it, or ctrl+p runs Sort here."


async def test_sort_from_the_palette_with_the_list_hidden_says_the_order(
    seeded_store: Store,
) -> None:
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("left_square_bracket", "ctrl+p")
        await type_text(pilot, "sort")
        await settle(app, pilot)
        await pilot.press("enter")
        if isinstance(app.screen, CommandPalette):  # the first enter highlighted the hit
            await pilot.press("enter")
        await settle(app, pilot)
        assert _said(app)[-1] == "Sorted: title A–Z."
        app.screen.library.focus()
        await pilot.press("o")  # the key says it as the palette does
        await settle(app, pilot)
        assert _said(app)[-1] == "Sorted: by source."
