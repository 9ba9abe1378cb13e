"""A parser's own failure on one odd feed (a bug met on hostile bytes): ``refresh`` fails
that feed alone with its reason, but the lookup ``feed add`` and ``A`` make let it out:
the command ended in a traceback and the dialog said "looking for a feed…" for ever."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from textual.widgets import Label

from diplotui.feeds import FeedError, discover_feed, subscriptions
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.feed_add import FeedAddScreen
from tests.feeds.conftest import FAST
from tests.feeds.server import FeedServer, running_server

from .helpers import settle_start_up, type_text, until_bound

REASON = "cannot parse (RecursionError: maximum recursion depth exceeded)"


@pytest.fixture
def crashing_parser(monkeypatch: pytest.MonkeyPatch) -> Iterator[FeedServer]:
    def crashing(*_args: object) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(subscriptions, "parse_feed", crashing)
    with running_server() as live:
        live.serve_file("/rss2.xml", "rss2.xml")
        yield live


def test_feed_add_says_the_parser_failed_in_its_one_line(crashing_parser: FeedServer):
    url = crashing_parser.url("/rss2.xml")
    with pytest.raises(FeedError) as refused:
        discover_feed(url, FAST)
    assert str(refused.value) == f"{url}: {REASON}"


async def test_the_dialog_says_the_parser_failed_and_keeps_the_address(
    seeded_store: Store, crashing_parser: FeedServer
):
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("A")
        await type_text(pilot, crashing_parser.url("/rss2.xml"))
        await pilot.press("enter")

        def said() -> str:
            return str(app.screen.query_one("#feed-status", Label).render())

        for _ in until_bound():
            if "cannot parse" in said():
                break
            await pilot.pause(0.05)
        assert REASON in said()
        assert isinstance(app.screen, FeedAddScreen)
        assert seeded_store.feeds() == []
