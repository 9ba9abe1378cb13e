"""A feed's bytes as items: RSS 0.9x/1.0/2.0 and Atom through feedparser, JSON Feed by hand.

feedparser runs with its HTML sanitising and relative-URI rewriting off: diplotui turns item
HTML into plain text itself and draws every text inert, so neither would protect anything and
both cost time. Documents that declare XML entities are refused before any parser sees them
(entity expansion, "billion laughs", and external entities that read files or URLs): any
``<!ENTITY`` in the text feedparser would parse, however encoded or wherever put. An HTML
page is told apart from a feed, naming the feeds its ``<link rel="alternate">`` points to.
"""

from __future__ import annotations

import codecs
import email.utils
import hashlib
import io
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import urljoin

from diplotui.cite import clean_field, is_valid_date, text_to_store
from diplotui.dates import EARLIEST_YEAR, MONTH_NAMES
from diplotui.inert import without_surrogates
from diplotui.ingest.decode import served_codec
from diplotui.ingest.formats import MAX_ELEMENT_ATTRIBUTES, most_attributes, sniffs_as_html
from diplotui.ingest.metadata import MAX_ADDRESS_CHARS
from diplotui.model import ONE_LINE_CHARS

FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/feed+json",
        "application/json",
        "application/xml",
        "text/xml",
    }
)
_JSON_FEED_VERSION = "https://jsonfeed.org/version/"
_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "tr",
        "table",
        "section",
        "article",
        "figure",
        "figcaption",
        "header",
        "footer",
        "hr",
        "dd",
        "dt",
    }
)
IDENTITY_WORDS = 12
"""How many of its first words know an item that has no GUID, no link and no title."""
BY_TITLE = "item-sha256:"
"""The prefix of the identity ``_identity`` gives an item with no GUID and no link."""
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
MAX_FEED_ITEMS = 10_000
"""The most items a feed is read with: each costs feedparser and ``_xml_item`` about 0.1 ms,
so a 10 MB answer of 740,000 empty ``<item></item>`` held ``feed add`` and every refresh for
minutes, for a refresh that takes 200 new items at most. Real feeds hold tens to a few
thousand."""
MAX_FEED_ELEMENTS = 100_000
"""The most XML elements a feed is read with: feedparser's Python handlers cost about 40 us
an element, and 10 MB holds 2.6 million ``<x/>``. A 10 MB feed of real articles has about
35,000 (the HTML of their text, inside CDATA or escaped, is not counted)."""


class FeedParseError(Exception):
    """Not a usable feed; the message says why, in one line."""


class NotAFeed(FeedParseError):
    """An HTML page where a feed was expected, with the feeds it links to."""

    def __init__(self, alternates: list[str]) -> None:
        named = '; it names no feed in <link rel="alternate">' if not alternates else ""
        super().__init__(f"an HTML page, not a feed{named}")
        self.alternates = alternates

    def __reduce__(self) -> tuple[type[NotAFeed], tuple[list[str]]]:
        """Rebuilt from its feeds, as when it comes back from a parsing process."""
        return NotAFeed, (self.alternates,)


@dataclass(slots=True)
class FeedItem:
    """One item as the feed states it, its text already plain."""

    guid: str
    title: str = ""
    link: str = ""
    author: str = ""
    date: str = ""  # ISO date as the feed dates it (its own time zone), "" if undated
    date_in_utc: bool = False  # the feed wrote it in UTC, maybe not the outlet's own zone
    content: str = ""  # the full text, when the feed carries it
    summary: str = ""
    stamp: str = ""  # changes whenever the feed's version of the item changes
    earlier_authors: tuple[str, ...] = ()  # what earlier versions misread as its author


