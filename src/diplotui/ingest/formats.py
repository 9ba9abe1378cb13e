"""Recognise a file's format and turn it into article text plus citation metadata.

Plain text and Markdown keep the decoded text exactly (only Markdown front matter is cut off,
as a prefix, so offsets into the body stay exact); HTML pages are reduced to their main
article text by trafilatura, which knows far more boilerplate patterns than we could list.
"""

from __future__ import annotations

import json
import re
import shlex
import sys
from copy import deepcopy
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from diplotui.cite import clean_field, text_to_store, text_without_escapes
from diplotui.inert import without_surrogates
from diplotui.ingest.decode import IngestError, decode
from diplotui.ingest.metadata import (
    StatedDate,
    author_without_dates,
    byline_source,
    clean_title,
    dateline_date,
    guess_date,
    is_domain,
    labelled_byline_author,
    read_stated_date,
    site_from_title,
    source_from_text,
    title_from_text,
    within_limits,
    without_unsafe_url,
    years_named,
)
from diplotui.ingest.page_tree import (
    block_texts,
    nesting_depth,
    prepared_tree,
    with_block_breaks,
)
from diplotui.ingest.sidecar import Sidecar

TEXT = "text"
MARKDOWN = "markdown"
HTML = "html"
JSON = "json"

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
JSON_SUFFIXES = frozenset({".json", ".jsonld"})
TEXT_SUFFIXES = frozenset({".txt"})
READABLE_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES
"""What a folder import takes; a file named on its own is tried whatever its name."""

_FRONT_MATTER_RE = re.compile(
    r"\A(\ufeff?)---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M
)
_HTML_SNIFF_RE = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b",
    re.I | re.S,
)
_META_DATE_KEYS = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "date",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "sailthru.date",
)
MAX_HTML_ELEMENTS = 50_000  # about 10 s and 250 MB in trafilatura; news pages have a few thousand
MAX_FRONT_MATTER_CHARS = 100_000
"""The longest front matter read: an article's is a few lines; one of 5.5 MB took 22 s and
380 MB to read (YAML is read in Python), one of 20 MB would take minutes."""
MAX_HTML_DEPTH = 1_500
"""How deep a page's elements may nest: a news page nests a few dozen, an old one's unclosed
tags a few hundred; past 2,048 the parser, and the extractor a little before, silently drop
the rest of the page."""
MAX_ELEMENT_ATTRIBUTES = 2_000
"""The most attributes one element may have: each parser on the way (HTML, and feedparser's
XML) checks an attribute against every one before it (one ``<p>`` of 20,000 took 4 s, of
200,000 over five minutes); real elements have a few dozen."""
_START_TAG_RE = re.compile(r"""<[A-Za-z](?:[^>"']++|"[^"]*+"|'[^']*+')*+""")
_CODE_START_RE = re.compile(r"<script|<style|<!--", re.IGNORECASE)
_QUOTED_RE = re.compile(r""""[^"]*+"|'[^']*+'""")
_JSONLD_DATE_RE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')


@dataclass(slots=True)
class ParsedDocument:
    """An article ready for the store: its exact text and what a citation needs."""

    text: str
    title: str
    source: str = ""
    url: str = ""
    author: str = ""
    date: str = ""
    date_is_guess: bool = False
    tags: list[str] = field(default_factory=list)  # raw; the importer cleans them
    fetched_from: str = ""
    """Where a web page's bytes came from, redirects followed (``url`` may be its canonical
    link, which the page alone claims)."""
    source_from_byline: bool = False
    """``source`` was read from the byline under the headline ("The Star, July 26, 2025"),
    which the import's line says, with how to correct it: nothing but the text stated it."""
    read_as: str = ""
    """The legacy encoding the bytes were read in and why, for the import's report
    ("read as windows-1257 (detected)"); "" for UTF-8."""
    url_left_out: str = ""
    """Why the url the file states was not stored (no web address), for the import's line."""
    warnings: list[str] = field(default_factory=list)
    """What the import's line says about metadata the file states but that was not stored
    as written (a front-matter date no calendar has, or one that is only a guess)."""

    @property
    def said(self) -> str:
        """What the import's line adds after the file's name: the encoding, the warnings."""
        parts = (self.read_as, *self.warnings, self.url_left_out)
        return "; ".join(part for part in parts if part)

    def latest_year_named(self) -> int:
        """For an undated article's import line, the latest year its text names (0: none);
        0 too when dated, or when a date it stated was left out (its warning says so
        already: "no date stated" would be untrue)."""
        if self.date or self.warnings:
            return 0
        return max(years_named(self.text), default=0)


