"""The palette's tag hits are counted off the UI thread: on a large store an older build wrote
(its note without the tags column) the count reads every record, and on the UI thread it
froze the first ``ctrl+p`` for seconds (bench/bench_palette_open.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.command import CommandList, CommandPalette
from textual.widgets import Input

from diplotui.tui.app import DiplotuiApp

from .helpers import held_off_the_ui_thread, settle, settle_start_up, type_text
from .library_fixtures import make_library, titled


def _hits(app: DiplotuiApp) -> list[str]:
    """The open palette's hits, each as its rows read: name, then help."""
    hits = app.screen.query_one(CommandList)
    return [str(hits.get_option_at_index(n).prompt) for n in range(hits.option_count)]


async def test_the_palette_takes_keys_while_the_tags_are_counted_then_counts_them_as_stored(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
):
    store = make_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        release, counted_on = held_off_the_ui_thread(monkeypatch, store, "tag_counts")
        await pilot.press("ctrl+p")
        await type_text(pilot, "gamma")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        assert app.screen.query_one(Input).value == "gamma"  # typed while counting
        assert counted_on == [True]
        await pilot.press("escape")  # and closed, the count still held
        await pilot.pause()
        assert not isinstance(app.screen, CommandPalette)

        release.set()
        await pilot.press("ctrl+p")
        await type_text(pilot, "#laos")
        await settle(app, pilot)
        assert "#laos\nFilter by tag (2)" in _hits(app), _hits(app)
        assert counted_on == [True], "the count left running served the next opening"
        await pilot.press("escape")

        store.with_updates(titled(store, "Delta forum"), tags=["laos"])  # a write: counted anew
        await pilot.press("ctrl+p")
        await type_text(pilot, "#laos")
        await settle(app, pilot)
        assert "#laos\nFilter by tag (3)" in _hits(app), _hits(app)
        assert counted_on == [True, True]
        await pilot.press("down", "enter")  # the hit still filters by the tag
        await pilot.pause()
        assert app.screen.library_actions.query.tags == ["laos"]
    store.close()
