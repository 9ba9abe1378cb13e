"""``A``: subscribing to a feed inside the app (the app holds the library, so the command
cannot), against a real local HTTP server: the feed is read first, then fetched at once."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual import events
from textual.pilot import Pilot
from textual.widgets import Input, Label

from diplotui.feeds import add_feed
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.feed_add import FeedAddScreen
from diplotui.tui.widgets.article_list import ArticleList
from tests.feeds.server import FeedServer, running_server
from tests.reliability.terminal import Terminal, needs_tmux, terminal

from .helpers import settle_start_up, type_text, until_bound

__all__ = ["terminal"]  # the fixture, used by name


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with running_server() as live:
        for name in ("rss2.xml", "article-summit.html", "article-council.html"):
            live.serve_file("/" + name, name)
        live.status("/missing.xml", 404)
        live.slow("/slow.xml", 1.0, live.body("rss2.xml"))
        live.trickle("/trickle.xml", 60.0)
        yield live


def _messages(app: DiplotuiApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


def _status(app: DiplotuiApp) -> str:
    return str(app.screen.query_one("#feed-status", Label).render())


async def _until(pilot, done) -> None:  # type: ignore[no-untyped-def]
    """Pause until ``done()`` (a lookup, a fetch and a parsing child's start: seconds under
    load: 10 s of sleeps left little room)."""
    for _ in until_bound():
        if done():
            return
        await pilot.pause(0.05)
    assert done()


async def _address_typed(app: DiplotuiApp, pilot: Pilot[None], url: str) -> None:
    """The app started, ``A`` pressed and ``url`` typed into the dialog's address field."""
    await settle_start_up(app, pilot)
    await pilot.press("A")
    await type_text(pilot, url)


async def test_A_subscribes_with_a_name_and_tags_then_fetches_the_feed(
    seeded_store: Store, server: FeedServer
):
    before = {a.id for a in seeded_store.articles()}
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("A")
        await pilot.pause()
        assert isinstance(app.screen, FeedAddScreen)
        await type_text(pilot, server.url("/rss2.xml"))
        await pilot.press("tab")
        await type_text(pilot, "[bold]Ministry[/]")  # a name is text, never markup
        await pilot.press("tab")
        await type_text(pilot, "asean, briefing")
        await pilot.press("enter")
        await _until(pilot, lambda: not isinstance(app.screen, FeedAddScreen))
        (feed,) = seeded_store.feeds()
        assert (feed.url, feed.name) == (server.url("/rss2.xml"), "[bold]Ministry[/]")
        assert feed.tags == ["asean", "briefing"]
        assert "Subscribed to [bold]Ministry[/]: fetching it…" in _messages(app)
        await _until(pilot, lambda: any("new in 1 feed" in m for m in _messages(app)))
        await settle_start_up(app, pilot)
        new = [a for a in seeded_store.articles() if a.id not in before]
        assert new and {a.feed_id for a in new} == {feed.id}
        assert all("asean" in a.tags for a in new), "the feed's tags go on its articles"
        listed = app.screen.query_one(ArticleList)
        assert {a.id for a in new} <= set(listed.row_ids), "fetched and listed without R"
        folders = {f.name: f.summary for f in listed.folders if f.kind == "feed"}
        assert folders["[bold]Ministry[/]"].endswith(f"{len(new)} articles")
    assert server.hits["/rss2.xml"] == 1, "fetched once: the lookup's answer is the fetch"
    assert seeded_store.feed(feed.id).etag, "its validators kept, for the next R"


async def test_an_address_that_is_no_feed_is_said_in_the_dialog_which_keeps_it(
    seeded_store: Store, server: FeedServer
):
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("A", "enter")  # nothing typed
        await pilot.pause()
        assert _status(app) == "Type the address of a feed, or of a page that names one."
        missing = server.url("/missing.xml")
        await type_text(pilot, missing)
        await pilot.press("enter")
        await _until(pilot, lambda: "404" in _status(app))
        assert _status(app).startswith(missing)
        assert isinstance(app.screen, FeedAddScreen), "the dialog stays for a correction"
        field = app.screen.query_one("#feed-url", Input)
        assert field.value == missing
        assert seeded_store.feeds() == []
        await pilot.press(*["backspace"] * len("missing.xml"))
        await type_text(pilot, "rss2.xml")
        await pilot.press("enter")
        await _until(pilot, lambda: not isinstance(app.screen, FeedAddScreen))
        assert [f.url for f in seeded_store.feeds()] == [server.url("/rss2.xml")]


async def test_an_address_that_fails_takes_the_cursor_back_from_the_tags_field(
    seeded_store: Store, server: FeedServer
):
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(80, 24)) as pilot:
        missing = server.url("/missing.xml")
        await _address_typed(app, pilot, missing)
        await pilot.press("tab", "tab")
        await type_text(pilot, "wire")
        await pilot.press("enter")  # from the tags field
        await _until(pilot, lambda: "404" in _status(app))
        assert app.focused is app.screen.query_one("#feed-url", Input)
        await pilot.press(*["backspace"] * len("missing.xml"))  # the address corrected
        await type_text(pilot, "rss2.xml")
        await pilot.press("enter")
        await _until(pilot, lambda: not isinstance(app.screen, FeedAddScreen))
        (feed,) = seeded_store.feeds()
        assert (feed.url, feed.tags) == (server.url("/rss2.xml"), ["wire"])


