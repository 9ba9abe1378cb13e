"""A fetch that failed after its retries says so: the line is read after the wait it
names, and a minute of waiting is not "no answer within 20 s"."""

from __future__ import annotations

import socket
from dataclasses import replace

from tests.feeds.conftest import FAST
from tests.feeds.server import FeedServer
from tests.feeds.test_fetch import refusal


def test_a_timeout_after_retries_says_how_many_tries_it_took(server: FeedServer):
    """``feed add`` on a server that never answered waited 68 s, then said "timeout (no
    answer within 20 s)": three tries of 20 s and two pauses, as a 503's line says."""
    server.slow("/silent.xml", seconds=3)
    policy = replace(FAST, timeout=0.3, retries=2)
    assert str(refusal(server.url("/silent.xml"), policy)) == (
        "timeout (no answer within 0.3 s) after 3 tries"
    )


def test_a_connection_refused_after_retries_says_how_many_tries_it_took():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again: nothing listens there
    said = str(refusal(f"http://127.0.0.1:{port}/feed.xml", replace(FAST, retries=1)))
    assert said.startswith("cannot connect (") and said.endswith(") after 2 tries")


def test_a_single_try_says_no_count(server: FeedServer):
    server.slow("/silent.xml", seconds=3)
    policy = replace(FAST, timeout=0.3, retries=0)
    assert str(refusal(server.url("/silent.xml"), policy)) == "timeout (no answer within 0.3 s)"
