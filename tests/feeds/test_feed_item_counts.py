"""A feed of more items or elements than any real one holds is refused before a parser runs:
a 10 MB answer of 740,000 empty ``<item></item>`` held ``feed add`` and every refresh for
about two minutes (feedparser's handlers and ``_xml_item`` cost about 0.1 ms an item)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import feedparser
import pytest

from diplotui.feeds import add_feed, parse, refresh
from diplotui.feeds.parse import FeedParseError, parse_feed
from diplotui.store import Store
from tests.feeds.conftest import FAST
from tests.feeds.server import FeedServer

URL = "http://127.0.0.1:8/feed.xml"
MAX_FEED_ITEMS = 10_000
MAX_FEED_ELEMENTS = 100_000
"""The limits the README states (``parse.MAX_FEED_ITEMS``, ``parse.MAX_FEED_ELEMENTS``)."""


def rss(body: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Tiny items</title>{body}</channel></rss>"
    ).encode()


def json_feed(items: list[dict[str, str]]) -> bytes:
    version = "https://jsonfeed.org/version/1.1"
    return json.dumps({"version": version, "title": "Tiny", "items": items}).encode()


@pytest.fixture
def parsed_entries(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many entries feedparser handed over, and JSON items read, call by call."""
    counts: list[int] = []
    real_parse, real_json_item = feedparser.parse, parse._json_item

    def counting_parse(*args: Any, **kwargs: Any) -> Any:
        parsed = real_parse(*args, **kwargs)
        counts.append(len(parsed.get("entries") or []))
        return parsed

    def counting_json_item(raw: dict[str, Any]) -> parse.FeedItem:
        counts.append(1)
        return real_json_item(raw)

    monkeypatch.setattr(feedparser, "parse", counting_parse)
    monkeypatch.setattr(parse, "_json_item", counting_json_item)
    return counts


TOO_MANY = {
    "empty items": rss("<item></item>\n" * (MAX_FEED_ITEMS + 1)),
    "GUIDs alone": rss("".join(f"<item><guid>g{n}</guid></item>" for n in range(10_001))),
    "Atom entries": (
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>Tiny</title>'
        + "<entry/>" * (MAX_FEED_ITEMS + 1)
        + "</feed>"
    ).encode(),
    "JSON items": json_feed([{}] * (MAX_FEED_ITEMS + 1)),
}


@pytest.mark.parametrize("data", TOO_MANY.values(), ids=TOO_MANY.keys())
def test_more_items_than_a_feed_is_read_with_are_refused_before_any_is_read(
    data: bytes, parsed_entries: list[int]
):
    with pytest.raises(FeedParseError) as refused:
        parse_feed(data, URL)
    assert str(refused.value) == "refused: too many items (10,001, at most 10,000)"
    assert parsed_entries == []  # no item read, not one parser run


def test_more_elements_than_a_feed_is_read_with_are_refused(parsed_entries: list[int]):
    data = rss("<item><title>One</title></item>" + "<x/>" * MAX_FEED_ELEMENTS)
    with pytest.raises(FeedParseError, match=r"too many XML elements \(100,00[0-9], at most"):
        parse_feed(data, URL)
    assert parsed_entries == []


def test_the_html_of_item_texts_and_comments_is_not_counted(
    monkeypatch: pytest.MonkeyPatch, parsed_entries: list[int]
):
    """The limits count what feedparser handles: the HTML of a text in CDATA is lxml's (fast),
    and a comment or an unclosed CDATA section holds no element."""
    monkeypatch.setattr(parse, "MAX_FEED_ELEMENTS", 20)
    monkeypatch.setattr(parse, "MAX_FEED_ITEMS", 2)
    html = "<p>The minister spoke.</p>" * 500
    data = rss(
        "<!-- <item></item><item></item><item></item> -->"
        + "".join(
            f"<item><guid isPermaLink='false'>g{n}</guid>"
            f"<description><![CDATA[{html}]]></description></item>"
            for n in range(2)
        )
        + "<!-- an unclosed comment <item></item><item></item>"
    )
    assert [item.guid for item in parse_feed(data, URL).items] == ["g0", "g1"]
    assert parsed_entries == [2]
    with pytest.raises(FeedParseError, match=r"too many items \(3, at most 2\)"):
        parse_feed(data.replace(b"<!-- an", b"<item></item><!-- an"), URL)