@dataclass(slots=True)
class ParsedFeed:
    title: str = ""
    site_url: str = ""
    items: list[FeedItem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    counted: int | None = None  # the items the feed holds, where only its first were read

    def count(self) -> int:
        """How many items the feed holds: those read, or all it was counted to hold."""
        return len(self.items) if self.counted is None else self.counted


def looks_like_html(data: bytes, content_type: str = "") -> bool:
    return content_type in ("text/html", "application/xhtml+xml") or sniffs_as_html(data)


def alternate_feeds(data: bytes, base_url: str) -> list[str]:
    """The feeds an HTML page names in ``<link rel="alternate" type="...">``, in page order."""
    import lxml.html

    try:
        tree = lxml.html.document_fromstring(data)
    except (ValueError, lxml.etree.ParserError):
        return []
    found: list[str] = []
    for link in tree.iter("link"):
        rels = (link.get("rel") or "").lower().split()
        kind = (link.get("type") or "").split(";")[0].strip().lower()
        href = (link.get("href") or "").strip()
        if "alternate" in rels and kind in FEED_TYPES and href:
            url = urljoin(base_url, href)
            if url not in found:
                found.append(url)
    return found


def parse_feed(
    data: bytes, url: str, content_type: str = "", charset: str = "", first: int | None = None
) -> ParsedFeed:
    """The feed in ``data`` (fetched from ``url``, ``charset`` what its Content-Type says);
    FeedParseError when it is none. ``first``: only the first so many items are read, the
    rest counted (``ParsedFeed.count``): what ``feed add`` says of a feed, its title and how
    many items it holds, took 19 s for 10,000 items, nearly all of it feedparser's."""
    if not data.strip():
        raise FeedParseError("empty response")
    if looks_like_html(data, content_type):
        raise NotAFeed(alternate_feeds(data, url))
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if head in (b"{", b"["):
        _refuse_crowded_elements(data)
        parsed = _parse_json_feed(data)
    else:
        parsed = _parse_xml_feed(data, url, content_type, charset, first)
    parsed.site_url = _address(parsed.site_url)
    _known_by_links(parsed.items)
    parsed.warnings.extend(_apart_at_shared_links(parsed.items))
    _apart_when_alike(parsed.items)
    _undate_the_future(parsed)
    return parsed


def published_by_now(date: str) -> bool:
    """Whether an ISO ``date`` can be the day something was published: not after tomorrow
    (UTC: the world's time zones run up to 14 hours ahead of it). A feed or page dated 2100,
    or next month, has a broken clock or a typo: stored, that date sorted the article above
    every other for good, and dated its statements and its citation."""
    latest = (datetime.now(timezone.utc) + timedelta(days=1)).date().isoformat()
    return date[:10] <= latest


def _undate_the_future(parsed: ParsedFeed) -> None:
    """Leave undated the items dated after tomorrow, or before any news article
    (``dates.EARLIEST_YEAR``: an Atom feed's "0001-01-01T00:00:00Z"), and say so (an undated
    article is listed undated; a wrong date is cited)."""
    earliest = f"{EARLIEST_YEAR:04d}"
    for when, dated in (
        ("after today", [item for item in parsed.items if not published_by_now(item.date)]),
        (f"before {earliest}", [item for item in parsed.items if item.date[:4] < earliest]),
    ):
        dated = [item for item in dated if item.date]
        if dated:
            dates = ", ".join(sorted({item.date for item in dated})[:3])
            count = f"{len(dated)} items are" if len(dated) > 1 else "1 item is"
            parsed.warnings.append(f"{count} dated {when} ({dates}): left undated")
        for item in dated:
            item.date = ""


# -- XML through feedparser ----------------------------------------------------------------


def refuse_entity_declarations(data: bytes, headers: dict[str, str] | None = None) -> bytes:
    """FeedParseError if the XML declares entities (expansion, "billion laughs", external files)
    or its declaration names no encoding (a NUL in the name raised out of feedparser).

    Looked for in the document decoded to UTF-8 as feedparser decodes it, anywhere: in UTF-16,
    or after a "]" in a comment, a declaration escapes a pattern on the raw bytes; and one
    inside a comment is lifted out by feedparser's DOCTYPE rewriting, then expanded by its
    fallback parser. OPML files go through the same check (lxml expands a UTF-16 file's
    entities even when told not to resolve them). Returns that UTF-8 document."""
    from feedparser.encodings import convert_to_utf8

    try:
        utf8: bytes = convert_to_utf8(dict(headers or {}), data, {})
    except (ValueError, UnicodeError):  # a NUL or a byte not UTF-8 in the declared name
        raise FeedParseError(
            "malformed XML (the encoding its declaration names is no encoding's name)"
        ) from None
    if b"<!ENTITY" in utf8:
        raise FeedParseError("refused: the XML declares entities (expansion or external files)")
    return utf8


def _refuse_crowded_elements(utf8: bytes) -> None:
    """FeedParseError if an element has more attributes than any parser here can take in
    time: feedparser looks each one up among those before it (100,000 held a refresh for
    over two minutes), and an item's HTML goes through lxml, which does the same."""
    most = most_attributes(utf8.decode("utf-8", "replace"))
    if most > MAX_ELEMENT_ATTRIBUTES:
        raise FeedParseError(
            f"refused: an element with too many attributes ({most:,}, at most "
            f"{MAX_ELEMENT_ATTRIBUTES:,})"
        )


def _parse_xml_feed(
    data: bytes, url: str, content_type: str, charset: str, first: int | None = None
) -> ParsedFeed:
    import feedparser

    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    codec = served_codec(charset, data) if charset else None
    if codec is not None:  # only a text encoding: "undefined" raised out of feedparser
        content_type = f"{content_type or 'application/xml'}; charset={codec}"
        headers["content-type"] = content_type
    if _is_utf8_declared_otherwise(data, content_type):
        headers["content-type"] = f"{content_type or 'application/xml'}; charset=utf-8"
    utf8 = refuse_entity_declarations(data, headers)
    counted = _refuse_too_many_elements(utf8)
    _refuse_crowded_elements(utf8)
    cut = _first_items(utf8, first) if first is not None and counted > first else None
    whole = utf8
    if cut is not None:  # parsed as the UTF-8 document its items were cut from
        data = utf8 = cut
        headers["content-type"] = "application/xml; charset=utf-8"
    replaced = _with_replacement_references(utf8)
    spaced = _with_ascii_spaces_in_namespaces(replaced or utf8)
    replaced = spaced or replaced
    if replaced is not None:  # parsed as the UTF-8 document it was mended in
        data = replaced
        headers["content-type"] = "application/xml; charset=utf-8"
    # A file object, never bytes: feedparser opens bytes naming a file ("/dev/zero") as one.
    parsed = feedparser.parse(
        io.BytesIO(data), response_headers=headers, sanitize_html=False, resolve_relative_uris=False
    )
    entries = parsed.get("entries") or []
    channel = parsed.get("feed") or {}
    warnings = []
    # the items cut out are read by the refresh: what it will find in them is said now
    read_in_all = counted if cut is not None else len(entries)
    if parsed.get("bozo") and not _about_headers(parsed.get("bozo_exception")):
        problem = _xml_problem(parsed.get("bozo_exception"))
        if not entries and not channel.get("title"):
            raise FeedParseError(f"not a feed: malformed XML ({problem})")
        if entries:
            read = "item read" if read_in_all == 1 else "items read"
            warnings.append(f"malformed XML ({problem}); {read_in_all} {read} anyway")
    elif cut is not None and entries and (problem := _malformed_after_the_first(whole)):
        warnings.append(f"malformed XML ({problem}); {read_in_all} items read anyway")
    if not entries and not channel and parsed.get("version", "") == "":
        raise FeedParseError("not a feed (no RSS, Atom or JSON Feed document)")
    items = [_xml_item(entry, url) for entry in entries]
    return ParsedFeed(
        title=_plain(channel.get("title", "")),
        site_url=str(channel.get("link", "") or ""),
        items=items,
        warnings=warnings,
        counted=counted if cut is not None else None,
    )


_TEXT_SECTION = re.compile(rb"<!\[CDATA\[|<!--")
_ITEM_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?:item|entry)[\s/>]")