async def test_a_feed_subscribed_already_is_said_and_not_added_twice(
    seeded_store: Store, server: FeedServer
):
    existing = add_feed(seeded_store, server.url("/rss2.xml"), name="Ministry")
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _address_typed(app, pilot, server.url("/rss2.xml"))
        asked = server.hits["/rss2.xml"]
        await pilot.press("enter")
        assert f"already subscribed as {existing.id} (Ministry)" in _status(app)
        assert server.hits["/rss2.xml"] == asked, "said at once, without a lookup"
        assert [f.id for f in seeded_store.feeds()] == [existing.id]


async def test_escape_while_the_address_is_read_subscribes_nothing(
    seeded_store: Store, server: FeedServer
):
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _address_typed(app, pilot, server.url("/slow.xml"))
        await pilot.press("enter")
        await pilot.pause()
        assert _status(app).startswith("looking for a feed at ")
        await pilot.press("escape")  # the server answers a second later
        await pilot.pause()
        assert not isinstance(app.screen, FeedAddScreen)
        await app.workers.wait_for_complete()
        await pilot.pause(0.1)
        assert seeded_store.feeds() == [], "closed before the answer: nothing subscribed"


async def test_tags_that_cannot_be_stored_are_said_before_the_address_is_looked_up(
    seeded_store: Store, server: FeedServer
):
    """A tag too long was refused only once the feed had been fetched, and the error began
    with the address, as if the address were wrong."""
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _address_typed(app, pilot, server.url("/slow.xml"))
        await pilot.press("tab", "tab")
        await type_text(pilot, "asean, " + "x" * 70)
        await pilot.press("enter")
        await pilot.pause()
        assert _status(app) == "Tags: tag too long (70 characters, at most 64)"
        assert server.hits["/slow.xml"] == 0 and seeded_store.feeds() == []
        assert isinstance(app.screen, FeedAddScreen)


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
        await _address_typed(app, pilot, server.url("/rss2.xml"))
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert app.is_running and app.screen.__class__.__name__ == "UnsavedEditScreen"
        await pilot.press("s")
        await _until(pilot, lambda: not app.is_running)
    assert [f.url for f in seeded_store.feeds()] == [server.url("/rss2.xml")]


async def test_ctrl_q_then_save_of_an_address_that_fails_stays_to_say_why(
    seeded_store: Store, server: FeedServer
):
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _address_typed(app, pilot, server.url("/missing.xml"))
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.press("s")
        await _until(pilot, lambda: "404" in _status(app))
        assert app.is_running and isinstance(app.screen, FeedAddScreen)
        await pilot.press(*["backspace"] * len("missing.xml"))
        await type_text(pilot, "rss2.xml")
        await pilot.press("enter")  # no longer quitting: subscribed, the dialog closes
        await _until(pilot, lambda: not isinstance(app.screen, FeedAddScreen))
        assert app.is_running


async def test_a_long_address_that_fails_is_said_with_the_fields_still_in_view(
    seeded_store: Store, server: FeedServer
):
    """The status line said the whole address (a page's with its tracking parameters runs to
    hundreds of characters): at 80x24 it grew the dialog past the screen, its title, address
    field and keys out of view, so the address could not be seen to be corrected."""
    app = DiplotuiApp(seeded_store)
    long = server.url("/missing.xml") + "?" + "campaign" * 100
    async with app.run_test(size=(80, 24)) as pilot:
        await _address_typed(app, pilot, "")
        app.post_message(events.Paste(long))  # pasted, as such an address is (typed: 50 s)
        await pilot.pause()
        assert app.screen.query_one("#feed-url", Input).value == long
        await pilot.press("enter")
        await _until(pilot, lambda: "404" in _status(app))
        screen = app.screen.region
        for part in (".dialog-title", "#feed-url", "#feed-status", ".dialog-help"):
            shown = app.screen.query_one(part).region
            assert shown.height and screen.contains_region(shown), part
        assert _status(app).startswith(server.url("/missing.xml"))
        assert _status(app).endswith("HTTP 404 Not Found"), "the reason is kept"


async def test_a_feed_whose_title_is_a_paragraph_is_named_in_one_line(
    seeded_store: Store, server: FeedServer
):
    """The notification named the feed whole: a title of hundreds of characters (kept up to
    500) filled a toast of ten lines over the list for its whole timeout."""
    title = "Ministry of Foreign Affairs press releases and statements " * 8
    body = server.body("rss2.xml").replace(b"UN News Wire", title.encode())
    server.serve_bytes("/long-title.xml", body, "application/rss+xml")
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await _address_typed(app, pilot, server.url("/long-title.xml"))
        await pilot.press("enter")
        await _until(pilot, lambda: any(m.startswith("Subscribed to") for m in _messages(app)))
        [said] = [m for m in _messages(app) if m.startswith("Subscribed to")]
        assert said.startswith("Subscribed to Ministry of Foreign Affairs press releases")
        assert said.endswith("…: fetching it…") and len(said) < 120
        (feed,) = seeded_store.feeds()
        assert feed.title == title.strip(), "stored whole: only the toast is cut"


async def test_tags_pasted_one_a_line_are_each_a_tag_of_the_feed(
    seeded_store: Store, server: FeedServer
):
    """The feed's tag field joined a pasted list's lines with spaces: "asean" and "mekong"
    pasted one a line became one tag "asean mekong", where the tag dialog (t) makes each a
    tag."""
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _address_typed(app, pilot, server.url("/rss2.xml"))
        await pilot.press("tab", "tab")
        app.post_message(events.Paste("asean\r\nmekong, water\n"))  # as terminals do
        await pilot.pause()
        await pilot.press("enter")
        await _until(pilot, lambda: not isinstance(app.screen, FeedAddScreen))
        (feed,) = seeded_store.feeds()
        assert feed.tags == ["asean", "mekong", "water"]
