"""One person, one answer: ``enter`` on "Shehbaz Sharif" in ``W`` filtered on that whole name
and dropped what he said as "Muhammad Shehbaz Sharif", while his timeline (``L``) counted it
(left44b). The speakers' pane lists him once; either name finds both. Invented articles."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, OptionList

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .helpers import type_text
from .statements_ui_support import add_article as _add
from .statements_ui_support import statements_speakers
from .test_statements_ui import _rows_listed

FULL = "Pakistan seeks talks\nPrime Minister Muhammad Shehbaz Sharif said Pakistan wanted peace.\n"
SHORT = "Corridor works\nPrime Minister Shehbaz Sharif said the corridor would be finished.\n"
SHORT_AGAIN = "Budget passed\nPrime Minister Shehbaz Sharif said the budget would pass.\n"
KIMS = (
    "Pyongyang warns\nLeader Kim Jong Un said the missiles were ready.\n"
    "His sister Kim Yo Jong said the drills were a provocation.\n"
)
HUNS = (
    "Phnom Penh vote\nFormer prime minister Hun Sen said the party would win.\n"
    "Prime Minister Hun Manet said the border would stay open.\n"
)


def _names(speakers: OptionList) -> list[str]:
    return [str(speakers.get_option_at_index(n).id) for n in range(speakers.option_count)]


async def test_enter_on_either_name_of_one_person_lists_all_he_said(store_path: Path) -> None:
    store = Store.open(store_path)
    _add(store, FULL, "Pakistan seeks talks", "2025-05-03")
    _add(store, SHORT, "Corridor works", "2025-05-04")
    _add(store, SHORT_AGAIN, "Budget passed", "2025-05-05")
    _add(store, KIMS, "Pyongyang warns", "2025-05-06")
    _add(store, HUNS, "Phnom Penh vote", "2025-05-07")
    app = DiplotuiApp(store)
    async with app.run_test(size=(140, 40)) as pilot:
        screen, speakers = await statements_speakers(app, pilot)
        # one row for him, in the name most of his statements give; the Kims and Huns apart
        assert sorted(_names(speakers)) == [
            "Hun Manet",
            "Hun Sen",
            "Kim Jong Un",
            "Kim Yo Jong",
            "Shehbaz Sharif",
        ]
        await type_text(pilot, "sharif")
        await pilot.pause()
        speakers.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert screen.query_one(Input).value == '"Shehbaz Sharif"'
        assert len(_rows_listed(screen)) == 3
        # the other way: the longer name typed whole finds the shorter one's too
        await pilot.press("ctrl+u")
        await type_text(pilot, '"Muhammad Shehbaz Sharif"')
        await pilot.pause()
        assert len(_rows_listed(screen)) == 3
        # never two people: one of the Kims is that one
        await pilot.press("ctrl+u")
        await type_text(pilot, '"Kim Jong Un"')
        await pilot.pause()
        assert [row.split(" said")[0] for row in _rows_listed(screen)] == ["Kim Jong Un"]
    store.close()
