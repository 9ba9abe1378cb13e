"""``feed add`` reads a large feed's first 200 items alone (attack62: 19 s for 10,000), and
said nothing of malformed XML in the items after them, or said "200 items read anyway" of a
feed of 250, where the first refresh warned of it over every item (attack63): its warning now
is the refresh's, the whole document checked by expat alone (milliseconds a megabyte)."""

from __future__ import annotations

from diplotui.feeds import discover_feed
from diplotui.feeds.parse import parse_feed
from tests.feeds.conftest import FAST
from tests.feeds.server import FeedServer

URL = "http://127.0.0.1:8/feed.xml"


def rss(count: int, broken_at: int | None = None) -> bytes:
    items = "".join(
        f"<item><guid>g{n}</guid><title>Round {n}{' &bogus;' if n == broken_at else ''}"
        "</title></item>\n"
        for n in range(count)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Tiny items</title>{items}</channel></rss>"
    ).encode()


def test_malformed_xml_after_the_first_items_is_warned_of_as_the_refresh_warns():
    data = rss(250, broken_at=240)
    whole, first = parse_feed(data, URL), parse_feed(data, URL, first=200)
    assert whole.warnings == ["malformed XML (line 241: undefined entity); 250 items read anyway"]
    assert first.warnings == whole.warnings
    assert len(first.items) == 200 and first.count() == 250


def test_malformed_xml_in_the_first_items_counts_every_item():
    data = rss(250, broken_at=10)
    whole, first = parse_feed(data, URL), parse_feed(data, URL, first=200)
    assert whole.warnings == ["malformed XML (line 11: undefined entity); 250 items read anyway"]
    assert first.warnings == whole.warnings


def test_a_well_formed_feed_read_in_part_has_no_warning():
    data = rss(250)
    assert parse_feed(data, URL, first=200).warnings == []
    for late in (b"Round &#0; 240", b"Round &#xD800; 240", b"Round &#x110000; 240"):
        changed = data.replace(b"Round 240", late)  # each said by both alike, or by neither
        assert parse_feed(changed, URL).warnings == parse_feed(changed, URL, first=200).warnings


def test_feed_add_says_what_the_first_refresh_will_meet(server: FeedServer):
    server.serve_bytes("/late.xml", rss(1_000, broken_at=900), "application/rss+xml")
    found = discover_feed(server.url("/late.xml"), FAST)
    assert found.items == 1_000
    assert found.warnings == ("malformed XML (line 901: undefined entity); 1000 items read anyway",)
