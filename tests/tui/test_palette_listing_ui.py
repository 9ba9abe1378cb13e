"""The palette's first opening lists the articles and entities on the UI's event loop a turn
at a time: all at once it held the screen for seconds at 100,000 articles, and in a thread
beside the UI a key typed meanwhile still waited seconds under load for the interpreter
(bench/bench_palette_open.py). The palette shows the keys' commands at once, answers every
key meanwhile, says what it is still listing, and once it has, shows what a search begun
afterwards shows, what the store holds then (a write meanwhile included)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.command import CommandList, CommandPalette
from textual.pilot import Pilot
from textual.widgets import Input

from diplotui.tui.app import DiplotuiApp
from diplotui.tui.providers import KeptListings

from .helpers import held_on_the_event_loop, settle, settle_start_up, type_text, until_bound
from .library_fixtures import make_library


def _hits(app: DiplotuiApp) -> list[str]:
    """The open palette's hits, each as its rows read: name, then help."""
    hits = app.screen.query_one(CommandList)
    return [str(hits.get_option_at_index(n).prompt) for n in range(hits.option_count)]


async def _searched(app: DiplotuiApp, pilot: Pilot[object]) -> list[str]:
    """The open palette's hits once its own search is done (a listing may still run)."""
    palette = app.screen
    assert isinstance(palette, CommandPalette)
    for _ in until_bound():
        await pilot.pause()
        if not any(worker.node is palette for worker in app.workers):
            return _hits(app)
    raise AssertionError("the palette's search never finished")


async def _opened(app: DiplotuiApp, pilot: Pilot[object], typed: str) -> list[str]:
    await pilot.press("ctrl+p")
    await type_text(pilot, typed)
    await settle(app, pilot)
    hits = _hits(app)
    await pilot.press("escape")
    await pilot.pause()
    return hits


@pytest.mark.parametrize(
    ("held", "typed", "found"),
    [
        ("article_candidates", "gamma", "Gamma visit\nOpen article · VNA · 2023-03-03"),
        ("entity_candidates", "vientiane", "Vientiane\nPlace · in 1 article"),
    ],
)
async def test_keys_typed_while_the_palette_lists_are_answered_and_its_hits_come_after(
    store_path: Path, monkeypatch: pytest.MonkeyPatch, held: str, typed: str, found: str
):
    store = make_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        release, listed_on = held_on_the_event_loop(monkeypatch, KeptListings, held)
        await pilot.press("ctrl+p")
        hits = await _searched(app, pilot)
        assert any(hit.startswith("Quit\n") for hit in hits), hits  # the keys' commands
        assert any(hit.startswith("Listing ") for hit in hits), hits
        await type_text(pilot, typed)
        hits = await _searched(app, pilot)
        assert app.screen.query_one(Input).value == typed
        assert found not in hits and hits[-1].startswith("Listing "), hits
        if held == "article_candidates":
            assert hits[-1].startswith("Listing 4 articles"), hits
        await pilot.press("escape")  # closed and opened again, the listing still held
        await pilot.pause()
        assert not isinstance(app.screen, CommandPalette)
        await pilot.press("ctrl+p")
        await type_text(pilot, typed)
        assert found not in await _searched(app, pilot)
        assert listed_on == [True], (
            "a listing left running serves the next opening (on the UI's loop)"
        )

        release.set()
        await settle(app, pilot)  # the listing done, the palette searched again
        listed = _hits(app)
        assert listed[0] == found, listed
        assert not any(hit.startswith("Listing ") for hit in listed), listed
        await pilot.press("escape")
        await pilot.pause()
        assert await _opened(app, pilot, typed) == listed, "a search begun after it differs"
        assert listed_on == [True], "listed twice"
    store.close()
