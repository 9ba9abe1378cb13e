"""``W`` listed every unnamed spokesperson of the library under one "spokesperson", China's
and the Philippines' alike, and read a lone "spokesperson" as the surname of a "Chinese
Foreign Ministry spokesperson". Each is now listed with the organisation the article gives
them; ``enter`` lists theirs alone, and ``L`` says the one it cannot follow by that name."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, OptionList

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .helpers import notices_said, open_statements_view
from .statements_ui_support import add_article
from .test_statements_ui import _rows_listed

BEIJING = (
    "Beijing responds to sanctions\n"
    "A spokesperson for the Ministry of Foreign Affairs of China said the sanctions were"
    " unjustified.\n"
)
MANILA = (
    "Manila protests water cannon use\n"
    "A spokesperson for the Philippine Department of Foreign Affairs said the protest was lodged.\n"
    "Meanwhile, a Chinese Foreign Ministry spokesperson said the vessels had intruded.\n"
)
DRILLS = "Coast guard drills end\nA spokesperson said the drills were over.\n"


def _speakers(pane: OptionList) -> list[str]:
    return [pane.get_option_at_index(n).id or "" for n in range(pane.option_count)]


def _beijing_manila_and_drills(store_path: Path) -> Store:
    store = Store.open(store_path)
    add_article(store, BEIJING, "Beijing responds to sanctions", "2026-11-20")
    add_article(store, MANILA, "Manila protests water cannon use", "2026-11-22")
    add_article(store, DRILLS, "Coast guard drills end", "2026-11-24")
    return store


async def test_unnamed_spokespeople_are_listed_by_their_organisation(store_path: Path) -> None:
    store = _beijing_manila_and_drills(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_statements_view(app, pilot)
        screen = app.screen
        pane = screen.query_one("#statements-speakers", OptionList)
        listed = _speakers(pane)
        await pilot.press("tab")  # the speakers
        pane.highlighted = listed.index("spokesperson (Ministry of Foreign Affairs)")
        await pilot.press("L")
        await pilot.pause()
        refused = notices_said(app)[-1]
        await pilot.press("enter")
        await pilot.pause()
        typed = screen.query_one(Input).value
        rows = _rows_listed(screen)
    store.close()
    assert sorted(listed) == [
        "Chinese Foreign Ministry spokesperson",
        "spokesperson",
        "spokesperson (Ministry of Foreign Affairs)",
        "spokesperson (Philippine Department of Foreign Affairs)",
    ]
    assert refused == (
        "The speaker here, spokesperson (Ministry of Foreign Affairs), is unnamed, not a name:"
        " L follows a person or a body."
    )
    assert typed == '"spokesperson" org:"Ministry of Foreign Affairs"'
    assert len(rows) == 1 and rows[0].startswith(
        "spokesperson (Ministry of Foreign Affairs) said the sanctions were unjustified"
    )


async def test_enter_on_a_plain_spokesperson_lists_theirs_alone(store_path: Path) -> None:
    """``enter`` on "spokesperson", listed apart from "spokesperson (Ministry of Foreign
    Affairs)", typed '"spokesperson"', which listed both: the pane's whole name is each
    one's, so a name in double quotes, with no ``org:``, is the unnamed speaker listed
    without one; ``spokesperson`` unquoted still lists every spokesperson."""
    store = _beijing_manila_and_drills(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_statements_view(app, pilot)
        screen = app.screen
        pane = screen.query_one("#statements-speakers", OptionList)
        await pilot.press("tab")  # the speakers
        pane.highlighted = _speakers(pane).index("spokesperson")
        await pilot.press("enter")
        await pilot.pause()
        typed = screen.query_one(Input).value
        rows = _rows_listed(screen)
        speakers = _speakers(pane)
        await pilot.press("ctrl+u", *"spokesperson")
        await pilot.pause()
        every = _rows_listed(screen)
    store.close()
    assert typed == '"spokesperson"'
    assert speakers == ["spokesperson"]
    assert len(rows) == 1 and rows[0].startswith("spokesperson said the drills were over")
    assert len(every) == 4