def unreadable_value(error: ValueError) -> str:
    """Why a parser refused a value, in the user's words: a number of more digits than
    Python reads (4,300) is said in Python's own otherwise, "... use
    sys.set_int_max_str_digits() to increase the limit", advice to a programmer."""
    if "digits" in str(error):
        return f"a number of over {sys.get_int_max_str_digits():,} digits"
    return str(error)


def sniffs_as_html(data: bytes) -> bool:
    """The bytes start like an HTML page (a doctype or ``<html>``, comments and an XHTML
    page's XML declaration aside: served as XML, such a page was read as a feed of nothing)."""
    return bool(_HTML_SNIFF_RE.match(data[:4096]))


_EXPORT_HEAD_RE = re.compile(
    rb'\A(?:\xef\xbb\xbf)?\s*\[?\s*\{\s*"(?:format"\s*:\s*"diplotui-export"|@context")'
)


def sniffs_as_export(head: bytes) -> bool:
    """The first bytes of a file start a diplotui export (its ``format`` first) or a W3C
    one (its ``@context`` first, or that of the first annotation of a list), as written."""
    return bool(_EXPORT_HEAD_RE.match(head))


_FEED_ROOT_RE = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:(?:<\?.*?\?>|<!--.*?-->|<!doctype[^>]*>)\s*)*<(rss|feed|rdf:rdf|opml)\b",
    re.I | re.S,
)


def serving_hint(path: Path) -> str:
    """How a feed saved as a file is read: feeds are read at a web address (their items'
    pages are fetched from there), so its folder is served first."""
    return f"serve its folder (cd {shlex.quote(str(path.parent))} && python3 -m http.server 8000)"


def served_address(path: Path) -> str:
    """Where the file is read once :func:`serving_hint` served its folder."""
    return f"http://127.0.0.1:8000/{quote(path.name)}"


def _subscribing(path: Path) -> str:
    """The way to a saved feed's items, in the app and the command line alike (the app's
    ``I`` shows an import's failures too)."""
    return (
        f"{serving_hint(path)}, then subscribe to {served_address(path)} "
        "(diplotui feed add URL, A in the app)"
    )


def refuse_feed_file(path: Path, data: bytes) -> None:
    """IngestError when ``data`` is a feed or a list of feeds, which hold no article: read as
    text, a saved RSS file became one article of raw XML titled ``<?xml version="1.0"?>``."""
    head = data[:4096]
    found = _FEED_ROOT_RE.match(head)
    if found is None:
        if head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{" and b"jsonfeed.org/version/" in head:
            raise IngestError(f"a news feed (JSON Feed), not an article: {_subscribing(path)}")
        return
    if found.group(1).lower() == b"opml":
        listed = shlex.quote(str(path))
        raise IngestError(f"a list of feeds (OPML), not an article: diplotui feed import {listed}")
    raise IngestError(f"a news feed, not an article: {_subscribing(path)}")


def detect_kind(path: Path, data: bytes) -> str:
    """By extension first, then by sniffing the first bytes (browsers save ``.html`` anyway)."""
    suffix = path.suffix.lower()
    if suffix in JSON_SUFFIXES:
        return JSON
    if suffix in HTML_SUFFIXES or sniffs_as_html(data):
        return HTML
    if suffix in MARKDOWN_SUFFIXES:
        return MARKDOWN
    if data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"["):
        try:
            json.loads(data)
        except ValueError:
            return TEXT
        return JSON
    return TEXT


def parse_document(
    path: Path, data: bytes, kind: str, sidecar: Sidecar | None = None
) -> ParsedDocument:
    """Decode and parse ``data`` (a ``TEXT``, ``MARKDOWN`` or ``HTML`` file's bytes), the
    details its ``sidecar`` states taking the place of the file's own."""
    decoded = decode(data, page=kind == HTML)
    text = text_to_store(decoded.text)
    if kind == HTML:
        doc = _parse_html(text, sidecar)
    elif kind == MARKDOWN:
        doc = _parse_markdown(text, sidecar)
    else:
        doc = ParsedDocument(text=text, title=title_from_text(text))
        doc = _with_text_metadata(doc, sidecar)
    doc.read_as = decoded.note
    return doc


