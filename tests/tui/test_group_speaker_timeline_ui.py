"""``L`` on a group's statement says the group is no name a timeline follows: "No name in this
sentence" beside "Contributions from delegates", under the label "delegates proposed", read
as a name the app had missed."""

from __future__ import annotations

from pathlib import Path

from textual.widgets._toast import Toast

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.timeline import TimelineScreen

from .helpers import notices_said
from .statements_ui_support import add_article as _add
from .statements_ui_support import open_first as _open_first
from .test_labelled_statement_bar_ui import TWO_SPEAKERS


async def test_l_on_a_group_s_statement_says_it_is_a_group(store_path: Path) -> None:
    store = Store.open(store_path)
    _add(store, TWO_SPEAKERS, "A conference on people-to-people diplomacy", "2025-12-30")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open_first(app, pilot)
        await pilot.press("s", "L")  # the delegates' proposal
        await pilot.pause()
        assert not isinstance(app.screen, TimelineScreen)
        said = notices_said(app)
        assert said[-1].startswith(
            "The speaker here, delegates, is a group, not a name: > goes to the next one"
        )
        await pilot.press("s", "L")  # the minister's words: her timeline, as before
        await pilot.pause()
        assert isinstance(app.screen, TimelineScreen)
    store.close()


async def test_what_l_says_in_the_statements_view_takes_few_rows_at_60_columns(
    store_path: Path,
) -> None:
    """At 60 columns the Statements view's notice is the screen's width: at half of it, what
    ``L`` says on a group's statement took four rows over the statements and the key line."""
    store = Store.open(store_path)
    _add(store, TWO_SPEAKERS, "A conference on people-to-people diplomacy", "2025-12-30")
    app = DiplotuiApp(store)
    async with app.run_test(size=(60, 20), notifications=True) as pilot:
        await pilot.press("W")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter")  # to the statements: the delegates' proposal first
        await pilot.press("L")
        await pilot.pause()
        said = notices_said(app)
        assert said[-1].startswith("The speaker here, delegates, is a group")
        [toast] = app.screen.query(Toast)
        width, height = toast.region.width, toast.region.height
    store.close()
    assert width == 60 and height <= 2, (width, height)
