"""The fetcher against a real local server: politeness, limits, and one-line refusals."""

from __future__ import annotations

import asyncio
from contextlib import ExitStack
from dataclasses import replace

import pytest

from diplotui import __version__
from diplotui.feeds.fetch import Fetcher, FetchError, FetchPolicy, retry_after_seconds
from tests.feeds.conftest import FAST
from tests.feeds.server import DATA, FeedServer, Gauge, running_server


def get(url: str, policy: FetchPolicy = FAST, **validators: str):
    async def run():
        async with Fetcher(policy) as fetcher:
            return await fetcher.get(url, **validators)

    return asyncio.run(run())


def get_all(urls: list[str], policy: FetchPolicy = FAST):
    async def run():
        async with Fetcher(policy) as fetcher:
            return await asyncio.gather(*(fetcher.get(url) for url in urls))

    return asyncio.run(run())


def refusal(url: str, policy: FetchPolicy = FAST) -> FetchError:
    with pytest.raises(FetchError) as caught:
        get(url, policy)
    assert "\n" not in str(caught.value)
    return caught.value


def test_a_conditional_get_of_an_unchanged_feed_is_a_304_without_a_body(server: FeedServer):
    first = get(server.url("/rss2.xml"))
    assert first.status == 200 and b"UN News Wire" in first.content
    second = get(
        server.url("/rss2.xml"),
        etag=first.headers["etag"],
        last_modified=first.headers["last-modified"],
    )
    assert second.status == 304 and second.content == b""
    sent = server.request_headers[-1][1]
    assert sent["If-None-Match"] == first.headers["etag"]
    assert sent["If-Modified-Since"] == first.headers["last-modified"]


def test_every_request_names_diplotui_and_its_version(server: FeedServer):
    get(server.url("/rss2.xml"))
    assert server.request_headers[-1][1]["User-Agent"] == f"diplotui/{__version__}"


@pytest.mark.parametrize("encoding", ["gzip", "br"])
def test_compressed_bodies_are_decoded(server: FeedServer, encoding: str):
    server.serve_file("/packed.xml", "rss2.xml", encoding=encoding)
    response = get(server.url("/packed.xml"))
    assert response.content == server.body("rss2.xml")
    assert encoding in server.request_headers[-1][1]["Accept-Encoding"]


def test_a_permanent_redirect_gives_the_url_to_keep_and_a_temporary_one_does_not(
    server: FeedServer,
):
    server.redirect("/moved.xml", "/rss2.xml", 301)
    server.redirect("/away.xml", "/rss2.xml", 302)
    moved = get(server.url("/moved.xml"))
    assert moved.status == 200 and moved.stored_url == server.url("/rss2.xml")
    away = get(server.url("/away.xml"))
    assert away.status == 200 and away.stored_url == server.url("/away.xml")


def test_a_redirect_loop_and_a_long_chain_are_refused(server: FeedServer):
    server.redirect("/a", "/b")
    server.redirect("/b", "/a")
    assert str(refusal(server.url("/a"))) == "redirect loop"
    for hop in range(10):
        server.redirect(f"/hop{hop}", f"/hop{hop + 1}", 302)
    assert "too many redirects" in str(refusal(server.url("/hop0")))


def test_429_is_retried_after_the_wait_the_server_asks_for(server: FeedServer):
    server.busy_then("/rss2.xml", times=1, status=429, retry_after="0")
    response = get(server.url("/rss2.xml"))
    assert response.status == 200
    assert [s for p, s in server.statuses if p == "/rss2.xml"] == [429, 200]


def test_a_retry_after_beyond_our_patience_gives_up_and_says_how_long(server: FeedServer):
    server.busy_then("/rss2.xml", times=5, status=503, retry_after="3600")
    error = refusal(server.url("/rss2.xml"))
    assert error.retry_after == 3600 and "3600 s" in str(error)
    assert server.hits["/rss2.xml"] == 1  # no hammering


def test_retry_after_reads_seconds_and_http_dates():
    assert retry_after_seconds("120") == 120
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412480 - 30) == 30
    assert retry_after_seconds("soon") is None and retry_after_seconds(None) is None


def test_500_is_retried_with_backoff_then_reported(server: FeedServer):
    """The retries are under test, not the time limits: with FAST's two seconds, a try a
    loaded machine was slow to answer ended as a timeout instead of the third 500."""
    server.status("/broken.xml", 500)
    error = refusal(server.url("/broken.xml"), replace(FAST, timeout=60.0, deadline=60.0))
    assert str(error) == "HTTP 500 Internal Server Error after 3 tries"
    assert server.hits["/broken.xml"] == 3


def test_the_pauses_before_retries_double_from_the_backoff_or_are_the_servers_wait(
    server: FeedServer,
):
    """What the fetcher waits before each retry goes through the policy's ``sleep``: the
    app's and the CLI's tests record it there instead of sleeping (``fetch_pauses``)."""
    pauses: list[float] = []

    async def record(seconds: float) -> None:
        pauses.append(seconds)

    policy = replace(FAST, backoff=2.0, max_retry_after=60.0, sleep=record)
    server.status("/broken.xml", 500)
    assert str(refusal(server.url("/broken.xml"), policy)).endswith("after 3 tries")
    assert pauses == [2.0, 4.0]
    pauses.clear()
    server.busy_then("/rss2.xml", times=1, status=503, retry_after="30")
    assert get(server.url("/rss2.xml"), policy).status == 200
    assert pauses == [30.0]