def parse_html_page(data: bytes, charset: str = "") -> ParsedDocument:
    """A fetched page's bytes as an article; ``charset`` is what its Content-Type says."""
    decoded = decode(data, charset, page=True)
    doc = _parse_html(decoded.text)
    doc.read_as = decoded.note
    return doc


def _with_text_metadata(
    doc: ParsedDocument, sidecar: Sidecar | None = None, *, byline: bool = True
) -> ParsedDocument:
    """Take what a ``sidecar`` states over what the file does; fill source and date from the
    text itself where neither said anything (the outlet a plain text's ``byline`` names, not
    a page's, whose head names its site; a byline's date is warned about as a front
    matter's is, and one left out is not guessed back from its own year); replace lone
    surrogates (front matter may spell them as "\\ud800"), which no UTF-8 file can hold;
    keep the citation's fields within their limits."""
    if sidecar is not None:
        _take_sidecar(doc, sidecar)
    for name in ("text", "title", "source", "url", "author", "date"):
        setattr(doc, name, without_surrogates(getattr(doc, name)))
    within_limits(doc)
    doc.url_left_out = without_unsafe_url(doc)
    doc.tags = [without_surrogates(tag) for tag in doc.tags]
    if not doc.title:
        raise IngestError("no title (the file has no line with words in it)")
    if not doc.source:
        doc.source = source_from_text(doc.text)
    if not doc.source and byline:
        doc.source = byline_source(doc.text)
        doc.source_from_byline = bool(doc.source)
    if doc.date:
        return doc
    dateline = dateline_date(doc.text)
    doc.date, doc.date_is_guess = dateline.iso, dateline.is_guess
    if dateline.warning:
        if dateline.warning not in doc.warnings:  # a front matter's date left out, said once
            doc.warnings.append(dateline.warning)
    elif not doc.date:
        doc.date = guess_date(doc.text)
        doc.date_is_guess = bool(doc.date)
    return doc


def _take_sidecar(doc: ParsedDocument, sidecar: Sidecar) -> None:
    for name, value in sidecar.text.items():
        setattr(doc, name, value)
    if sidecar.date is not None:
        doc.date, doc.date_is_guess = sidecar.date.iso, sidecar.date.is_guess
        if sidecar.date.warning:
            doc.warnings.append(f"its sidecar's {sidecar.date.warning.removeprefix('its ')}")
    doc.tags = [*doc.tags, *sidecar.tags]


def _as_text(value: Any) -> str:
    if value is None or isinstance(value, (dict, list)):
        return ""
    return str(value).strip()


