"""Character references to no character (a lone surrogate, a number past U+10FFFF): the
feed's parser turns them into characters, and crashed on them with a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from diplotui.feeds.parse import parse_feed
from tests.feeds.server import FeedServer

REFERENCES = ["&#xD800;", "&#56320;", "&#x110000;", "&#99999999999999999999;", "&#X1F600000;"]


def feed_with(reference: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Desk {reference}</title><item><guid>r1</guid>"
        f"<title>Talks {reference} resume</title>"
        f"<description>The minister said {reference} the talks resume.</description>"
        "</item></channel></rss>"
    ).encode()


@pytest.mark.parametrize("reference", REFERENCES)
def test_a_reference_to_no_character_is_read_as_the_replacement_character(reference: str):
    """``&#xD800;`` raised UnicodeEncodeError out of feedparser (``&#x110000;`` ValueError,
    a long number OverflowError): ``feed add`` ended in a traceback and ``refresh`` failed
    the feed with the exception's text. Such a reference stands for U+FFFD, as HTML reads it."""
    parsed = parse_feed(feed_with(reference), "http://127.0.0.1:8/feed.xml", "application/rss+xml")
    assert parsed.title == "Desk \ufffd"
    (item,) = parsed.items
    assert item.title == "Talks \ufffd resume"
    assert item.content == "The minister said \ufffd the talks resume." or (
        item.summary == "The minister said \ufffd the talks resume."
    )


def test_feed_add_of_a_feed_holding_one_subscribes_without_a_traceback(
    tmp_path: Path, server: FeedServer
):
    server.serve_bytes("/refs.xml", feed_with("&#xD800;"), "application/rss+xml")
    command = [sys.executable, "-m", "diplotui", "--db", str(tmp_path / "lib.json")]
    added = subprocess.run(
        [*command, "feed", "add", server.url("/refs.xml")],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert "Traceback" not in added.stderr
    assert added.returncode == 0, added.stderr
    assert "1 item" in added.stdout