_ITEM_END = re.compile(rb"</(?:[A-Za-z_][\w.-]*:)?(?:item|entry)\s*>")


def _first_items(utf8: bytes, first: int) -> bytes | None:
    """The document with its items after the ``first`` cut out (what follows the last item,
    the closing of its channel and root, kept), or None where the items cannot be told
    apart on the bytes (one after the last item's end tag: an empty ``<entry/>``)."""
    starts: list[int] = []
    last_end = -1
    for start, end in _markup_spans(utf8):
        starts.extend(match.start() for match in _ITEM_TAG.finditer(utf8, start, end))
        for match in _ITEM_END.finditer(utf8, start, end):
            last_end = match.end()
    if len(starts) <= first or not starts[first] < last_end or starts[-1] > last_end:
        return None
    return utf8[: starts[first]] + utf8[last_end:]


def _malformed_after_the_first(utf8: bytes) -> str:
    """Where the whole document (its first items read well-formed) is malformed XML, as the
    refresh's parser will find it ("line 7: undefined entity"), or "": ``feed add`` read its
    first 200 items alone and said nothing of a fault in the 9,800 after them, which every
    refresh then warned of. Expat alone, with no handler (the cost of the items' reading is
    feedparser's Python), on the document mended and stripped of its DOCTYPE as the
    refresh's reading mends and strips it."""
    import xml.parsers.expat

    from feedparser.sanitizer import replace_doctype

    mended = _with_replacement_references(utf8) or utf8
    mended = _with_ascii_spaces_in_namespaces(mended) or mended
    _version, data, _entities = replace_doctype(mended)
    parser = xml.parsers.expat.ParserCreate(None, " ")  # names read as feedparser's reader
    try:
        parser.Parse(data, True)
    except xml.parsers.expat.ExpatError as error:
        return f"line {error.lineno}: {xml.parsers.expat.ErrorString(error.code)}"
    return ""