def test_404_and_410_are_reported_and_410_means_gone(server: FeedServer):
    server.status("/gone.xml", 410)
    missing = refusal(server.url("/missing.xml"))
    assert str(missing) == "HTTP 404 Not Found" and not missing.gone
    assert refusal(server.url("/gone.xml")).gone


def test_a_trickling_server_is_cut_off_at_the_deadline(server: FeedServer):
    server.trickle("/slow.xml", seconds=5)
    policy = replace(FAST, deadline=0.5, retries=0)
    assert str(refusal(server.url("/slow.xml"), policy)).startswith("timeout")


def test_a_server_that_never_answers_times_out(server: FeedServer):
    server.slow("/silent.xml", seconds=3)
    policy = replace(FAST, timeout=0.3, retries=1)
    assert str(refusal(server.url("/silent.xml"), policy)).startswith("timeout")
    assert server.hits["/silent.xml"] == 2


@pytest.mark.parametrize("declare_length", [True, False])
def test_a_50_mb_response_is_refused_at_the_10_mb_cap(server: FeedServer, declare_length: bool):
    server.oversized("/huge.xml", 50 * 1024 * 1024, declare_length)
    error = refusal(server.url("/huge.xml"))
    assert "refused" in str(error) and "10 MiB" in str(error)
    assert server.hits["/huge.xml"] == 1  # a size refusal is not retried


def test_a_refused_size_is_said_in_mib_never_rounded_down_to_the_limit(server: FeedServer):
    """A 20 MB body was said "19 MB", and one of 10.4 MiB "response of 10 MB refused (the
    limit is 10 MB)": whole MiB called MB, rounded down to the very limit it broke."""
    server.oversized("/twenty.xml", 20_000_000, declare_length=True)
    assert str(refusal(server.url("/twenty.xml"))) == (
        "response of 19.1 MiB refused (the limit is 10 MiB)"
    )
    server.oversized("/just-over.xml", 10 * 1024 * 1024 + 400_000, declare_length=True)
    assert "response of 10.4 MiB refused (the limit is 10 MiB)" in str(
        refusal(server.url("/just-over.xml"))
    )


def test_a_non_text_content_type_is_refused_before_its_body(server: FeedServer):
    server.serve_bytes("/logo.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "image/png")
    assert str(refusal(server.url("/logo.png"))) == "content type image/png is not text"


def test_at_most_two_requests_at_once_to_one_host(server: FeedServer):
    server.slow("/slow", seconds=0.2)
    get_all([server.url("/slow")] * 6)
    assert server.hits["/slow"] == 6 and server.gauge.most == 2


def test_at_most_eight_requests_at_once_overall():
    gauge = Gauge()
    with ExitStack() as stack:
        servers = [stack.enter_context(running_server(f"127.0.0.{n}", gauge)) for n in range(1, 7)]
        for live in servers:
            live.slow("/slow", seconds=0.2)
        get_all([live.url("/slow") for live in servers for _ in range(3)])
    assert sum(live.hits["/slow"] for live in servers) == 18
    assert gauge.most == 8
    assert all(live.gauge.most <= 2 for live in servers)


def test_an_invalid_certificate_is_refused_once_never_retried_unchecked(tls_server):
    base, plain = tls_server
    error = refusal(base + "/rss2.xml")
    assert str(error).startswith("TLS certificate not valid")
    assert plain.hits["/rss2.xml"] == 0  # nothing was ever sent without checks


def test_a_certificate_signed_by_a_trusted_authority_is_accepted(tls_server):
    base, _plain = tls_server
    trusted = replace(FAST, ca_file=str(DATA / "tls" / "cert.pem"))
    assert get(base + "/rss2.xml", trusted).status == 200


BROTLI_BOMB = bytes.fromhex(  # 106 bytes: brotli.compress(bytes(64 << 20), quality=11)
    "cbffff3ff82700e2b14020f7fe8fffff7ff04f00c4611180eefd1fffffffe09f0088c30200ddfb3ffeffffc1"
    "3f0110870500baf77ffcffff837f02200e0b0074effff8ffff07ff04401c1600e8defff1ffff0ffe0980382c"
    "00d0bdffe3ffff1ffc1300715800a07bff37"
)


@pytest.mark.parametrize("encoding", ["br", "gzip"])
def test_a_compression_bomb_is_refused_before_it_is_decoded_past_the_limit(
    server: FeedServer, encoding: str
):
    """106 bytes of brotli are 64 MB decoded, and the decoder gave them all at once: the cap
    was checked after the 64 MB were in memory (and 700 bytes are 4 GB). A gzip chunk of
    64 KB was up to 64 MB. Now decoding stops one byte past the cap."""
    import gzip
    import tracemalloc

    packed = BROTLI_BOMB if encoding == "br" else gzip.compress(bytes(32 << 20), 9)
    headers = {"Content-Type": "application/rss+xml", "Content-Encoding": encoding}
    server.routes["/bomb.xml"] = lambda request: request.answer(200, headers, packed)
    get(server.url("/rss2.xml"))  # the client's imports and certificates, untraced
    tracemalloc.start()
    try:
        error = refusal(server.url("/bomb.xml"), replace(FAST, max_bytes=1 << 20))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "over 1 MiB refused" in str(error)
    assert peak < 12 << 20, f"{peak >> 20} MB decoded before the refusal"
