"""A namespace name holding a Unicode space (no-break, ideographic): Python's SAX reader
splits the names expat gives it at any whitespace, and feedparser's strict parser raised
ValueError out of ``feed add`` and ``refresh``. It is read as one holding an ASCII space
is: malformed XML, its items read anyway with a warning."""

from __future__ import annotations

import pytest

from diplotui.feeds.parse import parse_feed


@pytest.mark.parametrize("space", ["\u00a0", "\u3000", "\u2003", "\u0085"])
def test_a_namespace_holding_a_unicode_space_is_malformed_xml_read_anyway(space: str):
    document = (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:x="http://a{space}b/">'
        "<channel><title>Desk</title><item><x:y>1</x:y><title>Talks resume</title><guid>1</guid>"
        "</item></channel></rss>"
    )
    parsed = parse_feed(document.encode(), "http://127.0.0.1:8/feed.xml", "application/rss+xml")
    assert [item.title for item in parsed.items] == ["Talks resume"]
    assert parsed.warnings and parsed.warnings[0].startswith("malformed XML")