def _refuse_too_many_elements(utf8: bytes) -> int:
    """FeedParseError if the document holds more items or elements than ``MAX_FEED_ITEMS``
    and ``MAX_FEED_ELEMENTS``: counted on the bytes before any parser runs (a few
    milliseconds a megabyte), so such a feed is refused at once, not parsed for minutes.
    The items counted."""
    items = elements = 0
    for start, end in _markup_spans(utf8):
        opened = utf8.count(b"<", start, end) - utf8.count(b"</", start, end)
        elements += opened - utf8.count(b"<!", start, end) - utf8.count(b"<?", start, end)
        items += len(_ITEM_TAG.findall(utf8, start, end))
    if items > MAX_FEED_ITEMS:
        raise FeedParseError(f"refused: too many items ({items:,}, at most {MAX_FEED_ITEMS:,})")
    if elements > MAX_FEED_ELEMENTS:
        raise FeedParseError(
            f"refused: too many XML elements ({elements:,}, at most {MAX_FEED_ELEMENTS:,})"
        )
    return items


def _markup_spans(utf8: bytes) -> Iterator[tuple[int, int]]:
    """The stretches of the document outside its CDATA sections and comments, whose ``<``
    opens no element (an unclosed one runs to the end)."""
    done = 0
    for opening in _TEXT_SECTION.finditer(utf8):
        if opening.start() < done:
            continue
        yield done, opening.start()
        close = b"-->" if opening.group() == b"<!--" else b"]]>"
        end = utf8.find(close, opening.end())
        if end < 0:
            return
        done = end + len(close)
    yield done, len(utf8)


_CHARACTER_REFERENCE = re.compile(rb"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));")


def _names_no_character(reference: re.Match[bytes]) -> bool:
    """Whether a character reference names a lone surrogate or a number past U+10FFFF."""
    hexadecimal, decimal = reference.groups()
    digits = (hexadecimal or decimal).lstrip(b"0")
    if len(digits) > 7:
        return True
    number = int(digits or b"0", 16 if hexadecimal else 10)
    return number > 0x10FFFF or 0xD800 <= number <= 0xDFFF


def _with_replacement_references(utf8: bytes) -> bytes | None:
    """The document with each reference to no character made one to U+FFFD, as HTML reads
    it, or None when it holds none: feedparser's fallback parser raised on them
    (UnicodeEncodeError, ValueError, OverflowError) out of every caller."""
    if not any(map(_names_no_character, _CHARACTER_REFERENCE.finditer(utf8))):
        return None
    return _CHARACTER_REFERENCE.sub(
        lambda found: b"&#xFFFD;" if _names_no_character(found) else found.group(), utf8
    )


_NAMESPACE_DECLARATION = re.compile(rb"""(xmlns(?::[^\s=>]+)?\s*=\s*)("[^"]*"|'[^']*')""")


