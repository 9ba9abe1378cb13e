"""An RFC 822 date whose year is written in three or four digits is read as that year: the
standard parser takes any year under 100 for a two-digit one, so Go's zero time, the date
Hugo and other generators give an undated item, was cited as 2001."""

from __future__ import annotations

import pytest

from diplotui.feeds.parse import parse_feed


def item_dated(stamp: str) -> str:
    document = (
        '<rss version="2.0"><channel><title>F</title><item><title>T</title><guid>g</guid>'
        f"<pubDate>{stamp}</pubDate></item></channel></rss>"
    )
    (item,) = parse_feed(document.encode(), "http://127.0.0.1:8/feed.xml").items
    return item.date


@pytest.mark.parametrize(
    "stamp",
    [
        "Mon, 01 Jan 0001 00:00:00 +0000",  # Go's time.Time{}, as Hugo writes an undated page
        "01 Jan 0001 00:00:00 GMT",
        "Fri, 01 Jan 0099 00:00:00 GMT",
        "Mon, 1 Jan 001 00:00:00 GMT",
    ],
)
def test_a_year_written_under_100_in_full_is_no_date(stamp: str):
    """Go's zero time, "Mon, 01 Jan 0001", was stored as 2001-01-01 (and "0099" as 1999):
    the item sorted and was cited as published then, where the feed gives it no date."""
    assert item_dated(stamp) == ""


@pytest.mark.parametrize(
    ("stamp", "date"),
    [
        ("Mon, 01 Dec 25 10:00:00 GMT", "2025-12-01"),  # RFC 822's own two-digit year
        ("Mon, 01 Dec 2025 10:00:00 GMT", "2025-12-01"),
        ("1 Dec 1999 10:00 +0100", "1999-12-01"),
    ],
)
def test_two_digit_and_full_years_are_read_as_before(stamp: str, date: str):
    assert item_dated(stamp) == date
