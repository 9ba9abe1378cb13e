"""The label under the reader names who speaks and the verb, whatever the pane's width."""

from __future__ import annotations

from pathlib import Path

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .helpers import screen_cells
from .statements_ui_support import add_article as _add
from .statements_ui_support import open_first as _open_first

LONG_ROLE = (
    "People-to-people diplomacy\n"
    "Member of the Party Central Committee's Secretariat and Minister of Foreign Affairs"
    " Le Hoai Trung affirmed that the ministry will support people's organizations.\n"
)


def _screen_lines(app: DiplotuiApp) -> list[str]:
    return ["".join(char for char, _ in row) for row in screen_cells(app)]


async def test_a_long_role_is_shortened_so_the_verb_stays_in_view(store_path: Path) -> None:
    """At 80 and 120 columns the label read "Le Hoai Trung (Member of the Party Central …":
    who, but not that he affirmed (nor, with a reported clause, that it was said at all)."""
    store = Store.open(store_path)
    _add(store, LONG_ROLE, "People-to-people diplomacy", "2025-12-30")
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        reader = await _open_first(app, pilot)
        await pilot.press("s")
        await pilot.pause()
        label = str(reader.border_subtitle)
        assert label.startswith("Le Hoai Trung (Member of the Party")
        assert label.endswith("…) affirmed")
        assert any("…) affirmed" in line for line in _screen_lines(app))
        await pilot.resize_terminal(280, 40)  # room for the whole role again
        await pilot.pause()
        full = (
            "Le Hoai Trung (Member of the Party Central Committee's Secretariat and Minister"
            " of Foreign Affairs) affirmed"
        )
        assert str(reader.border_subtitle) == full
        assert any(full in line for line in _screen_lines(app))
    store.close()


ONE_WORD_ROLE = (
    "Party work in 2025\n"
    "Politburo member Tran Cam Tu emphasized that the ministry will support people's"
    " organizations.\n"
)


async def test_at_60_columns_the_label_cuts_at_a_word_the_name_whole(store_path: Path) -> None:
    """At 60 columns the label read "Tran Cam Tu (Politbu…) emphasized": a role cut mid-word.
    Where not one word of the role fits, "(…)" stands for it and the name stays whole."""
    store = Store.open(store_path)
    _add(store, ONE_WORD_ROLE, "Party work in 2025", "2025-12-30")
    app = DiplotuiApp(store)
    async with app.run_test(size=(60, 20)) as pilot:
        reader = await _open_first(app, pilot)
        await pilot.press("s")
        await pilot.pause()
        assert str(reader.border_subtitle) == "Tran Cam Tu (…) emphasized"
        assert any("─ Tran Cam Tu (…) emphasized ─" in line for line in _screen_lines(app))
        await pilot.resize_terminal(64, 20)  # four columns more: the role's first word
        await pilot.pause()
        assert str(reader.border_subtitle) == "Tran Cam Tu (Politburo…) emphasized"
    store.close()
