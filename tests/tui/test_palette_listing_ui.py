"""The palette's first opening lists the articles and entities on the UI's event loop a turn
at a time: all at once it held the screen for seconds at 100,000 articles, and in a thread
beside the UI a key typed meanwhile still waited seconds under load for the interpreter
(bench/bench_palette_open.py). The palette shows the keys' commands at once, answers every
key meanwhile, says what it is still listing, and once it has, shows what a search begun
afterwards shows, what the store holds then (a write meanwhile included)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events
from textual.command import CommandInput, CommandList, CommandPalette
from textual.pilot import Pilot
from textual.widgets import Input

from diplotui.model import Article
from diplotui.store import Store
from diplotui.tui import providers
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.providers import KeptListings, Turns

from .helpers import held_on_the_event_loop, settle, settle_start_up, type_text, until_bound
from .library_fixtures import add_article, make_library, titled


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
        assert any(hit.startswith("Quit: ") for hit in hits), hits  # the keys' commands
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


def _add_article(store: Store, title: str) -> None:
    add_article(store, title, "Wire", "2025-02-02", [], "A report.")


async def test_a_key_typed_while_the_palette_lists_is_answered_before_the_listing_goes_on(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """The listing works on the UI's event loop a turn at a time: keys typed mid-way are in
    the palette's input while it still has turns to go, not once it is done."""
    store = make_library(store_path)
    with store.batch():
        for number in range(150):
            _add_article(store, f"Report {number}")
    monkeypatch.setattr(providers, "TURN", 0.0)  # a turn for every piece of work
    monkeypatch.setattr(providers, "_PIECE", 1)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        typed_at_turns: list[str | None] = []  # the palette's input as each turn ended
        step = Turns.step

        async def step_watched(turns: Turns) -> None:
            palette = app.screen
            shown = isinstance(palette, CommandPalette)
            typed_at_turns.append(palette.query_one(CommandInput).value if shown else None)
            if len(typed_at_turns) == 3:  # typed as a terminal sends keys, at once
                for char in "gamma":
                    app.post_message(events.Key(char, char))
            await step(turns)

        monkeypatch.setattr(Turns, "step", step_watched)
        await pilot.press("ctrl+p")
        await settle(app, pilot)
        assert "gamma" in typed_at_turns, typed_at_turns[-5:]
        turns_left = len(typed_at_turns) - typed_at_turns.index("gamma")
        assert turns_left > 300, f"answered with {turns_left} turns of the listing to go"
        assert _hits(app)[0] == "Gamma visit\nOpen article · VNA · 2023-03-03", _hits(app)
    store.close()


async def test_an_article_written_while_the_palette_reads_the_articles_is_listed_at_once(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """A write while the listing reads the articles (a sync's, a refresh's) neither stops it
    nor leaves it behind: the open palette lists what the store holds then. A listing that
    read the store's live table stopped at such a write ("dictionary changed size during
    iteration") and said "Listing 5 articles…" until the palette was opened again."""
    store = make_library(store_path)
    monkeypatch.setattr(providers, "_PIECE", 1)  # the articles read one at a time
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        articles_of = Store.articles_of
        written: list[str] = []

        def read_then_written(self: Store, article_ids: list[str]) -> list[Article]:
            read = articles_of(self, article_ids)
            if not written:  # after the first article read, the rest still to read
                _add_article(self, "Gamma return")
                written.append("Gamma return")
            return read

        monkeypatch.setattr(Store, "articles_of", read_then_written)
        await pilot.press("ctrl+p")
        await type_text(pilot, "gamma")
        await settle(app, pilot)
        listed = _hits(app)
        assert written
        assert listed[:2] == [
            "Gamma return\nOpen article · Wire · 2025-02-02",
            "Gamma visit\nOpen article · VNA · 2023-03-03",
        ], listed
        assert not any(hit.startswith("Listing ") for hit in listed), listed
        await pilot.press("escape")
        await pilot.pause()
        assert await _opened(app, pilot, "gamma") == listed, "a search begun after it differs"
    store.close()


async def test_a_kind_listed_before_a_write_is_listed_again_while_the_palette_is_open(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """The tags listed, then a tag written while the entities are still listed: when their
    listing ends the open palette lists the tags again too, and counts the new one."""
    release, _ = held_on_the_event_loop(monkeypatch, KeptListings, "entity_candidates")
    store = make_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("ctrl+p")
        await type_text(pilot, "#laos")
        for _ in until_bound():
            if "#laos\nFilter by tag (2)" in await _searched(app, pilot):
                break
        assert any(hit.startswith("Listing the entities") for hit in _hits(app)), _hits(app)
        store.with_updates(titled(store, "Delta forum"), tags=["laos"])  # as a sync writes

        release.set()
        await settle(app, pilot)
        listed = _hits(app)
        assert listed[0] == "#laos\nFilter by tag (3)", listed
        assert not any(hit.startswith("Listing ") for hit in listed), listed
        await pilot.press("escape")
        await pilot.pause()
        assert await _opened(app, pilot, "#laos") == listed, "a search begun after it differs"
    store.close()
