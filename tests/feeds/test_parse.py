"""Feed formats, hostile XML and HTML where a feed was expected (no network needed)."""

from __future__ import annotations

import pytest

from diplotui.feeds.parse import BY_TITLE, FeedParseError, NotAFeed, html_text, parse_feed
from tests.feeds.server import DATA

BASE = "http://feeds.test"


def parsed(name: str, content_type: str = ""):
    data = (DATA / name).read_bytes().replace(b"{{BASE}}", BASE.encode())
    return parse_feed(data, f"{BASE}/{name}", content_type)


def test_rss2_items_keep_their_own_dates_authors_and_full_text():
    feed = parsed("rss2.xml")
    assert feed.title == "UN News Wire" and not feed.warnings
    summit, council, climate = feed.items
    assert (summit.guid, summit.date, summit.author) == (
        "wire-summit-2025",
        "2025-07-08",
        "Lan Anh",
    )
    assert summit.content == "" and summit.summary.startswith("Foreign ministers")
    # 22:30 at -04:00 is already July 1 in UTC: the feed's own date is kept
    assert council.date == "2025-06-30"
    assert council.content.count("\n\n") == 3 and "[bold]Not markup[/bold]" in council.content
    assert climate.date == "" and climate.link == f"{BASE}/article-climate.html"


def test_an_rss_author_written_with_an_address_is_cited_by_name():
    """RSS 2.0 writes an author as "address (name)": the address stood in every citation."""
    items = "".join(
        f"<item><guid>g{n}</guid><title>T{n}</title><author>{author}</author></item>"
        for n, author in enumerate(
            [
                "news@un.org (Jane Doe)",
                "desk@un.org",
                "Lan Anh",
                # feedparser cut a long top-level domain's address short: "ple (Nguyen Van A"
                "press@mofa.example (Nguyen Van A)",
                "Ana Ruiz &lt;ana@press.museum&gt;",
                "office@foreign.international",
            ]
        )
    )
    data = f'<rss version="2.0"><channel><title>UN</title>{items}</channel></rss>'.encode()
    feed = parse_feed(data, f"{BASE}/feed.xml", "application/rss+xml")
    authors = [item.author for item in feed.items]
    assert authors == ["Jane Doe", "", "Lan Anh", "Nguyen Van A", "Ana Ruiz", ""]
    atom = (
        b'<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>'
        b"<entry><id>1</id><title>a</title><author><name>Jane Doe</name>"
        b"<email>jane@un.org</email></author></entry>"
        b"<entry><id>2</id><title>b</title><author><email>desk@un.org</email></author></entry>"
        b"</feed>"
    )
    feed = parse_feed(atom, f"{BASE}/atom.xml", "application/atom+xml")
    assert [item.author for item in feed.items] == ["Jane Doe", ""]


def test_atom_rss1_rss091_and_json_feed_are_read():
    atom = parsed("atom.xml")
    assert atom.title == "Ministry Press Releases"
    assert atom.items[0].title == "Minister receives new ambassador"  # HTML title made plain
    assert atom.items[0].date == "2025-07-09" and atom.items[0].author == "Press Office"
    rdf = parsed("rss1.rdf")
    assert rdf.items[0].date == "2025-05-02" and rdf.items[0].author == "Research Desk"
    old = parsed("rss091.xml")
    assert "Café diplomacy" in old.items[0].summary
    json_feed = parsed("feed.json", "application/feed+json")
    assert json_feed.title == "Embassy Notes"
    first, second = json_feed.items
    assert (first.guid, first.author, first.date) == ("embassy-1", "Embassy Press", "2025-09-02")
    assert first.content.startswith("The Embassy hosted") and "\n\n" in first.content
    assert second.guid == "2" and second.summary == "Negotiators resumed talks."


def test_a_changed_item_gets_a_new_stamp():
    before = parsed("rss2.xml").items[0]
    data = (DATA / "rss2.xml").read_bytes().replace(b"prepare the summit", b"prepare a summit")
    after = parse_feed(data, f"{BASE}/rss2.xml").items[0]
    assert before.guid == after.guid and before.stamp != after.stamp


@pytest.mark.parametrize("name", ["billion-laughs.xml", "xxe.xml"])
def test_xml_entity_declarations_are_refused_before_parsing(name: str):
    with pytest.raises(FeedParseError, match="refused: the XML declares entities"):
        parsed(name)


def test_malformed_xml_with_items_is_used_with_a_warning():
    feed = parsed("malformed.xml")
    assert len(feed.items) == 1 and feed.items[0].guid.endswith("broken-1")
    assert feed.warnings and feed.warnings[0].startswith("malformed XML")


