"""A fetch that fails after a redirect names the address that failed: the line named only the
feed's own, whose server answers ("cannot connect" to a host that was reachable)."""

from __future__ import annotations

from diplotui.feeds.fetch import FetchError
from tests.feeds.server import FeedServer
from tests.feeds.test_fetch import refusal


def test_a_failure_at_a_redirects_target_names_that_target(server: FeedServer):
    server.redirect("/elsewhere.xml", "http://127.0.0.1:1/feed.xml", 302)
    server.redirect("/missing.xml", "/nothing-here.xml", 301)
    unreachable = str(refusal(server.url("/elsewhere.xml")))
    assert unreachable.startswith("cannot connect")
    assert unreachable.endswith("(redirected to http://127.0.0.1:1/feed.xml)")
    missing = refusal(server.url("/missing.xml"))
    assert missing.status == 404
    assert str(missing) == f"HTTP 404 Not Found (redirected to {server.url('/nothing-here.xml')})"


def test_a_failure_at_the_feeds_own_address_is_said_as_before(server: FeedServer):
    failed: FetchError = refusal(server.url("/nothing-here.xml"))
    assert str(failed) == "HTTP 404 Not Found"
