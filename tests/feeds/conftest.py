"""A live local feed server for each test, and a fetch policy with short waits."""

from __future__ import annotations

import ssl
import threading
from collections.abc import Iterator
from http.server import ThreadingHTTPServer

import pytest

from diplotui.feeds import FetchPolicy
from tests.feeds.server import DATA, FeedServer, _RequestHandler, running_server

FAST = FetchPolicy(timeout=2.0, deadline=20.0, retries=2, backoff=0.01, max_retry_after=2.0)
"""Short waits, but a whole answer's deadline a loaded machine meets: a fetch cut off there is
not tried again, and starting the parsing process can hold the refresh's loop for seconds (tests
of the deadline set their own)."""


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with running_server() as live:
        for name in (
            "rss2.xml",
            "atom.xml",
            "rss1.rdf",
            "rss091.xml",
            "feed.json",
            "article-summit.html",
            "article-council.html",
            "article-climate.html",
            "article-spokesperson.html",
            "page-with-alternate.html",
            "plain-page.html",
        ):
            live.serve_file("/" + name, name)
        yield live


@pytest.fixture
def tls_server():
    """An HTTPS server on 127.0.0.1 whose certificate no public authority signed."""
    plain = FeedServer()
    plain.serve_file("/rss2.xml", "rss2.xml")
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _RequestHandler)
    httpd.feed_server = plain  # type: ignore[attr-defined]
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(DATA / "tls" / "cert.pem", DATA / "tls" / "key.pem")
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{httpd.server_address[1]}", plain
    httpd.shutdown()
    httpd.server_close()
    plain.stop()