def test_html_where_a_feed_was_expected_names_the_feeds_it_links_to():
    with pytest.raises(NotAFeed) as linked:
        parsed("page-with-alternate.html")
    assert linked.value.alternates == [f"{BASE}/rss2.xml"]
    with pytest.raises(NotAFeed, match="names no feed"):
        parsed("plain-page.html")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty response"),
        (b"just some words", "not a feed"),
        (b"<rss><channel><title>x</chan", "not a feed"),
        (b'{"version": "1"}', "JSON without a JSON Feed version"),
        (b"{not json", "invalid JSON"),
    ],
)
def test_what_is_no_feed_is_said_in_one_line(data: bytes, reason: str):
    with pytest.raises(FeedParseError) as error:
        parse_feed(data, BASE)
    assert reason in str(error.value) and "\n" not in str(error.value)


def test_items_without_links_or_dates_get_an_identity_and_no_date():
    feed = parsed("no-links.xml")
    statement, empty = feed.items
    assert statement.link == "" and statement.date == "" and statement.guid.startswith(BY_TITLE)
    assert empty.summary == "" and empty.content == ""


def test_html_text_keeps_paragraphs_and_drops_scripts():
    markup = "<p>One <b>bold</b>\n word.</p><script>alert(1)</script><ul><li>a</li><li>b</li></ul>"
    assert html_text(markup) == "One bold word.\n\na\n\nb"
    assert html_text("Fish &amp; chips") == "Fish & chips"


def test_items_dated_before_1900_are_left_undated_and_said():
    """An Atom feed's "0001-01-01T00:00:00Z" (a CMS's empty date) was stored as the
    article's date, and its statements' "yesterday" counted back off the calendar."""
    entries = "".join(
        f"<entry><id>e{n}</id><title>T{n}</title><updated>{stamp}</updated></entry>"
        for n, stamp in enumerate(["0001-01-01T00:00:00Z", "1899-12-31T10:00:00Z", ""])
    )
    feed = parse_feed(
        f'<feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>{entries}</feed>'.encode(),
        f"{BASE}/atom.xml",
    )
    assert [item.date for item in feed.items] == ["", "", ""]
    assert feed.warnings == ["2 items are dated before 1900 (0001-01-01, 1899-12-31): left undated"]


@pytest.mark.parametrize(
    ("stamp", "date"),
    [
        ("2025-13-45", ""),  # rolled over by feedparser to 2026-01-01
        ("0000-00-00", ""),  # to -001-11-30
        ("2025-02-29T10:00:00Z", ""),  # to 2025-03-01: no 29 February in 2025
        ("2025/07/04 10:00", ""),  # guessed as 2025-12-01
        ("1735689600", ""),  # a Unix time, read as 2017-12-22
        ("2025-185", ""),  # an ordinal day, read as 2026-06-01
        ("2025-07", "2025-07"),  # a month, given a day it did not state as 2025-07-01
        ("2025", "2025"),
        ("20250704", "2025-07-04"),
        ("04 Jul 2025", "2025-07-04"),
        ("Fri, 04 Jul 2025 10:00:00 GMT", "2025-07-04"),
    ],
)
def test_an_item_is_dated_only_by_a_day_its_date_states(stamp: str, date: str):
    """feedparser, asked after the standard parsers gave up, rolls a day no calendar has into
    the next month and guesses at shapes it half reads: the article was dated and cited so."""
    item = f"<item><title>T</title><guid>g</guid><pubDate>{stamp}</pubDate></item>"
    feed = parse_feed(
        f'<rss version="2.0"><channel><title>F</title>{item}</channel></rss>'.encode(), BASE
    )
    assert [item.date for item in feed.items] == [date]


@pytest.mark.parametrize("declared", ["ISO-8859-1", "windows-1251", "koi8-r", "no-such-codec"])
def test_a_utf8_feed_declaring_a_legacy_encoding_is_read_as_utf8(declared: str):
    """A feed converted to UTF-8 that still declares its old encoding came in as mojibake
    ("LÃª HoÃ i Trung"), where an imported page declaring the same is read as UTF-8."""
    feed = parse_feed(
        f'<?xml version="1.0" encoding="{declared}"?><rss version="2.0"><channel><title>F'
        "</title><item><title>Lê Hoài Trung</title><guid>g</guid></item></channel></rss>".encode(),
        BASE,
    )
    assert [item.title for item in feed.items] == ["Lê Hoài Trung"]


def test_a_feed_in_the_legacy_encoding_it_declares_is_read_in_it():
    document = (
        '<?xml version="1.0" encoding="koi8-r"?><rss version="2.0"><channel><title>F</title>'
        "<item><title>Сергей Лавров</title><guid>g</guid></item></channel></rss>"
    )
    feed = parse_feed(document.encode("koi8-r"), BASE)
    assert [item.title for item in feed.items] == ["Сергей Лавров"]


def test_warnings_about_one_item_say_item():
    """ "1 items read anyway", "1 items are not JSON objects": one line a refresh prints."""
    malformed = b'<rss version="2.0"><channel><title>F</title><item><title>T\x01</title></item>'
    assert parse_feed(malformed, BASE).warnings[0].endswith("; 1 item read anyway")
    json_feed = b'{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1"}, 2]}'
    assert parse_feed(json_feed, BASE).warnings == ["1 item is not a JSON object (skipped)"]
