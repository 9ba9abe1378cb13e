"""Quitting completes every write a worker hands to the UI thread: a copy's quote-history
record handed over as the app's loop ends was lost (the app no longer ran to make it) or
waited for ever (posted to a loop that had stopped)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

import diplotui.clipboard
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .helpers import settle_start_up
from .library_fixtures import make_library


async def test_a_copy_quit_at_once_keeps_its_quote(
    store_path: Path, clipboard: list[str], monkeypatch: pytest.MonkeyPatch
):
    quitting = threading.Event()
    sanitize = diplotui.clipboard.sanitize_for_copy

    def late(text: str) -> str:  # a loaded machine: the worker hands its write over late
        quitting.wait(2)
        time.sleep(0.3)
        return sanitize(text)

    monkeypatch.setattr(diplotui.clipboard, "sanitize_for_copy", late)
    store = make_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("enter", "y")
        quitting.set()
        await pilot.press("q")
    store.close()
    assert len(clipboard) == 1
    reopened = Store.open(store_path)
    try:
        assert [quote.text for quote in reopened.quotes()] == clipboard
    finally:
        reopened.close()
