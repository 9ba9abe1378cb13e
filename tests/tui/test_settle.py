"""The pilot's waits (``tests/settle.py``) end on the app's state, not on their bound."""

from __future__ import annotations

from textual.app import App

from tests import settle


async def test_a_wait_after_the_app_quit_ends_without_running_to_its_bound():
    """After a quit the screens' frame timers tick until the test leaves ``run_test``: each
    wait then ran to its 1 s bound (ctrl+q tests waited seconds)."""
    app: App[None] = App()
    async with app.run_test() as pilot:
        app.exit()
        await pilot.pause()
        assert not app.is_running
        before = settle.OUTCOMES.copy()
        await pilot.pause()
        assert settle.OUTCOMES["max_sleep"] == before["max_sleep"]
        assert settle.OUTCOMES["settled"] == before["settled"] + 1
