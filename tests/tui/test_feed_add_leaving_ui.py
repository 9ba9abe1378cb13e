"""``A``: leaving the subscribe dialog while an address is looked up or typed (escape,
``ctrl+q``), against a real local HTTP server."""

from __future__ import annotations

import time
from pathlib import Path

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.feed_add import FeedAddScreen
from tests.feeds.server import FeedServer
from tests.reliability.terminal import Terminal, needs_tmux, terminal

from .feed_add_support import address_typed, server, status, until
from .helpers import type_text

__all__ = ["server", "terminal"]  # the fixtures, used by name


async def test_escape_while_the_address_is_read_subscribes_nothing(
    seeded_store: Store, server: FeedServer
):
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await address_typed(app, pilot, server.url("/slow.xml"))
        await pilot.press("enter")
        await pilot.pause()
        assert status(app).startswith("looking for a feed at ")
        await pilot.press("escape")  # the server answers a second later
        await pilot.pause()
        assert not isinstance(app.screen, FeedAddScreen)
        await app.workers.wait_for_complete()
        await pilot.pause(0.1)
        assert seeded_store.feeds() == [], "closed before the answer: nothing subscribed"


@needs_tmux
def test_ctrl_q_while_an_address_is_looked_up_ends_the_process_at_once(
    terminal: Terminal, server: FeedServer, tmp_path: Path
):
    """The lookup ran in a Textual thread worker, which the interpreter waits for at exit:
    ctrl+q while a server trickled its answer blanked the terminal, then kept the process,
    and the shell, for up to the fetch's deadline (a minute)."""
    store = tmp_path / "library.json"
    Store.open(store).close()
    terminal.start_app(store)
    terminal.wait_for("Library")
    terminal.keys("A")
    terminal.wait_for("Subscribe to a feed")
    terminal.keys("-l", server.url("/trickle.xml"))
    terminal.keys("Enter")
    terminal.wait_for("looking for a feed at")
    terminal.keys("C-q")
    terminal.wait_for("Subscribe to it now?")
    terminal.keys("d")  # discard: quit without waiting for the answer
    quit_at = time.monotonic()
    while terminal.alive() and time.monotonic() - quit_at < 30:
        time.sleep(0.05)
    assert not terminal.alive(), "the process waited for the server's answer"
    with Store.open(store, read_only=True) as after:
        assert after.feeds() == []


async def test_ctrl_q_with_an_address_typed_asks_and_subscribes_before_quitting(
    seeded_store: Store, server: FeedServer
):
    """``ctrl+q`` quit at once, the typed address lost, where every other dialog holding
    typing asks first."""
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await address_typed(app, pilot, server.url("/rss2.xml"))
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert app.is_running and app.screen.__class__.__name__ == "UnsavedEditScreen"
        await pilot.press("s")
        await until(pilot, lambda: not app.is_running)
    assert [f.url for f in seeded_store.feeds()] == [server.url("/rss2.xml")]


async def test_ctrl_q_then_save_of_an_address_that_fails_stays_to_say_why(
    seeded_store: Store, server: FeedServer
):
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await address_typed(app, pilot, server.url("/missing.xml"))
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.press("s")
        await until(pilot, lambda: "404" in status(app))
        assert app.is_running and isinstance(app.screen, FeedAddScreen)
        await pilot.press(*["backspace"] * len("missing.xml"))
        await type_text(pilot, "rss2.xml")
        await pilot.press("enter")  # no longer quitting: subscribed, the dialog closes
        await until(pilot, lambda: not isinstance(app.screen, FeedAddScreen))
        assert app.is_running
