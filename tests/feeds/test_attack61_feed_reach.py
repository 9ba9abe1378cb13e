"""A hostile feed's redirects and links are judged where they lead, not as they are spelt
(attack61, after attack60's refusal of a redirect or link "further into the network than
the feed is"): an address spelt with ideographic full stops ("127。0。0。1", which the
connection reads as 127.0.0.1) or an IPv4 address inside an IPv6 one (6to4, NAT64) was
taken for the internet's, and a name resolving to the user's own network was never judged
at all: its page was fetched and stored as an article."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from diplotui.feeds import fetch
from diplotui.feeds.fetch import reach
from tests.cli_runner import run_main
from tests.feeds.server import FeedServer, running_server


@pytest.mark.parametrize(
    ("url", "network"),
    [
        ("http://127。0。0。1/", "loopback"),  # ideographic full stops, read as dots
        ("http://10．0．0．1/", "private"),  # full-width ones
        ("http://[2002:a9fe:a9fe::]/", "link-local"),  # 6to4 of 169.254.169.254
        ("http://[64:ff9b::a00:1]/", "private"),  # NAT64 of 10.0.0.1
        ("http://[::10.0.0.1]/", "private"),  # the old IPv4-compatible form
        ("http://[2001:4860::8888]/", ""),
        ("http://news.example.org/", ""),  # a name: judged where it answers
    ],
)
def test_an_address_is_read_as_the_connection_reads_it(url: str, network: str) -> None:
    assert reach(url) == network


def _wire(server: FeedServer, link: str) -> None:
    """A feed of one item linking to ``link``, its summary the words kept without it."""
    feed = (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Desk Wire</title>"
        "<link>http://127.0.0.1/</link><description>d</description>"
        f"<item><title>Talks resume</title><link>{link}</link><guid>talks-1</guid>"
        "<description>Envoys met in Doha on Monday.</description></item></channel></rss>"
    )
    server.serve_bytes("/wire.xml", feed.encode(), "application/rss+xml")


def _refreshed_unfetched(tmp_path: Path, server: FeedServer, why: str) -> None:
    """The feed added and refreshed: its item's summary kept, its link not followed ``why``."""
    db = str(tmp_path / "lib.json")
    assert run_main("--db", db, "--create", "feed", "add", server.url("/wire.xml")).returncode == 0
    refreshed = run_main("--db", db, "refresh")
    assert f"Talks resume: kept the feed's summary ({why})" in refreshed.stderr, refreshed.stderr
    [article] = [
        a for a in json.loads(run_main("--db", db, "list", "--json").stdout) if a["feed_id"]
    ]
    assert article["text_is_summary"]
    shown = run_main("--db", db, "show", article["id"]).stdout
    assert "Envoys met in Doha on Monday." in shown and "admin password" not in shown


def test_an_item_link_spelt_with_ideographic_stops_is_not_fetched(
    tmp_path: Path, server: FeedServer
) -> None:
    port = server.base.rsplit(":", 1)[1]
    link = f"http://0。0。0。0:{port}/router.html"  # 0.0.0.0: this very machine
    server.serve_bytes(
        "/router.html", b"<html><body><p>admin password</p></body></html>", "text/html"
    )
    _wire(server, link)
    _refreshed_unfetched(tmp_path, server, f"links to a private address ({link}): not followed")
    assert server.hits["/router.html"] == 0


@pytest.fixture
def inside() -> Iterator[FeedServer]:
    """A server on the user's own machine at another address (127.0.0.2), its router's."""
    with running_server("127.0.0.2") as live:
        live.serve_bytes(
            "/router.html", b"<html><body><p>admin password</p></body></html>", "text/html"
        )
        yield live


def test_an_item_linking_to_a_name_resolving_inside_is_not_fetched(
    tmp_path: Path, server: FeedServer, inside: FeedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The feed's server stands for the internet (127.0.0.1 read as its address); its item
    links to router.example, which the resolver gives as 127.0.0.2, the user's machine."""
    real_reach = getattr(fetch, "address_reach", None)
    if real_reach is not None:
        monkeypatch.setattr(
            fetch, "address_reach", lambda host: "" if host == "127.0.0.1" else real_reach(host)
        )
    else:  # the code before: its reach read a feed at 127.0.0.1 as one on the machine
        real_text_reach = fetch.reach
        monkeypatch.setattr(
            fetch, "reach", lambda url: "" if "127.0.0.1" in url else real_text_reach(url)
        )
    real_resolve = socket.getaddrinfo

    def resolve(host: Any, *args: Any, **options: Any) -> Any:
        named = host.decode() if isinstance(host, bytes) else host
        return real_resolve("127.0.0.2" if named == "router.example" else host, *args, **options)

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    link = "http://router.example:{}/router.html".format(inside.base.rsplit(":", 1)[1])
    _wire(server, link)
    why = "router.example is at a loopback address (127.0.0.2): not followed"
    _refreshed_unfetched(tmp_path, server, why)
    assert inside.hits["/router.html"] <= 1  # asked, its answer never read
