"""``A``: subscribing to a feed inside the app (the app holds the library, so the command
cannot), against a real local HTTP server: the feed is read first, then fetched at once."""

from __future__ import annotations

from textual import events
from textual.widgets import Input

from diplotui.feeds import add_feed
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.feed_add import FeedAddScreen
from diplotui.tui.widgets.article_list import ArticleList
from tests.feeds.server import FeedServer

from .feed_add_support import address_typed, server, status, until
from .helpers import notices_said, settle_start_up, type_text

__all__ = ["server"]  # the fixture, used by name


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
        await until(pilot, lambda: not isinstance(app.screen, FeedAddScreen))
        (feed,) = seeded_store.feeds()
        assert (feed.url, feed.name) == (server.url("/rss2.xml"), "[bold]Ministry[/]")
        assert feed.tags == ["asean", "briefing"]
        # The notice is posted as a message: under load the dialog is gone a frame before it.
        await until(
            pilot, lambda: "Subscribed to [bold]Ministry[/]: fetching it…" in notices_said(app)
        )
        await until(pilot, lambda: any("new in 1 feed" in m for m in notices_said(app)))
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
        assert status(app) == "Type the address of a feed, or of a page that names one."
        missing = server.url("/missing.xml")
        await type_text(pilot, missing)
        await pilot.press("enter")
        await until(pilot, lambda: "404" in status(app))
        assert status(app).startswith(missing)
        assert isinstance(app.screen, FeedAddScreen), "the dialog stays for a correction"
        field = app.screen.query_one("#feed-url", Input)
        assert field.value == missing
        assert seeded_store.feeds() == []
        await pilot.press(*["backspace"] * len("missing.xml"))
        await type_text(pilot, "rss2.xml")
        await pilot.press("enter")
        await until(pilot, lambda: not isinstance(app.screen, FeedAddScreen))
        assert [f.url for f in seeded_store.feeds()] == [server.url("/rss2.xml")]


async def test_an_address_that_fails_takes_the_cursor_back_from_the_tags_field(
    seeded_store: Store, server: FeedServer
):
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(80, 24)) as pilot:
        missing = server.url("/missing.xml")
        await address_typed(app, pilot, missing)
        await pilot.press("tab", "tab")
        await type_text(pilot, "wire")
        await pilot.press("enter")  # from the tags field
        await until(pilot, lambda: "404" in status(app))
        assert app.focused is app.screen.query_one("#feed-url", Input)
        await pilot.press(*["backspace"] * len("missing.xml"))  # the address corrected
        await type_text(pilot, "rss2.xml")
        await pilot.press("enter")
        await until(pilot, lambda: not isinstance(app.screen, FeedAddScreen))
        (feed,) = seeded_store.feeds()
        assert (feed.url, feed.tags) == (server.url("/rss2.xml"), ["wire"])


async def test_a_feed_subscribed_already_is_said_and_not_added_twice(
    seeded_store: Store, server: FeedServer
):
    existing = add_feed(seeded_store, server.url("/rss2.xml"), name="Ministry")
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await address_typed(app, pilot, server.url("/rss2.xml"))
        asked = server.hits["/rss2.xml"]
        await pilot.press("enter")
        assert f"already subscribed as {existing.id} (Ministry)" in status(app)
        assert server.hits["/rss2.xml"] == asked, "said at once, without a lookup"
        assert [f.id for f in seeded_store.feeds()] == [existing.id]


async def test_tags_that_cannot_be_stored_are_said_before_the_address_is_looked_up(
    seeded_store: Store, server: FeedServer
):
    """A tag too long was refused only once the feed had been fetched, and the error began
    with the address, as if the address were wrong."""
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await address_typed(app, pilot, server.url("/slow.xml"))
        await pilot.press("tab", "tab")
        await type_text(pilot, "asean, " + "x" * 70)
        await pilot.press("enter")
        await pilot.pause()
        assert status(app) == "Tags: tag too long (70 characters, at most 64)"
        assert server.hits["/slow.xml"] == 0 and seeded_store.feeds() == []
        assert isinstance(app.screen, FeedAddScreen)


async def test_a_long_address_that_fails_is_said_with_the_fields_still_in_view(
    seeded_store: Store, server: FeedServer
):
    """The status line said the whole address (a page's with its tracking parameters runs to
    hundreds of characters): at 80x24 it grew the dialog past the screen, its title, address
    field and keys out of view, so the address could not be seen to be corrected."""
    app = DiplotuiApp(seeded_store)
    long = server.url("/missing.xml") + "?" + "campaign" * 100
    async with app.run_test(size=(80, 24)) as pilot:
        await address_typed(app, pilot, "")
        app.post_message(events.Paste(long))  # pasted, as such an address is (typed: 50 s)
        await pilot.pause()
        assert app.screen.query_one("#feed-url", Input).value == long
        await pilot.press("enter")
        await until(pilot, lambda: "404" in status(app))
        screen = app.screen.region
        for part in (".dialog-title", "#feed-url", "#feed-status", ".dialog-help"):
            shown = app.screen.query_one(part).region
            assert shown.height and screen.contains_region(shown), part
        assert status(app).startswith(server.url("/missing.xml"))
        assert status(app).endswith("HTTP 404 Not Found"), "the reason is kept"


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
        await address_typed(app, pilot, server.url("/long-title.xml"))
        await pilot.press("enter")
        await until(pilot, lambda: any(m.startswith("Subscribed to") for m in notices_said(app)))
        [said] = [m for m in notices_said(app) if m.startswith("Subscribed to")]
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
        await address_typed(app, pilot, server.url("/rss2.xml"))
        await pilot.press("tab", "tab")
        app.post_message(events.Paste("asean\r\nmekong, water\n"))  # as terminals do
        await pilot.pause()
        await pilot.press("enter")
        await until(pilot, lambda: not isinstance(app.screen, FeedAddScreen))
        (feed,) = seeded_store.feeds()
        assert feed.tags == ["asean", "mekong", "water"]
