"""Hostile feeds as a user meets them, through ``diplotui feed add`` and ``refresh`` against a
local server (attack60): each ends in one line naming the feed and the reason, exit 1, and
the store as it was.

Found: a feed redirecting to ``http://169.254.169.254/latest/meta-data/`` (a cloud machine's
credentials) or to ``http://10.0.0.1/admin`` (the router) was followed there, and an item
linking to such an address had that page fetched and stored as its article: a hostile feed
on the internet read the user's own network through diplotui. A redirect or an item's link
may now lead to the internet or stay on the feed's own network, never further in.
"""

from __future__ import annotations

import json
import zlib
from pathlib import Path

import pytest

from tests.cli_runner import run_main
from tests.feeds.server import FeedServer

GIBIBYTE_OF_SPACES = 1024  # mebibytes, gzipped into about 1 MB


def _gzip_bomb() -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    mebibyte = b" " * (1 << 20)
    return b"".join(packer.compress(mebibyte) for _ in range(GIBIBYTE_OF_SPACES)) + packer.flush()


def _refused_add(tmp_path: Path, url: str) -> str:
    """The one line ``feed add URL`` refuses ``url`` with, the store's bytes unchanged."""
    db = tmp_path / "lib.json"
    assert run_main("--db", str(db), "--create", "list").returncode == 0
    before = db.read_bytes()
    added = run_main("--db", str(db), "feed", "add", url)
    assert added.returncode == 1, added
    assert added.stdout == ""
    [line] = added.stderr.splitlines()
    assert line.startswith(f"diplotui: {url}: "), line
    assert db.read_bytes() == before
    return line.removeprefix(f"diplotui: {url}: ")


def test_fifty_megabytes_and_a_gzip_bomb_are_refused_at_the_limit(
    tmp_path: Path, server: FeedServer
) -> None:
    server.oversized("/big.xml", 50 * 1024 * 1024, declare_length=False)
    bomb = _gzip_bomb()
    server.routes["/bomb.xml"] = lambda request: request.answer(
        200, {"Content-Type": "application/rss+xml", "Content-Encoding": "gzip"}, bomb
    )
    assert (
        _refused_add(tmp_path, server.url("/big.xml")) == "response over 10 MiB refused (the limit)"
    )
    assert (
        _refused_add(tmp_path, server.url("/bomb.xml"))
        == "response over 10 MiB refused (the limit)"
    )


def test_a_redirect_loop_or_to_a_file_is_refused(tmp_path: Path, server: FeedServer) -> None:
    server.redirect("/a.xml", server.url("/b.xml"))
    server.redirect("/b.xml", server.url("/a.xml"))
    server.redirect("/to-file.xml", "file:///etc/passwd")
    assert _refused_add(tmp_path, server.url("/a.xml")) == "redirect loop"
    assert _refused_add(tmp_path, server.url("/to-file.xml")) == (
        "redirected to a non-web address (file:///etc/passwd)"
    )


@pytest.mark.parametrize(
    ("target", "reason"),
    [
        ("http://169.254.169.254/latest/meta-data/", "a link-local address"),
        ("http://0.0.0.0:{port}/secret.xml", "a private address"),
        ("http://[::ffff:10.0.0.1]/admin", "a private address"),
    ],
)
def test_a_redirect_further_into_the_network_than_the_feed_is_refused(
    tmp_path: Path, server: FeedServer, target: str, reason: str
) -> None:
    target = target.format(port=server.base.rsplit(":", 1)[1])
    server.serve_file("/secret.xml", "rss2.xml")  # where 0.0.0.0 leads: this very server
    server.redirect("/moved.xml", target)
    assert _refused_add(tmp_path, server.url("/moved.xml")) == f"redirected to {reason} ({target})"
    assert server.hits["/secret.xml"] == 0


def test_an_item_linking_further_into_the_network_keeps_its_summary_unfetched(
    tmp_path: Path, server: FeedServer
) -> None:
    port = server.base.rsplit(":", 1)[1]
    inside = f"http://0.0.0.0:{port}/router.html"
    server.serve_bytes(
        "/router.html", b"<html><body><p>admin password</p></body></html>", "text/html"
    )
    feed = (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Desk Wire</title>"
        "<link>http://127.0.0.1/</link><description>d</description>"
        f"<item><title>Talks resume</title><link>{inside}</link><guid>talks-1</guid>"
        "<description>Envoys met in Doha on Monday.</description></item></channel></rss>"
    )
    server.serve_bytes("/wire.xml", feed.encode(), "application/rss+xml")
    db = str(tmp_path / "lib.json")
    assert run_main("--db", db, "--create", "feed", "add", server.url("/wire.xml")).returncode == 0
    refreshed = run_main("--db", db, "refresh")
    assert (
        f"Talks resume: kept the feed's summary (links to a private address ({inside}): "
        "not followed)" in refreshed.stderr
    )
    assert server.hits["/router.html"] == 0
    [article] = [
        a for a in json.loads(run_main("--db", db, "list", "--json").stdout) if a["feed_id"]
    ]
    assert article["text_is_summary"]
    shown = run_main("--db", db, "show", article["id"]).stdout
    assert "Envoys met in Doha on Monday." in shown and "admin password" not in shown