def _with_ascii_spaces_in_namespaces(utf8: bytes) -> bytes | None:
    """The document with each Unicode space (no-break, ideographic...) in a namespace name
    made an ASCII one, or None when none holds one: Python's SAX reader splits the names
    expat gives it at any whitespace, and feedparser's strict parser raised ValueError on
    the pieces. Expat refuses an ASCII space there, so the document is read as any other
    malformed XML: by the fallback parser, with a warning."""
    names = [found[2].decode("utf-8", "replace") for found in _NAMESPACE_DECLARATION.finditer(utf8)]
    if not any(not c.isascii() and c.isspace() for name in names for c in name):
        return None

    def spaced(declaration: re.Match[bytes]) -> bytes:
        name = declaration[2].decode("utf-8", "replace")
        return declaration[1] + "".join(" " if c.isspace() else c for c in name).encode()

    return _NAMESPACE_DECLARATION.sub(spaced, utf8)


_XML_ENCODING = re.compile(rb"\s*<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._:-]{1,40})")


def _is_utf8_declared_otherwise(data: bytes, content_type: str) -> bool:
    """Whether a feed's XML declaration names a legacy encoding while its bytes are UTF-8 all
    the same (a feed converted to UTF-8 that still says ISO-8859-1 or windows-1251). Read as
    declared, "Lê Hoài" came in as "LÃª HoÃ i"; legacy bytes that happen to be valid UTF-8
    are rare, so UTF-8 goes before the declaration, as it does for an imported page (and, as
    there, says nothing: the text is read as written). A charset the server states is taken
    as stated."""
    if "charset" in content_type.lower() or data.isascii():
        return False
    declaration = _XML_ENCODING.match(data)
    if declaration is None:
        return False
    try:
        if codecs.lookup(declaration[1].decode("ascii")).name.startswith("utf"):
            return False  # UTF-8, or a UTF-16 feedparser tells by its bytes
    except LookupError:
        pass  # a name no codec has: UTF-8 bytes are read as UTF-8 all the more
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _about_headers(error: object) -> bool:
    """feedparser's complaints about the HTTP headers, not about the document."""
    import feedparser

    return isinstance(error, (feedparser.NonXMLContentType, feedparser.CharacterEncodingOverride))


def _xml_item(entry: Any, base_url: str) -> FeedItem:
    contents = entry.get("content") or []
    content = "\n\n".join(html_text(str(c.get("value", ""))) for c in contents).strip()
    summary = html_text(str(entry.get("summary", "") or ""))
    if content == summary:
        summary = ""
    link = str(entry.get("link", "") or "").strip()
    author = _xml_author(entry)
    date, in_utc = _xml_date(entry)
    item = FeedItem(
        guid=str(entry.get("id", "") or "").strip(),
        title=_plain(entry.get("title", "")),
        link=urljoin(base_url, link) if link else "",
        author=author,
        date=date,
        date_in_utc=in_utc,
        content=content,
        summary=summary,
        earlier_authors=_earlier_authors(entry, author),
    )
    return _finished(item, str(dict.get(entry, "updated", "") or ""))


_ADDRESS = r"[^\s@()<>]+@[^\s@()<>]+"
_ADDRESS_THEN_NAME = re.compile(rf"{_ADDRESS}\s*\((.+)\)")
_NAME_THEN_ADDRESS = re.compile(rf"(.+?)\s*(?:<{_ADDRESS}>|\({_ADDRESS}\))")
_ADDRESS_ALONE = re.compile(_ADDRESS)


def _xml_author(entry: Any) -> str:
    """The author's name: RSS writes "news@un.org (Jane Doe)", "Jane Doe <news@un.org>" or a
    bare address (feedparser gives an Atom author with an email as "Jane Doe (jane@un.org)");
    an address is no name to cite, so an item with only that has no author. Read here, not
    from feedparser's split, which cuts an address at a long top-level domain
    ("press@mofa.example (A)" gave the name "ple (A")."""
    author = _plain(entry.get("author", "")).strip()
    for shape in (_ADDRESS_THEN_NAME, _NAME_THEN_ADDRESS):
        named = shape.fullmatch(author)
        if named:
            return named.group(1).strip()
    if _ADDRESS_ALONE.fullmatch(author):
        return ""
    detail = entry.get("author_detail") or {}
    return author or _plain(detail.get("name", ""))