def _as_tags(value: Any) -> list[str]:
    """Front-matter tags as written ("a, b" or a list); ``tags.parse_tags`` splits and cleans."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [_as_text(item) for item in value]
    return []


def _iso_date(value: str) -> str:
    """The date a page's head states, as ISO, or "": one it states ambiguously ("04/07/2025")
    or not at all as a calendar date ("2025-13-45") is passed over for the next it states."""
    stated = read_stated_date(value)
    return "" if stated.is_guess else stated.iso


def _front_matter_date(value: Any) -> StatedDate:
    if isinstance(value, (dict, list)):
        return StatedDate(warning="its date is a list or a mapping, not a date: left out")
    return read_stated_date(_as_text(value))


@cache
def _front_matter_loader() -> type:
    """YAML's safe loader, but a date kept as the text it is written as: YAML's own reading
    failed the whole file on "2025-02-30" and left "2025-7-4" unread, and the importer reads
    dates (``read_stated_date``) and says what it could not."""
    import yaml

    class FrontMatterLoader(yaml.SafeLoader):
        pass

    def as_written(loader: yaml.SafeLoader, node: yaml.Node) -> str:
        return str(loader.construct_scalar(node))  # type: ignore[arg-type]

    FrontMatterLoader.add_constructor("tag:yaml.org,2002:timestamp", as_written)
    return FrontMatterLoader


def _parse_markdown(text: str, sidecar: Sidecar | None = None) -> ParsedDocument:
    match = _FRONT_MATTER_RE.match(text)
    meta: dict[str, Any] = {}
    body = text
    if match:
        import yaml

        if len(match.group(2)) > MAX_FRONT_MATTER_CHARS:
            raise IngestError(
                f"front matter of {len(match.group(2)):,} characters (at most "
                f"{MAX_FRONT_MATTER_CHARS:,}): not an article's"
            )

        try:
            loaded = yaml.load(match.group(2), Loader=_front_matter_loader())
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            where = f" at line {mark.line + 2}" if mark is not None else ""
            raise IngestError(f"invalid front matter{where}") from error
        except ValueError as error:
            raise IngestError(f"invalid front matter: {unreadable_value(error)}") from error
        except RecursionError as error:  # was "cannot parse (RecursionError: ...)"
            raise IngestError("invalid front matter: nested too deeply") from error
        if loaded is not None and not isinstance(loaded, dict):
            raise IngestError("invalid front matter (not a list of key: value lines)")
        meta = {str(k).lower(): v for k, v in (loaded or {}).items()}
        body = text[match.end() :]
    if not body.strip():
        raise IngestError("empty file (front matter but no text)")
    stated = _front_matter_date(meta.get("date"))
    doc = ParsedDocument(
        text=body,
        title=_as_text(meta.get("title")) or title_from_text(body),
        source=_as_text(meta.get("source")),
        url=_as_text(meta.get("url")),
        author=_as_text(meta.get("author")),
        date=stated.iso,
        date_is_guess=stated.is_guess,
        tags=_as_tags(meta.get("tags")),
        warnings=[stated.warning] if stated.warning else [],
    )
    return _with_text_metadata(doc, sidecar)


@dataclass(slots=True)
class _PageHead:
    """What a page's head states itself: its publication date (ISO, or ""), its title and
    its canonical link as written."""

    date: str = ""
    title: str = ""
    canonical: str = ""


def _page_head(html: str) -> _PageHead:
    """The publication date a page states in its meta tags or JSON-LD, its ``<title>`` and
    its ``<link rel="canonical">``."""
    import lxml.html

    try:
        tree = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return _PageHead()
    title = tree.findtext(".//title") or ""
    canonical = next(
        (
            (link.get("href") or "").strip()
            for link in tree.iter("link")
            if "canonical" in (link.get("rel") or "").lower().split()
        ),
        "",
    )
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        content = meta.get("content") or ""
        if key in _META_DATE_KEYS and content and key not in found:
            found[key] = content
    for key in _META_DATE_KEYS:
        if key in found and _iso_date(found[key]):
            return _PageHead(_iso_date(found[key]), title, canonical)
    match = _JSONLD_DATE_RE.search(html)
    return _PageHead(_iso_date(match.group(1)) if match else "", title, canonical)


def _page_url(extracted: str, canonical: str) -> str:
    """The page's address: the extractor's reading of its canonical link, but the link as
    written when its query holds a word without "=" ("news.php?101"), which the extractor
    drops: an older CMS's articles were all stored as "news.php", cited at an address that is
    none of them, and taken for one article."""
    if _UNFIT_IN_ADDRESS.search(canonical):
        return extracted
    try:
        parts = urlsplit(canonical)
    except ValueError:  # an unreadable host or port
        return extracted
    bare = any(word and "=" not in word for word in parts.query.split("&"))
    return canonical if bare and parts.scheme in ("http", "https") and parts.netloc else extracted


_UNFIT_IN_ADDRESS = re.compile("[\x00-\x20\x7f]")


def _check_html_size(html: str) -> None:
    """Refuse pages whose element count would make parsing take minutes and gigabytes (a
    million ``<p>`` took 174 s and 1.4 GB); real article pages have a few thousand."""
    tags = html.count("<") - html.count("</")  # opening tags, counted without a parse
    if tags > MAX_HTML_ELEMENTS:
        raise IngestError(
            f"too many HTML elements ({tags:,}, at most {MAX_HTML_ELEMENTS:,}): not an article page"
        )
    attributes = most_attributes(html)
    if attributes > MAX_ELEMENT_ATTRIBUTES:
        raise IngestError(
            f"an element with too many attributes ({attributes:,}, at most "
            f"{MAX_ELEMENT_ATTRIBUTES:,}): not an article page"
        )


def most_attributes(html: str) -> int:
    """The most attributes a start tag of a page or feed has, counted without a parse (quoted
    values set aside, a ``>`` in them too); only tags long enough to hold that many count."""
    most = 0
    for match in _START_TAG_RE.finditer(_without_code(html)):
        if match.end() - match.start() > 2 * MAX_ELEMENT_ATTRIBUTES:
            most = max(most, len(_QUOTED_RE.sub(" ", match.group()).split()) - 1)
    return most


def _without_code(html: str) -> str:
    """The page without its scripts, styles and comments, whose ``a<b`` is no tag (in one
    pass: an unclosed one runs to the end)."""
    lowered = html.lower()
    kept: list[str] = []
    done = 0
    for match in _CODE_START_RE.finditer(html):
        if match.start() < done:
            continue
        kept.append(html[done : match.start()])
        opened = match.group().lower()
        close = "-->" if opened == "<!--" else "</" + opened[1:]
        end = lowered.find(close, match.end())
        done = len(html) if end < 0 else end + len(close)
    kept.append(html[done:])
    return " ".join(kept)


def _page_author(tree: Any, extracted: str) -> str:
    """The author the page names: its labelled byline's, whole, where the extractor's author
    is read from that byline ("Press Release: New Zealand Government" became "Press Release
    New Zealand Government" in every citation), else the extractor's without its dates."""
    from trafilatura.htmlprocessing import prune_unwanted_nodes
    from trafilatura.json_metadata import normalize_authors
    from trafilatura.metadata import extract_metainfo
    from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS, AUTHOR_XPATHS

    if tree is not None and extracted:
        kept = prune_unwanted_nodes(deepcopy(tree), AUTHOR_DISCARD_XPATHS)
        byline = extract_metainfo(kept, AUTHOR_XPATHS, len_limit=120) or ""
        if normalize_authors(None, byline) == extracted:
            labelled = labelled_byline_author(clean_field(byline))
            if labelled:
                return labelled
    return author_without_dates(clean_field(extracted))


def _body_text(extracted: Any) -> str:
    """The article's text as its reader sees it. The extractor's text pass unescapes what the
    parse already decoded ("&amp;#27;", shown as "&#27;", came out an ESC; "&amp;amp;" an "&"),
    so the body's "&" go into that pass escaped and come out as written."""
    from trafilatura.xml import xmltotxt

    body = getattr(extracted, "body", None)
    if body is None:
        return getattr(extracted, "text", None) or ""
    for element in body.iter():
        if element.text:
            element.text = element.text.replace("&", "&amp;")
        if element.tail:
            element.tail = element.tail.replace("&", "&amp;")
    return xmltotxt(body, include_formatting=False)


def _parse_html(html: str, sidecar: Sidecar | None = None) -> ParsedDocument:
    """The page's article; escape sequences go before the parse, which drops their ESC alone
    and kept "Talks [31mresume", and the single-line fields are cleaned as a feed's are."""
    import trafilatura

    html = text_without_escapes(html)
    _check_html_size(html)
    tree = prepared_tree(html)
    if tree is not None and nesting_depth(tree) > MAX_HTML_DEPTH:
        raise IngestError(  # the parser stops at 2,048: a figure over it would not hold
            f"elements nested too deep (over {MAX_HTML_DEPTH:,} levels): not an article page"
        )
    extracted = trafilatura.bare_extraction(
        html if tree is None else tree,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        deduplicate=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = _body_text(extracted)
    if not text.strip():
        raise IngestError("no article text found in the HTML page")
    if tree is not None:
        text = with_block_breaks(text, block_texts(tree))
    head = _page_head(html)
    dateline = StatedDate(head.date) if head.date else dateline_date(text)
    found = getattr(extracted, "date", None) or ""
    site = clean_field(getattr(extracted, "sitename", None) or "")
    if not site or is_domain(site):  # no og:site_name or publisher: the extractor's fallback
        site = site_from_title(clean_field(head.title), site) or site
    title = clean_title(clean_field(getattr(extracted, "title", None) or ""), site)
    doc = ParsedDocument(
        text=text,
        title=title or title_from_text(text),
        source=site,
        url=_page_url((getattr(extracted, "url", None) or "").strip(), head.canonical),
        author=_page_author(tree, getattr(extracted, "author", None) or ""),
        date=dateline.iso or _iso_date(found),
        date_is_guess=dateline.is_guess if dateline.iso else bool(found),
    )
    return _with_text_metadata(doc, sidecar, byline=False)