def test_feed_add_of_such_a_feed_is_one_line_and_stores_nothing(tmp_path: Path, server: FeedServer):
    server.serve_bytes("/tiny.xml", TOO_MANY["empty items"], "application/rss+xml")
    store = tmp_path / "lib.json"
    command = [sys.executable, "-m", "diplotui", "--db", str(store), "feed", "add"]
    added = subprocess.run(
        [*command, server.url("/tiny.xml")], capture_output=True, text=True, timeout=120
    )
    assert added.returncode == 1 and added.stdout == ""
    (line,) = added.stderr.splitlines()
    assert "refused: too many items (10,001, at most 10,000)" in line
    with Store.open(store) as opened:
        assert not opened.feeds()


def test_a_subscribed_feed_grown_past_the_limit_fails_and_changes_nothing_stored(
    store_path: Path, server: FeedServer
):
    """The feed's record (its validators, last fetch and items) and its articles stay as the
    last good fetch left them: the next refresh tries it again."""
    served = {"body": server.body("rss2.xml")}
    server.serve_bytes("/grows.xml", lambda: served["body"], "application/rss+xml")
    with Store.open(store_path) as store:
        feed = add_feed(store, server.url("/grows.xml"), name="Grows")
        refresh(store, policy=FAST, force=True)
        before = (store.feed(feed.id), [(a.id, a.text_hash) for a in store.articles()])
        served["body"] = TOO_MANY["empty items"]
        summary = refresh(store, policy=FAST, force=True)
        assert summary.results[0].error == "refused: too many items (10,001, at most 10,000)"
        assert (store.feed(feed.id), [(a.id, a.text_hash) for a in store.articles()]) == before
        assert len(before[1]) == 3


def _items(count: int) -> str:
    return "".join(
        f"<item><title>Talks round {n}</title><guid isPermaLink='false'>g{n}</guid>"
        f"<description><![CDATA[<p>Round {n}.</p></item><item>]]></description></item>\n"
        for n in range(count)
    )


FIRST_READ = {  # the channel's title after its items; an end tag in an item's CDATA
    "RSS 2.0": rss(_items(250) + "<link>https://desk.example/</link>"),
    "Atom": (
        '<feed xmlns="http://www.w3.org/2005/Atom">'
        + "".join(f"<entry><id>g{n}</id><title>Round {n}</title></entry>" for n in range(250))
        + '<title>Tiny items</title><link href="https://desk.example/"/></feed>'
    ).encode(),
    "RSS 1.0": (
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"'
        ' xmlns="http://purl.org/rss/1.0/"><channel rdf:about="https://desk.example/">'
        "<title>Tiny items</title><link>https://desk.example/</link></channel>"
        + "".join(
            f'<item rdf:about="https://desk.example/{n}"><title>Round {n}</title>'
            f"<link>https://desk.example/{n}</link></item>"
            for n in range(250)
        )
        + "</rdf:RDF>"
    ).encode(),
}


@pytest.mark.parametrize("data", FIRST_READ.values(), ids=FIRST_READ.keys())
def test_a_feed_subscribed_to_is_read_with_its_first_items_the_rest_counted(
    data: bytes, parsed_entries: list[int]
):
    """``feed add`` of a feed of 10,000 items took 19 s, feedparser reading every one to say
    its title and that it holds 10,000: its first items are read, the rest counted."""
    whole = parse_feed(data, URL)
    first = parse_feed(data, URL, first=200)
    assert parsed_entries == [250, 200]
    assert (first.count(), whole.count(), len(first.items)) == (250, 250, 200)
    assert first.items == whole.items[:200]
    assert (
        (first.title, first.site_url)
        == (whole.title, whole.site_url)
        == (
            "Tiny items",
            "https://desk.example/",
        )
    )
    assert first.warnings == whole.warnings == []


def test_items_not_told_apart_on_the_bytes_are_all_read(parsed_entries: list[int]):
    """An empty ``<entry/>`` after the last end tag: where the items end is not sure, so the
    feed is read whole, as before."""
    data = (
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>Tiny</title>'
        + "<entry><id>a</id></entry>" * 3
        + "<entry/>" * 3
        + "</feed>"
    ).encode()
    assert parse_feed(data, URL, first=2).count() == 6
    assert parsed_entries == [6]


def test_feed_add_of_ten_thousand_items_reads_the_first_two_hundred(
    tmp_path: Path, server: FeedServer, parsed_entries: list[int]
):
    from diplotui.feeds import discover_feed

    data = rss(
        "".join(
            f"<item><guid>g{n}</guid><title>Round {n}</title></item>" for n in range(MAX_FEED_ITEMS)
        )
    )
    server.serve_bytes("/many.xml", data, "application/rss+xml")
    found = discover_feed(server.url("/many.xml"), FAST)
    assert (found.title, found.items) == ("Tiny items", MAX_FEED_ITEMS)
    assert parsed_entries == [200]