def _earlier_authors(entry: Any, author: str) -> tuple[str, ...]:
    """What earlier versions of diplotui stored as the item's author, where that is not the
    name ``author`` read now: feedparser's split of the author (the version before
    ``_xml_author``: "ple (Nguyen Van A"), and the whole text before that
    ("press@mofa.example (Nguyen Van A)"). A refresh corrects an article of the item whose
    author is still exactly one of them (``refresh._Refresh._correct_authors``)."""
    if not author:
        return ()
    whole = _plain(entry.get("author", ""))
    detail = entry.get("author_detail") or {}
    split = _plain(detail["name"]) if detail.get("name") else whole
    return tuple(dict.fromkeys(a for a in (split, whole) if a and a != author))


def _xml_date(entry: Any) -> tuple[str, bool]:
    """The item's date in the feed's own time zone (feedparser's parsed times are UTC), and
    whether that zone is UTC (:func:`written_in_utc`)."""
    for key in ("published", "updated", "created"):
        # dict.get: feedparser's own get() maps "updated" to "published" with a warning
        raw = str(dict.get(entry, key, "") or "").strip()
        if raw:
            stated = _date_from_text(raw)
            if stated:
                return stated, written_in_utc(raw)
        parsed = dict.get(entry, f"{key}_parsed")
        if parsed and _says(raw, parsed.tm_year, parsed.tm_mon, parsed.tm_mday):
            return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}", False
    return "", False


_UTC_ZONE = re.compile(r"(?:\b(?:GMT|UTC|UT)|[+-]00:?00|\dZ)\s*$", re.I)


def written_in_utc(raw: str) -> bool:
    """Whether a feed writes a date with its time in UTC ("+0000", as WordPress writes every
    item's, "GMT", ISO's "Z"): a zone that need not be the outlet's, whose morning in Hanoi or
    Wellington is the day before in UTC."""
    return bool(_UTC_ZONE.search(raw))


def _says(raw: str, year: int, month: int, day: int) -> bool:
    """Whether feedparser's reading of a date the standard parsers could not read is one the
    text states: its year, day and month written in it. feedparser reads more formats, but
    rolls a day no calendar has over ("2025-13-45" as 2026-01-01, "2025-02-29" as March 1)
    and guesses at others ("2025/07/04" as December 1, "1735689600" as 2017-12-22): a wrong
    date is cited and sorts the article, where no date is only a gap."""
    if f"{year:04d}{month:02d}{day:02d}" in raw:
        return True  # "20250704", ISO 8601's basic format
    numbers = {int(number) for number in re.findall(r"\d+", raw)}
    month_named = not raw.isascii() or MONTH_NAMES[month - 1][:3].lower() in raw.lower()
    return year in numbers and day in numbers and (month in numbers or month_named)


_RFC822_YEAR = re.compile(r"\b\d{1,2}\s+[A-Za-z]+\.?\s+(\d+)\b")
"""An RFC 822 date's day, month and year, the year as written."""


