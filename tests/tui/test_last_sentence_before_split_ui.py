"""``G`` in a long article opened a moment ago: its sentences past the first 200,000
characters come from a helper process, each paragraph one provisional unit meanwhile, and
``G`` landed on the whole last paragraph (a 35-line block), not on the last sentence. It
says the sentences are still being read, and lands on the last one once they are."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from functools import partial
from types import SimpleNamespace
from typing import Any

import pytest
from textual.pilot import Pilot

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.controllers import entities as entities_controller
from diplotui.tui.controllers.entities import EntityActions

from .helpers import screen_text, settle
from .test_reader_support import add_article, reader_of

PARAGRAPH = " ".join(f"Minister Lan said round {n} of the talks went well." for n in range(5))
BODY = "\n\n".join([PARAGRAPH] * 1_000)  # 251 KB: prepared apart (over 200,000 characters)
LAST = "Minister Lan said round 4 of the talks went well."


async def _hand_over(pilot: Pilot[object], held: list[tuple[Any, ...]], take: Any) -> None:
    """Once the helper has sent the sentences (held back meanwhile), hand them over."""
    for _ in range(600):
        if held:
            break
        await pilot.pause(0.1)
    assert held, "the helper never sent the sentences"
    take(*held[0])
    await pilot.pause()


async def test_g_before_the_sentences_are_read_says_so_then_lands_on_the_last(
    store_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store.open(store_path)
    add_article(store, "Long talks", BODY)
    held: list[tuple[Any, ...]] = []  # the helper's sentences, handed over when the test says
    take = EntityActions._take_units

    def holding(self: EntityActions, *args: Any) -> None:
        held.append((self, *args))

    monkeypatch.setattr(EntityActions, "_take_units", holding)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        reader = reader_of(app)
        text = reader.text
        await pilot.press("G")
        await pilot.pause()
        await pilot.pause()
        assert "Still reading the sentences" in screen_text(app)
        await _hand_over(pilot, held, take)
        start, end = reader.cursor_span
        assert text[start:end] == LAST
        assert end == len(text.rstrip())
        assert reader.line_index_of(start) >= reader.scroll_y  # in sight
    store.close()


@asynccontextmanager
async def sentences_held_back(
    store_path: Any, monkeypatch: pytest.MonkeyPatch, body: str
) -> AsyncIterator[tuple[DiplotuiApp, Pilot[object], Callable[[], Awaitable[None]]]]:
    """A long article of ``body`` opened, its sentences held back until the test calls the
    third thing yielded."""
    store = Store.open(store_path)
    add_article(store, "Long talks", body)
    held: list[tuple[Any, ...]] = []
    take = EntityActions._take_units
    monkeypatch.setattr(EntityActions, "_take_units", lambda *args: held.append(args))
    app = DiplotuiApp(store)
    try:
        async with app.run_test(size=(120, 40), notifications=True) as pilot:
            await pilot.press("enter")
            await pilot.pause()
            yield app, pilot, partial(_hand_over, pilot, held, take)
    finally:
        store.close()


async def test_g_once_moved_away_meanwhile_stays_where_the_reader_went(
    store_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A ``G`` the reader took back (``g``) before the sentences came is not done later."""
    async with sentences_held_back(store_path, monkeypatch, BODY) as (app, pilot, hand_over):
        await pilot.press("G", "g")
        await hand_over()
        assert reader_of(app).cursor.index == 0


async def test_g_lands_on_the_last_when_the_helper_fails_before_splitting(
    store_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The helper gone before it sent the sentences: they are split here, and ``G`` (said
    to wait for them) lands on the last, not on provisional units for good."""
    store = Store.open(store_path)
    add_article(store, "Long talks", BODY)
    quitting = [sys.executable, "-c", "pass"]  # ends at once, its answers unsent
    fake = SimpleNamespace(
        Popen=lambda _args, **kwargs: subprocess.Popen(quitting, **kwargs),
        PIPE=subprocess.PIPE,
        DEVNULL=subprocess.DEVNULL,
    )
    monkeypatch.setattr(entities_controller, "subprocess", fake)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.press("enter", "G")
        reader = reader_of(app)
        await settle(app, pilot)
        assert not reader.cursor.provisional
        start, end = reader.cursor_span
        assert reader.text[start:end] == LAST
    store.close()
