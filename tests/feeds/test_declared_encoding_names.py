"""An XML declaration whose encoding name holds a NUL or a byte that is not UTF-8: the
feed's parser raised on it (ValueError, UnicodeDecodeError) out of ``feed add``,
``refresh`` and ``feed import``; the document is malformed XML, said in one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplotui.feeds import FeedError
from diplotui.feeds.parse import FeedParseError, parse_feed
from diplotui.feeds.subscriptions import read_opml
from tests.cli_runner import run_main

NAMES = [b"u\x00tf-8", b"u\xc3tf-8", b"utf-8\xff", b"\xed\xa0\x80utf-8"]
BODY = b'<rss version="2.0"><channel><title>F</title><item><guid>1</guid><title>T</title></item>'


def declaring(name: bytes, rest: bytes) -> bytes:
    return b'<?xml version="1.0" encoding="' + name + b'"?>' + rest


@pytest.mark.parametrize("name", NAMES)
def test_a_feed_declaring_no_encoding_s_name_is_malformed_xml(name: bytes):
    with pytest.raises(FeedParseError, match="malformed XML") as refused:
        parse_feed(declaring(name, BODY + b"</channel></rss>"), "http://127.0.0.1:8/f.xml")
    assert "\x00" not in str(refused.value) and "\n" not in str(refused.value)


@pytest.mark.parametrize("name", NAMES)
def test_an_opml_file_declaring_no_encoding_s_name_is_refused_in_one_line(
    tmp_path: Path, name: bytes
):
    opml = tmp_path / "feeds.opml"
    opml.write_bytes(
        declaring(name, b'<opml version="2.0"><body><outline type="rss" text="F" '
                  b'xmlUrl="http://127.0.0.1:8/f.xml"/></body></opml>')
    )  # fmt: skip
    with pytest.raises(FeedError, match="malformed XML"):
        read_opml(opml)
    done = run_main("--db", str(tmp_path / "lib.json"), "--create", "feed", "import", str(opml))
    assert done.returncode == 1, done.stderr
    [line] = done.stderr.splitlines()
    assert str(opml) in line and "malformed XML" in line, line