def _date_from_text(raw: str) -> str:
    """An RFC 822 or ISO 8601 date as the ISO date it names, or "" (also when no calendar
    has it, and for a year under 100 written in full: the standard parser reads any year
    under 100 as a two-digit one, so Go's zero time, "Mon, 01 Jan 0001", the date Hugo and
    other generators give an undated item, was cited as 2001)."""
    try:
        when = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        pass
    else:
        written = _RFC822_YEAR.search(raw)
        if written and len(written[1]) > 2 and int(written[1]) != when.year:
            return ""
        return when.date().isoformat()
    try:
        return datetime.fromisoformat(raw.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        match = re.match(r"\d{4}-\d{2}-\d{2}|\d{4}(?:-\d{2})?$", raw)  # a month, a year
        stated = match.group() if match else ""
        return stated if is_valid_date(stated) else ""  # "2025-13-45" is no date to cite


# -- JSON Feed -------------------------------------------------------------------------------


def _parse_json_feed(data: bytes) -> ParsedFeed:
    try:
        document = json.loads(data)
    except (ValueError, RecursionError) as error:
        raise FeedParseError(f"not a feed: invalid JSON ({_first_line(error)})") from None
    if not isinstance(document, dict) or not str(document.get("version", "")).startswith(
        _JSON_FEED_VERSION
    ):
        raise FeedParseError("not a feed: JSON without a JSON Feed version")
    raw_items = document.get("items")
    if not isinstance(raw_items, list):
        raise FeedParseError("not a feed: the JSON Feed has no items list")
    if len(raw_items) > MAX_FEED_ITEMS:
        raise FeedParseError(
            f"refused: too many items ({len(raw_items):,}, at most {MAX_FEED_ITEMS:,})"
        )
    items = [_json_item(raw) for raw in raw_items if isinstance(raw, dict)]
    warnings = []
    if len(items) < len(raw_items):
        skipped = len(raw_items) - len(items)
        are = "item is not a JSON object" if skipped == 1 else "items are not JSON objects"
        warnings.append(f"{skipped} {are} (skipped)")
    return ParsedFeed(
        title=_plain(_text(document.get("title"))),
        site_url=_text(document.get("home_page_url")),
        items=items,
        warnings=warnings,
    )


def _json_item(raw: dict[str, Any]) -> FeedItem:
    content = html_text(_text(raw.get("content_html"))) or _paragraphs(
        _text(raw.get("content_text"))
    )
    authors = raw.get("authors")
    listed: list[Any] = authors if isinstance(authors, list) else [raw.get("author")]
    names = [clean_field(_text(a.get("name"))) for a in listed if isinstance(a, dict)]
    stated = _text(raw.get("date_published")) or _text(raw.get("date_modified"))
    item = FeedItem(
        guid=_text(raw.get("id")),
        title=_plain(_text(raw.get("title"))),
        link=_text(raw.get("url")) or _text(raw.get("external_url")),
        author=", ".join(name for name in names if name)[:ONE_LINE_CHARS],
        date=_date_from_text(stated),
        date_in_utc=written_in_utc(stated),
        content=content,
        summary=_paragraphs(_text(raw.get("summary"))),
    )
    return _finished(item, _text(raw.get("date_modified")))


def _text(value: Any) -> str:
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return without_surrogates(str(value)).strip()
    return ""


# -- shared ------------------------------------------------------------------------------------


def _finished(item: FeedItem, updated: str) -> FeedItem:
    """Stamp the item with what it says, and give it an identity when the feed gave none
    (one of a manageable size when it gave a huge one)."""
    item.link = _address(item.link)
    if len(item.guid) > MAX_ADDRESS_CHARS:
        item.guid = "guid-sha256:" + hashlib.sha256(item.guid.encode("utf-8")).hexdigest()
    said = "\x1f".join((item.title, item.link, item.date, updated, item.content, item.summary))
    item.stamp = hashlib.sha256(said.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    if not item.guid:
        item.guid = item.link or _identity(item)
    return item


def _identity(item: FeedItem) -> str:
    """What an item the feed gives neither a GUID nor a link is known by: its title and the
    day it is dated (without a title, its first words), as a reader tells two such items
    apart. It was known by all it says, so every edit of its text came in as one more
    article; now an edit updates the article (a new title, or a new day, is a new item)."""
    text = item.content or item.summary
    named = item.title or " ".join(text.split()[:IDENTITY_WORDS])
    said = "\x1f".join((" ".join(named.split()).casefold(), item.date[:10]))
    return BY_TITLE + hashlib.sha256(said.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _address(link: str) -> str:
    """The link, or "" when it is too long to be an address."""
    return link if len(link) <= MAX_ADDRESS_CHARS else ""


def _known_by_links(items: list[FeedItem]) -> None:
    """Items given one GUID with different links are known by their links: a generator that
    gives every item the same GUID would have each new story on top replace the text of the
    article stored under it (the same GUID and link still name one item, the first kept)."""
    links: dict[str, set[str]] = {}
    for item in items:
        links.setdefault(item.guid, set()).add(item.link)
    for item in items:
        if item.link and len(links[item.guid]) > 1:
            item.guid = item.link


def shared_links(items: list[FeedItem]) -> set[str]:
    """The links several items give (most often the outlet's front page): no one item's
    address."""
    counts = Counter(item.link for item in items if item.link)
    return {link for link, count in counts.items() if count > 1}


def links_apart_after_a_hash(items: list[FeedItem]) -> set[str]:
    """The links of items that differ from another item's only after "#": one page's
    anchors (a briefing's questions, a live page's entries, each item with its own text),
    none of them one item's address, as a link items share is none. Taken for the page's
    address, the second entry was "updated" into the first's article, whose text it
    replaced (its highlights orphaned), and the first entry was lost."""
    pages: dict[str, set[str]] = {}
    for item in items:
        if item.link and "#" in item.link:
            pages.setdefault(item.link.split("#", 1)[0], set()).add(item.link)
    for item in items:  # the page itself listed beside its anchors
        if item.link and item.link in pages:
            pages[item.link].add(item.link)
    return {link for links in pages.values() if len(links) > 1 for link in links}


def _apart_at_shared_links(items: list[FeedItem]) -> list[str]:
    """Items known by a link other items share, with no GUID of their own, are known by
    their titles and days instead: two stories of one day linking the front page were one
    item, the second dropped as its repeat. One line per shared link says so."""
    said = []
    for link in sorted(shared_links(items)):
        sharing = [item for item in items if item.link == link]
        if len({item.title for item in sharing}) < 2 and len({item.guid for item in sharing}) < 2:
            continue  # one story given twice: the first kept, as a repeated GUID is
        for item in sharing:
            if item.guid == link:
                item.guid = _identity(item)
        said.append(
            f"{len(sharing)} items share the link {link}: each is known by its GUID, else "
            "its title and day"
        )
    return said


def _apart_when_alike(items: list[FeedItem]) -> None:
    """Items ``_identity`` cannot tell apart (two "Briefing" items of one day) are known by
    all they say, as before: the second is never dropped as a repeat of the first."""
    stamps: dict[str, set[str]] = {}
    for item in items:
        if item.guid.startswith(BY_TITLE):
            stamps.setdefault(item.guid, set()).add(item.stamp)
    for item in items:
        if len(stamps.get(item.guid, ())) > 1:
            item.guid = "sha256:" + item.stamp


def html_text(markup: str) -> str:
    """Plain text of an HTML fragment, one paragraph per block, or "" for none."""
    markup = without_surrogates(markup)
    if "<" not in markup:
        import html

        return _paragraphs(html.unescape(markup))
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return _paragraphs(re.sub(r"<[^>]*>", " ", markup))
    return _paragraphs(_block_text(root))


def _block_text(root: Any) -> str:
    """The text under ``root``, each block set apart by a blank line: read, never written back,
    since lxml refuses to be given text holding control characters (an escape is data here)."""
    parts: list[str] = []
    stack: list[tuple[Any, bool]] = [(root, False)]  # (element, its end reached)
    while stack:  # a loop, not recursion: a hostile fragment may nest thousands deep
        element, ended = stack.pop()
        block = element.tag in _BLOCK_TAGS if isinstance(element.tag, str) else False
        if block:
            parts.append("\n\n")
        if ended:
            parts.append(element.tail or "")
            continue
        stack.append((element, True))
        # comments and processing instructions, scripts and styles say nothing to readers
        if isinstance(element.tag, str) and element.tag not in ("script", "style"):
            parts.append(element.text or "")
            stack.extend((child, False) for child in reversed(element))
    return "".join(parts)


def _paragraphs(text: str) -> str:
    """Whitespace folded inside paragraphs, paragraphs separated by one blank line."""
    blocks = re.split(r"\n\s*\n", text_to_store(text).replace("\r\n", "\n"))
    kept = (" ".join(_SPACES.sub(" ", block).split()) for block in blocks)
    return "\n\n".join(block for block in kept if block)


def _plain(value: Any) -> str:
    """A one-line text (title, author) from what may be HTML, at most ``ONE_LINE_CHARS``;
    "" for one with nothing visible (zero-width spaces), so the text's first line names it.
    Cleaned as ``meta`` cleans a field: a feed's escape sequences and controls were stored."""
    line = clean_field(html_text(str(value or "")))[:ONE_LINE_CHARS]
    return line if any(unicodedata.category(char)[0] not in "CZ" for char in line) else ""


def _xml_problem(error: object) -> str:
    """A parser's complaint with its line, as a person reads it ("line 7: undefined entity")."""
    line = getattr(error, "getLineNumber", None)
    message = getattr(error, "getMessage", None)
    if callable(line) and callable(message):
        return f"line {line()}: {message()}"
    return _first_line(error)


def _first_line(error: object) -> str:
    text = str(error or "").strip()
    return text.splitlines()[0][:160] if text else type(error).__name__
