"""The feeds section says a feed is failing after `R`'s line is gone, and forgets it once the
feed answers again."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.strip import Strip

from diplotui.feeds import add_feed
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.article_list import ArticleList
from tests.feeds.server import FeedServer, running_server

from .helpers import notices_said, settle_start_up
from .library_fixtures import make_library


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with running_server() as live:
        live.serve_file("/rss2.xml", "rss2.xml")
        live.status("/gone.xml", 404)  # a failure no retry mends: said at once
        yield live


def _two_feeds(store_path: Path, server: FeedServer) -> Store:
    """A library with a feed that answers (Ministry) and one that fails (Desk Wire)."""
    store = make_library(store_path)
    add_feed(store, server.url("/rss2.xml"), name="Ministry", min_interval=0)
    add_feed(store, server.url("/gone.xml"), name="Desk Wire", min_interval=0)
    return store


async def _refreshed(app: DiplotuiApp, pilot) -> None:  # type: ignore[no-untyped-def]
    """``R`` once the app has started, and its refresh over."""
    await settle_start_up(app, pilot)
    await pilot.press("R")
    await settle_start_up(app, pilot)


def _summaries(app: DiplotuiApp) -> dict[str, str]:
    return {f.name: f.summary for f in app.screen.query_one(ArticleList).folders}


def _strip_of(app: DiplotuiApp, name: str) -> Strip:
    library = app.screen.query_one(ArticleList)
    return library.render_line(next(i for i, f in enumerate(library.folders) if f.name == name))


def _line_of(app: DiplotuiApp, name: str) -> str:
    return _strip_of(app, name).text


async def test_a_failing_feed_says_since_when_and_why_until_it_answers(
    store_path: Path, server: FeedServer
):
    store = _two_feeds(store_path, server)
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await _refreshed(app, pilot)
        app.clear_notifications()  # R's line gone: the section still says it
        summary = _summaries(app)["Desk Wire"]
        assert re.fullmatch(r"failing · since \d\d:\d\d · HTTP 404 Not Found · 0 articles", summary)
        assert "failing" not in _summaries(app)["Ministry"]
        assert _line_of(app, "Desk Wire").rstrip().endswith("Desk Wire  failing")  # 80 columns
        colours = {seg.text.strip(): seg.style.color for seg in _strip_of(app, "Desk Wire")}
        counts = {seg.text.strip(): seg.style.color for seg in _strip_of(app, "Ministry")}
        assert colours["failing"] not in (colours["· Desk Wire"], counts["3 unread"])
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        assert re.search(r"Desk Wire  failing · since \d\d:\d\d +$", _line_of(app, "Desk Wire"))
        server.serve_file("/gone.xml", "rss2.xml")
        await pilot.press("R")
        await settle_start_up(app, pilot)
        assert "failing" not in _summaries(app)["Desk Wire"]
    store.close()


async def test_a_hostile_outcome_file_is_said_once_and_the_feeds_shown_as_ever(
    store_path: Path, server: FeedServer
):
    store: Store = make_library(store_path)
    add_feed(store, server.url("/gone.xml"), name="Desk Wire")
    health = store_path.with_name(store_path.name + ".cache") / "feed_health.json"
    health.parent.mkdir(exist_ok=True)
    health.write_bytes(b'{"format": 1, "feeds": {"x": {"reason": ["\\u001b[2J"]}}}')
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle_start_up(app, pilot)
        said = [m for m in notices_said(app) if "feed_health.json" in m]
        assert len(said) == 1 and "ignored" in said[0] and "\x1b" not in said[0]
        assert _summaries(app)["Desk Wire"] == "0 articles"
        await pilot.press("R")  # the next refresh writes it anew
        await settle_start_up(app, pilot)
        assert _summaries(app)["Desk Wire"].startswith("failing · since ")
    store.close()


async def test_the_cursor_on_a_failing_feed_says_why_at_80_columns(
    store_path: Path, server: FeedServer
):
    """At 80x24 the row says "· Desk Wire  failing", not why; the reason was in `feed list`
    and wider panes only. The cursor reaching the row (g, j, j) says it whole, once: moving
    on and back says it again, another feed's row says nothing."""
    store = _two_feeds(store_path, server)
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await _refreshed(app, pilot)
        app.clear_notifications()
        app.screen.query_one(ArticleList).focus()
        await pilot.press("g", "j")  # the feeds' heading, then Ministry: nothing said
        await pilot.pause()
        assert not [m for m in notices_said(app) if "failing" in m]
        await pilot.press("j")
        await pilot.pause()
        [said] = notices_said(app)
        assert re.fullmatch(
            r"Desk Wire: failing since \d\d:\d\d: HTTP 404 Not Found \(R tries again\)\.", said
        ), said
        assert "HTTP 404" not in _line_of(app, "Desk Wire")  # the row has no room for it
        app.clear_notifications()
        await pilot.press("k", "j")  # away and back: said again
        await pilot.pause()
        assert notices_said(app) == [said]
    store.close()


async def test_u_reads_the_outcome_file_again_only_once_it_changed(
    store_path: Path, server: FeedServer, monkeypatch: pytest.MonkeyPatch
):
    """Each ``u`` counts the library again, and read the outcomes' file with it: 51 ms of
    the UI thread at 1 MB. It is read again only once its stamp changed (a refresh wrote it)."""
    import diplotui.library.feed_health as feed_health

    store = _two_feeds(store_path, server)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _refreshed(app, pilot)
        reads: list[Path] = []
        opened = feed_health.open_regular_file

        def counted(path: Path, follow: bool = True) -> int:
            reads.append(path)
            return opened(path, follow)

        monkeypatch.setattr(feed_health, "open_regular_file", counted)
        library = app.screen.query_one(ArticleList)
        library.focus()
        library.cursor = len(library.folders)  # on the first article
        await pilot.press("u", "u", "u")
        await settle_start_up(app, pilot)
        assert reads == []
        assert _summaries(app)["Desk Wire"].startswith("failing · since ")
        server.serve_file("/gone.xml", "rss2.xml")
        await pilot.press("R")  # the file written anew: read again, at the count after it
        await settle_start_up(app, pilot)
        assert "failing" not in _summaries(app)["Desk Wire"]
        reads.clear()
        await pilot.press("u", "u")
        await settle_start_up(app, pilot)
        assert reads == []
    store.close()
