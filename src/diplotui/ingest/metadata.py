"""Citation metadata guessed from an article's own text: title, source credit and date.

A saved page often starts with a section banner ("14TH NATIONAL CONGRESS OF THE COMMUNIST
PARTY OF VIETNAM") or the site's name before the headline, and titles carry the site's name
as a tail ("... | Site", "... – Breaking News"): both are left out of the title.

A date printed in full at the top of the article (a byline such as "Tuesday, March 13, 2018
10:25", or the news dateline a first paragraph opens with: "DOHA, July 20, 2025 — ...") is the
article's date. Otherwise news agency copy rarely carries a full date: World &
Vietnam Report articles open with a dateline such as "On July 18" and mention years elsewhere,
so the date is a best guess, marked ``date_is_guess`` for the citation to say so. Only a
dateline near the top counts: a date quoted in the body ("a directive issued on December 2,
2008") is not the article's. With no dateline, a year is taken from the text only where it
leaves no doubt (``year_from_text``): else the article stays undated, and says so.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Protocol

from diplotui.cite import safe_url
from diplotui.dates import MONTH_NAMES, calendar_day, outside_article_years
from diplotui.inert import inert_words
from diplotui.model import ONE_LINE_CHARS

WVR_SOURCE = "World & Vietnam Report"
MAX_ADDRESS_CHARS = 8_192
"""The longest link or GUID taken as one: no common server takes a longer request line (8 KB
by default); a 2 MB ``data:`` link, stored as the article's URL and the item's identity, grew
the store by twice its size."""

# "WVR -", "WVR/VNA -", "WVR/ Reuters –" at the start of a line credit World & Vietnam Report.
_CREDIT_RE = re.compile(r"^\s*WVR(?:\s*/\s*[A-Za-z][\w .&]{0,30}?)?\s*[-–—:]", re.MULTILINE)
_MONTHS = [name.lower() for name in MONTH_NAMES]
_MONTH_RE = "|".join(MONTH_NAMES)
_DATELINE_RE = re.compile(
    rf"\b[Oo]n\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?"
    rf"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    rf"({_MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+((?:19|20)\d\d)\b)?"
)
_YEAR_RE = re.compile(r"(?<![\d.,/-])((?:19|20)\d\d)(?!\d)")
# The cues before a year are matched on the text before it read backwards, from the year
# out: one anchored match a year, where a search of the text before it for a cue ending at
# the year tried each of its 40 characters as the cue's start (a 280 KB text of years took
# 2.4 s). Each is the cue as read forwards, reversed: "in 2025" is "in" then spaces, read
# backwards spaces then "ni".
_MONTH_WORDS = (*MONTH_NAMES, *(month[:3] for month in MONTH_NAMES), "Sept")
_CUE_WORDS = (
    "in", "on", "since", "from", "until", "till", "to", "through", "by", "of", "for", "within",
    "before", "after", "during", "between", "and", "or", "early", "late", "end", "year",
    "years", "fiscal", "spring", "summer", "autumn", "fall", "winter", "a", "an", "the", "its",
    "their", "this", "last", "next",
)  # fmt: skip
_LABEL_WORDS = (
    "no", "nos", "number", "resolution", "decree", "article", "item", "page", "flight", "room",
)  # fmt: skip


def _backwards(words: tuple[str, ...]) -> str:
    """An alternation of ``words`` spelt backwards, longest first."""
    return "|".join(sorted((word[::-1] for word in words), key=len, reverse=True))


_MONTH_BACK = rf"\.?(?:{_backwards(_MONTH_WORDS)})"  # "Jan." backwards: ".naJ"
_DAY_BACK = r"(?:ts|dn|dr|ht)?\d{1,2}"  # "18th" backwards: "ht81"
_YEAR_CUE_BACK = re.compile(
    # a word saying a year follows, a comma after it or not: "in 2025", "July, 2025"
    rf"(?i:\s+,?(?:{_backwards(_CUE_WORDS)}|{_MONTH_BACK})\b"
    r"|\s+[a-z]+\s+eht\b"  # "the devastating 2022"
    r"|-dim\b"  # "mid-2025"
    r"|\s+,?(?:ts|dn|dr|ht)\d{1,2}\b"  # "4th, 2025"
    # "July 18-20, 2025"
    rf"|\s+,?(?:{_DAY_BACK}\s*(?:-|–|ot|dna)\s*)?{_DAY_BACK}\s+{_MONTH_BACK}\b"
    rf"|\s+,?{_MONTH_BACK}(?:\s+fo)?\s+{_DAY_BACK}\b)"  # "18 of July 2025"
    r"|\s+[A-Za-z]+[A-Z]\b"  # a capitalised word: "Forum 2000", "AFF 2025"
    r"|(?:\s*[-–—/]\s*|\s+,)\d\d(?:91|02)"  # a range's or list's: "2017-2020", "2019, 2021"
    r"|\s*©|\Z|\s*\n|\s+[\"”’)]*[.!?]"  # "© 2001"; the text's, a line's, a sentence's start
)
_YEAR_CUE_AFTER = re.compile(r"\s*[-–—/]\s*(?:(?:19|20)\d\d|\d\d)\b|([-/ ])\d\d?\1\d\d?\b|['’]s\b")
_NUMBER_CUE_BACK = re.compile(rf"(?i:\s*\.?(?:{_backwards(_LABEL_WORDS)})\b|\s*#)")
"""What makes the number after it a label, whatever comes before ("Statement No. 2019")."""
_CUE_CHARS = 40
_DATE_CUE_BEFORE = re.compile(
    r"(?i:\b(?:in|on|since|from|until|till|to|through|by|after|before|of|and|or|between"
    r"|during|than)\s*)\Z"
)
"""A word making the full date after it an event's ("in April 14, 2023"), not the page's."""


@lru_cache(maxsize=2)
def _years_dated_by(text: str) -> tuple[int, ...]:
    """The years ``text`` dates things by: those a word before says are years ("in 2025",
    "since 2017", "a 2021 coup", "the devastating 2022 eruption", "mid-2025", "Forum 2000",
    "AFF 2025", "© 2001"), in a date ("July 18, 2025", "4th October, 2025", "2025-07-18", a
    link's "2020 01 27"), a range or list ("2017-2020", "2020–24", "2019, 2021") or opening
    a sentence. A bare number
    is no year: "Statement number 1999" dated a text of quotations 1999, "2000 Afghan
    refugees" one of them 2000. Kept for the last two texts: an undated article's are read
    for its date's guess, then for its import line (:meth:`ParsedDocument.latest_year_named`),
    each time the whole text."""
    years = []
    for match in _YEAR_RE.finditer(text):
        back = text[max(0, match.start() - _CUE_CHARS) : match.start()][::-1]
        if _NUMBER_CUE_BACK.match(back):
            continue
        if _YEAR_CUE_BACK.match(back) or _YEAR_CUE_AFTER.match(text, match.end()):
            years.append(int(match.group(1)))
    return tuple(years)


_DEBRIS_RE = re.compile(r"^\s*(?:!\[[^\]]*\]\([^)]*\)\s*\|?|\|.*\|)\s*$")

HEAD_CHARS = 3000  # where an article's own date may stand: headline, byline, first lines
HEAD_LINES = 3  # the headline and the two lines under it (byline, first paragraph), banners aside
BYLINE_CHARS = 80  # a byline is a short line; a date inside a paragraph is quoted, not a byline
_SENTENCE_LOWER_WORDS = 2  # "resumed on": a line ending in a stop with as many is a sentence

_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_MONTH = rf"({_MONTH_RE}|{'|'.join(m[:3] for m in MONTH_NAMES)})\.?"
_NAMED_DATES = (  # (pattern, order of its day/month/year groups)
    (re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+(\d{{4}})\b", re.I), "mdy"),
    (re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+(\d{{4}})\b", re.I), "dmy"),
)
# a month and year: a byline's date only where it stands apart ("The Diplomat, August 2025",
# "Aug. 2025 | Asia"), set off by a comma, bar, dash or colon or alone on the line; in a
# sentence ("talks in August 2025") it is what the text speaks of
_MONTH_YEAR = re.compile(
    rf"\b({_MONTH_RE}|{'|'.join(m[:3] for m in MONTH_NAMES)}|Sept)\.?\s+(\d{{4}})\b"
)
_SET_OFF = ",|:–—-·•"
_NUMERIC_DATES = (
    # year first, with the time that may follow it: "2025-07-18T10:00+07:00", "2025/7/4"
    re.compile(
        r"\b\d{4}([-/.])\d{1,2}\1\d{1,2}"
        r"(?:[Tt ]\d{1,2}:\d{1,2}(?::\d{1,2}(?:[.,]\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?(?!\w)"
    ),
    re.compile(r"\b\d{1,2}([-/.])\d{1,2}\1\d{4}\b"),  # year last: "03/04/2025", "04.03.2025"
)
"""Dates a byline may print, found in any digits ("２０２５-０３-０４") and with any year
("9999-12-31"), for ``read_stated_date`` to read as it reads a front matter's: found only
when a calendar date and a year like ours, they were read otherwise, or silently not."""
# A news dateline opening the first paragraph: a place in capitalised words (its country or
# state after a comma), a comma, then the full date and a dash or colon, perhaps after the
# agency ("NEW YORK, 5 August 2025 —", "DOHA, July 20, 2025 (Reuters) -").
_DATELINE_PLACE_RE = re.compile(
    r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*(?:,\s*[A-Z][\w.'’ -]*)?,\s*$"
)
_DATELINE_END_RE = re.compile(
    r"^\s*(?:[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*,?\s*)?(?:\([^)\n]{1,30}\)\s*)?[-–—:]"
)
"""After a dateline's date: the place in capitals where it follows the date ("2022-12-27
KYIV (AP) —"), the agency in brackets, then the dash or colon."""
_STAMP_LABEL_RE = re.compile(r"^\s*(?:date|dated|published|posted|updated)\s*:?\s*$", re.I)
"""A label before a dateline's date: a wire's stamp "date 2022-12-27 KYIV (AP) —"."""
_YEARLESS_STAMP_RE = re.compile(
    rf"^[A-Z][A-Z.'’-]*(?:\s+[A-Z][A-Z.'’-]*)*(?:,\s*[A-Z][\w.'’ -]*)?,\s*"
    rf"({_MONTH_RE}|{'|'.join(m[:3] for m in MONTH_NAMES)}|Sept)\.?\s+(\d{{1,2}})()"
    r"\s*(?:\([^)\n]{1,30}\)\s*)?[-–—:]"
)
"""A wire's dateline stamp with no year, opening a first paragraph: "KYIV, Dec 27 (Reuters) -".
Its groups are those of ``_DATELINE_RE`` (month, day, and a year it never has)."""
_SITE_LINES = {"home", "latest", "breaking news", "menu", WVR_SOURCE.casefold()}
_BREADCRUMB_RE = re.compile(r"^[^>»]{1,40}(?:\s*[>»]\s*[^>»]{1,40})+$")
_TAIL_RE = re.compile(r"^(?P<head>.*\S)(?P<sep>\s*\|\s*|\s+[-–—»]\s+)(?P<tail>[^|]*\S)$")
_DOMAIN_RE = re.compile(r"^(?:[a-z0-9-]+\.)+[a-z]{2,}$", re.IGNORECASE)
_SITE_WORDS_RE = re.compile(
    r"\b(?:news|times|post|report|press|daily|herald|tribune|journal|online|agency|gazette"
    r"|diplomat|express|vnexpress|vietnamplus|vnanet|tuoitre|thanhnien|nhandan)\b"
    r"|\.(?:com|vn|org|net|gov)\b",
    re.IGNORECASE,
)


def _is_banner(line: str) -> bool:
    """A section banner, site name, navigation word or breadcrumb above the headline."""
    letters = [char for char in line if char.isalpha()]
    shouting = len(letters) > 1 and all(char.isupper() for char in letters)
    return shouting or line.casefold() in _SITE_LINES or bool(_BREADCRUMB_RE.match(line))


def _site_tails(title: str, site: str) -> tuple[str, list[str]]:
    """The headline and the tails cut from it, last first: "... | Site", "... – Breaking
    News". A dash tail is cut only when it names a site (a headline may hold a dash): a site
    word, ``site`` itself, or a name of ``site``'s when that is a domain ("Mekong Monitor" of
    mekongmonitor.com)."""
    title = " ".join(title.split())
    labels = set(site.casefold().split(".")[:-1]) if is_domain(site) else set()
    tails: list[str] = []
    while match := _TAIL_RE.match(title):
        head, tail = match.group("head"), match.group("tail")
        piped = "|" in match.group("sep")
        folded = tail.casefold()
        site_like = (
            bool(_SITE_WORDS_RE.search(tail))
            or folded == site.casefold()
            or re.sub(r"\W", "", folded) in labels
        )
        if len(tail.split()) > 5 or len(head.split()) < 2 or not (piped or site_like):
            break
        title = head
        tails.append(tail)
    return title, tails


def clean_title(title: str, site: str = "") -> str:
    """The headline without the site's name a page appends."""
    return _site_tails(title, site)[0]


_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_BYLINE_DATE_WORDS = frozenset(
    (
        *_MONTHS,
        *(month[:3] for month in _MONTHS),
        "sept",
        *_WEEKDAYS,
        *(day[:3] for day in _WEEKDAYS),
        *("tues", "thurs", "updated", "published", "posted", "modified", "last", "on", "at"),
        *("am", "pm", "gmt", "utc"),
    )
)
"""Words a byline dates by: a piece of it made of these and digits says when, not who."""
_BYLINE_SEPARATOR_RE = re.compile(r"\s+[·•|]\s+")


def author_without_dates(author: str) -> str:
    """The names a page's extracted author holds, without the date its byline printed: the
    extractor splits "By Anna Keller, November 28, 2026" at its commas and keeps the words,
    "Anna Keller; November", which every citation then named as a second author."""
    names = []
    for part in author.split(";"):
        pieces = [piece for piece in _BYLINE_SEPARATOR_RE.split(part) if not _dated(piece)]
        name = " · ".join(piece.strip() for piece in pieces)
        if name:
            names.append(name)
    return "; ".join(names)


_BYLINE_LABEL_RE = re.compile(
    r"(?:(?P<release>(?:press|media|news) release|statement)\s*:|by\b:?)\s*(?P<body>.+)",
    re.IGNORECASE,
)
"""A byline's label before whom it names: "Press release: ...", "Statement: ...", "By ..."."""
_BYLINE_NAMES_RE = re.compile(r"\s*[,;]\s*|\s+[·•|]\s+")
_SEVERAL_BY_RE = re.compile(r"\band\b|&", re.IGNORECASE)


def labelled_byline_author(byline: str) -> str:
    """The one author a labelled byline names, whole, its date left out: "Media release:
    Ministry of Foreign Affairs" is the ministry, which the extractor kept as "Media release
    Ministry" (the label's words kept, the name cut at "of"). "" for a byline without a
    label or naming several people ("By Anna Keller and Tom Li"), which the extractor splits
    well; an issuer's "and" is its name's ("Ministry of Foreign Affairs and Trade")."""
    match = _BYLINE_LABEL_RE.fullmatch(" ".join(byline.split()))
    if not match:
        return ""
    names = [piece for piece in _BYLINE_NAMES_RE.split(match["body"]) if not _dated(piece)]
    if len(names) != 1 or (not match["release"] and _SEVERAL_BY_RE.search(names[0])):
        return ""
    return names[0]


def _dated(piece: str) -> bool:
    """Whether ``piece`` of a byline says only when ("Nov. 28", "Updated Friday", "2026")."""
    return all(word in _BYLINE_DATE_WORDS for word in re.findall(r"[^\W\d_]+", piece.lower()))


def is_domain(name: str) -> bool:
    """Whether ``name`` is a host name ("mekongmonitor.com") rather than an outlet's name."""
    return bool(_DOMAIN_RE.match(name))


def site_from_title(title: str, domain: str = "") -> str:
    """The outlet a page's title names in its tail ("Border talks | Mekong Monitor"), or ""."""
    tails = _site_tails(title, domain)[1]
    return tails[0] if tails else ""


class Cited(Protocol):
    """What a citation names: an article, or a document about to become one."""

    title: str
    source: str
    author: str
    url: str


def within_limits(record: Cited) -> None:
    """Cut a title, source or author to one line's length, and drop a url too long to be
    one: a file's front matter or an export gave 2 MB ones, stored and printed whole."""
    for name in ("title", "source", "author"):
        setattr(record, name, getattr(record, name)[:ONE_LINE_CHARS])
    if len(record.url) > MAX_ADDRESS_CHARS:
        record.url = ""


def without_unsafe_url(record: Cited) -> str:
    """Drop a url that is no web address, and say so ("" when it is one, or none): a
    front matter's or an export's "javascript:alert(1)" or "file:///etc/passwd" was stored
    and shown by ``meta``, where ``meta --url`` and a sidecar refuse it."""
    if not record.url or safe_url(record.url):
        return ""
    shown = inert_words(record.url[:60])
    record.url = ""
    return f"its url {shown!r} is no web address (http:// or https://): left out"


def title_from_text(text: str) -> str:
    """The headline: the first line with words in it, skipping a BOM, image/caption debris
    and banner or site-name lines above it, without a site-name tail."""
    lines = [line.strip().lstrip("#").strip() for line in text.lstrip("\ufeff").splitlines()]
    candidates = [line for line in lines[:50] if line and not _DEBRIS_RE.match(line)]
    headline = next((line for line in candidates if not _is_banner(line)), "")
    return clean_title(headline or next(iter(candidates), ""))[:ONE_LINE_CHARS]


def source_from_text(text: str) -> str:
    """``WVR_SOURCE`` when the article carries a WVR credit line, else ""."""
    head = text[:4000]
    return WVR_SOURCE if _CREDIT_RE.search(head) else ""


def _full_date(match: re.Match[str], order: str) -> date | None:
    parts = dict(zip(order, match.groups(), strict=True))
    month_text = parts["m"]
    if month_text.isdigit():
        month = int(month_text)
    else:
        month = [m[:3] for m in _MONTHS].index(month_text[:3].lower()) + 1
    try:
        return date(int(parts["y"]), month, int(parts["d"]))
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class StatedDate:
    """A date a file's metadata states, as read: ISO ("" for none), whether it is only a
    guess, and what the import tells the user about it ("" when it was read as written)."""

    iso: str = ""
    is_guess: bool = False
    warning: str = ""


_YEAR_FIRST_RE = re.compile(r"(\d{4})(?:([-/.])(\d{1,2})(?:\2(\d{1,2}))?)?", re.ASCII)
_YEAR_LAST_RE = re.compile(r"(\d{1,2})([-/.])(\d{1,2})\2(\d{4})", re.ASCII)
_TIME_AFTER_RE = re.compile(
    r"(?:[Tt ](?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:[.,]\d+)?)?(?: ?[AaPp]\.?[Mm]\.?)?"
    r"(?:Z| ?(?:[+-]\d\d:?\d\d|[A-Z]{1,5}))?)?",
    re.ASCII,
)
"""What may follow a date: its time of day, and its zone ("T10:00:00+07:00", " 10:00 UTC");
a time no clock has ("T25:99") makes the whole no date."""
_CLOCK_RE = re.compile(r"[Tt ]\d{1,2}:\d", re.ASCII)
_STATED_CHARS = 40  # of a date the import could not read, quoted in its warning


def read_stated_date(value: str, today: date | None = None) -> StatedDate:
    """The date ``value`` states (a file's front matter, a page's meta tag, a byline), read
    as written and never silently changed: ISO "2025-07-04", "2025-7-4" and "2025/07/04" (a
    time may follow), "2025-07" or "2025"; "July 4, 2025" or "4 July 2025"; "04/07/2025",
    which is certain only when one reading alone is a calendar date (25/12/2025), else kept
    as a guess read day first, as the dateline reads it. Anything else (no calendar day, a
    time no clock has, "99999-01-01", "yesterday") is no date, and so is one outside the
    years an article is dated in (``dates.outside_article_years``: "9999-12-31" sat first in
    every newest-first list, "0001-01-01" crashed the timeline), with a warning saying so.
    Full-width digits ("２０２５") are read as ASCII ones, and the warning says that too."""
    stated = _read_date(unicodedata.normalize("NFKC", value).strip(), today or date.today())
    if stated.iso and not stated.warning and any(c.isdigit() and not c.isascii() for c in value):
        read_as = f"is written in full-width digits: read as {stated.iso}"
        return StatedDate(
            stated.iso, stated.is_guess, f"its date {_shown(value.strip())} {read_as}"
        )
    return stated


def _shown(raw: str) -> str:
    return repr(raw[:_STATED_CHARS] + ("…" if len(raw) > _STATED_CHARS else ""))


def _read_date(raw: str, today: date) -> StatedDate:
    """``read_stated_date`` of a value already in ASCII digits, stripped."""
    if not raw:
        return StatedDate()
    shown = _shown(raw)
    no_day = StatedDate(warning=f"its date {shown} is no calendar date: left out")

    def dated(first_day: date, iso: str) -> StatedDate:
        if outside := outside_article_years(first_day, today):
            return StatedDate(warning=f"its date {shown} is {outside}: left out")
        return StatedDate(iso)

    if match := _YEAR_FIRST_RE.match(raw):
        if _TIME_AFTER_RE.fullmatch(raw, match.end()):
            year, month, day = (int(part) if part else None for part in match.group(1, 3, 4))
            assert year is not None
            first_day = calendar_day(year, month or 1, day or 1)
            if first_day is None:
                return no_day
            iso = f"{year:04d}" + "".join(f"-{part:02d}" for part in (month, day) if part)
            return dated(first_day, iso)
        if _CLOCK_RE.match(raw, match.end()):
            return StatedDate(warning=f"its date {shown} has a time no clock has: left out")
    if (match := _YEAR_LAST_RE.match(raw)) and _TIME_AFTER_RE.fullmatch(raw, match.end()):
        first, second, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
        readings = [
            found
            for found in (calendar_day(year, second, first), calendar_day(year, first, second))
            if found is not None
        ]
        if not readings:
            return no_day
        if len(set(readings)) == 1:
            return dated(readings[0], readings[0].isoformat())
        # the reading within the article's years, day first when both are
        kept = next((day for day in readings if not outside_article_years(day, today)), None)
        if kept is None:
            return dated(readings[0], "")
        warning = f"its date {shown} may be read day or month first: kept as the guess {kept}?"
        return StatedDate(kept.isoformat(), is_guess=True, warning=warning)
    for pattern, order in _NAMED_DATES:
        if match := pattern.fullmatch(raw):
            found = _full_date(match, order)
            return no_day if found is None else dated(found, found.isoformat())
    if match := _MONTH_YEAR.fullmatch(raw):  # "August 2025": the month, stored as "2025-08"
        month = [m[:3] for m in _MONTHS].index(match.group(1)[:3].lower()) + 1
        year = int(match.group(2))
        return dated(date(year, month, 1), f"{year:04d}-{month:02d}")
    return StatedDate(
        warning=f"its date {shown} is not a date diplotui reads (YYYY-MM-DD): left out"
    )


def _head_lines(text: str) -> list[str]:
    """The headline and the lines just under it (byline, first paragraphs): where an
    article's own date stands, before the body quotes other dates."""
    lines = (line.strip() for line in text.lstrip("\ufeff")[:HEAD_CHARS].splitlines())
    kept = (line for line in lines if line and not _DEBRIS_RE.match(line) and not _is_banner(line))
    return list(itertools.islice(kept, HEAD_LINES))


def _dates_in(line: str) -> list[re.Match[str]]:
    """The dates ``line`` prints, in the order it prints them, none inside another."""
    found = sorted(
        (
            match
            for pattern in (*(named for named, _ in _NAMED_DATES), *_NUMERIC_DATES)
            for match in pattern.finditer(line)
        ),
        key=lambda match: (match.start(), -match.end()),
    )
    kept: list[re.Match[str]] = []
    for match in found:
        if not kept or match.start() >= kept[-1].end():
            kept.append(match)
    return kept


def dateline_date(text: str, today: date | None = None) -> StatedDate:
    """The date printed on a short line at the top (a byline under the headline) or in the
    news dateline a first paragraph opens with ("DOHA, July 20, 2025 — ..."), or none, read
    as ``read_stated_date`` reads a front matter's: the same dates taken, the same guesses
    and the same warnings ("Published: 2025-02-29" was quietly passed over for a guess of
    the year). Numeric dates are read day first, as Vietnamese sites print them. Any other
    date inside a paragraph is quoted, not the article's."""
    for line in _to_first_paragraph(_head_lines(text)):
        byline = _reads_as_byline(line)
        for match in _dates_in(line) or _months_set_off(line):
            if byline or _opens_dateline(line, match):
                return read_stated_date(match.group(), today)
    return StatedDate()


def _to_first_paragraph(head: list[str]) -> list[str]:
    """The headline and the lines under it down to the first paragraph (the first line under
    it longer than a byline): a dateline opens that paragraph or none does. A stamp opening
    the second is a dispatch quoted, and dated the article by its own day ("2019?")."""
    for at, line in enumerate(head):
        if at and not _reads_as_byline(line):
            return head[: at + 1]
    return head


_SENTENCE_END_RE = re.compile(r"[.!?][\"”’»)]*$")
_CREDIT_BY_RE = re.compile(r"\bby\b", re.IGNORECASE)


def _reads_as_byline(line: str) -> bool:
    """Whether a line reads as a byline: short, and no sentence of words. "Talks resumed on
    Monday." under the headline is the first paragraph however short: a date in it is the
    news it quotes ("The war began on February 24, 2022." dated the article so), and a stamp
    opening the paragraph after it a dispatch quoted, as after a long one. A byline may end
    in a stop ("Forum Secretariat, Suva.", "20:25 | Lima, Feb. 13."), but with its names and
    date capitalised or in figures, not a sentence's lower-case words, unless it credits
    someone ("Discussion in 'China' started by huaxia rox, Jun 27, 2013.")."""
    if len(line) > BYLINE_CHARS:
        return False
    if not _SENTENCE_END_RE.search(line) or _CREDIT_BY_RE.search(line):
        return True
    return sum(1 for word in line.split() if word[:1].islower()) < _SENTENCE_LOWER_WORDS


def _months_set_off(line: str) -> list[re.Match[str]]:
    """The months and years ``line`` prints standing apart, as a byline or dateline prints
    its date ("The Diplomat, August 2025", "HANOI, Aug. 2025 —"), not in its words."""
    if not any(char.isdigit() for char in line):
        return []  # the cheap test first
    return [
        match
        for match in _MONTH_YEAR.finditer(line)
        if _stands_apart(line[: match.start()], line[match.end() :])
    ]


def _stands_apart(head: str, tail: str) -> bool:
    """Whether a date between ``head`` and ``tail`` is set off from the line's words: alone,
    or after a comma, bar or dash and a space ("mid-October 2024" is words) and before one."""
    before = not head.strip() or (head[-1].isspace() and head.rstrip()[-1] in _SET_OFF)
    after = not tail.strip() or (tail.lstrip()[0] in _SET_OFF and tail[0] in " \t,:")
    return before and after


def _opens_dateline(line: str, match: re.Match[str]) -> bool:
    """Whether a date found in a long line is its opening dateline's: only a place stands
    before it, or nothing ("August 2, 2024 (ADDIS ABABA) – ...", as Sudan Tribune and others
    print it), and a dash or colon after it (an agency's name or the place in brackets
    between)."""
    before = line[: match.start()]
    return bool(
        (not before.strip() or _DATELINE_PLACE_RE.match(before) or _STAMP_LABEL_RE.match(before))
        and _DATELINE_END_RE.match(line[match.end() :])
    )


def _month_number(name: str) -> int:
    """1-12 for a month's name or its abbreviation ("Dec", "Sept")."""
    return next(i for i, month in enumerate(_MONTHS, 1) if month.startswith(name.lower()[:3]))


def _year_stated_with(month: int, text: str) -> int | None:
    """A year the text states with the dateline's month, named whole or cut short ("January
    19 to 25, 2026", "Dec. 20, 2022")."""
    name = MONTH_NAMES[month - 1]
    spelt = rf"(?:{name}|{name[:3]}\.?|Sept\.?)" if month == 9 else rf"(?:{name}|{name[:3]}\.?)"
    pattern = rf"\b{spelt}\s+\d{{1,2}}(?:\s*(?:-|–|to|and)\s*\d{{1,2}})?,?\s+((?:19|20)\d\d)\b"
    match = re.search(pattern, text[: HEAD_CHARS * 4], re.IGNORECASE)
    return int(match.group(1)) if match else None


def guess_date(text: str, today: date | None = None) -> str:
    """A best-guess ISO date from the dateline near the top, or a year the text leaves no
    doubt of.

    The dateline ("On July 18", in the first lines) gives month and day; its year is the one
    it states, else one the text states with the same month ("July 18 to 20, 2025"), stepping
    back a year when that would put the dateline in the future. A dateline whose year neither
    gives is left undated (""): the years a body mentions are a plan's period, an anniversary
    or a past event ("the Action Plan for the period 2023 - 2026" dated a June 2024 meeting
    2026-06-12), and over dev articles of known date gave the right year 8 times in 33. With
    no dateline, ``year_from_text``'s year, or none.
    """
    today = today or date.today()
    head = _head_lines(text)
    match = _DATELINE_RE.search("\n".join(head)) or next(
        filter(None, map(_YEARLESS_STAMP_RE.match, _to_first_paragraph(head))), None
    )
    if match is None:
        return year_from_text(text, today)
    month = _month_number(match.group(1))
    day = int(match.group(2))
    year = int(match.group(3)) if match.group(3) else _year_stated_with(month, text)
    if year is None or year > today.year:
        return ""
    try:
        guessed = date(year, month, day)
    except ValueError:
        return f"{year:04d}-{month:02d}"
    if guessed > today and not match.group(3):
        guessed = guessed.replace(year=year - 1) if (month, day) != (2, 29) else guessed
    return guessed.isoformat()


def years_named(text: str, today: date | None = None) -> list[int]:
    """The years ``text`` dates things by (``_years_dated_by``), from 1990 to ``today``'s, in
    the order it names them: what an undated article's import line tells its reader."""
    last = (today or date.today()).year
    return [year for year in _years_dated_by(text) if 1990 <= year <= last]


def year_from_text(text: str, today: date | None = None) -> str:
    """The year an article of no dateline was written, where its text leaves no doubt, else "".

    The latest year it names, when a full date in that year stands as a date does (a byline
    or caption: "Published April 18, 2025", "05 May 2021 | 08:23", not "since August 25,
    2017"), or when it is the only year named and named twice. Most articles name only past
    years ("cut ties with Taiwan in 2017" in a 2021 article), and the year named most often
    was wrong 21 times in 64 over dev articles of known date; this rule is right 30 times,
    wrong once (a site's banner printing the day the page was saved) and leaves 33 undated
    (``bench/year_guess_audit.py``): an undated article says so, a wrong year is cited."""
    years = years_named(text, today)
    if not years:
        return ""
    latest = max(years)
    if len(years) >= 2 and set(years) == {latest}:
        return str(latest)
    return str(latest) if _prints_date_in(text, latest, today) else ""


def _prints_date_in(text: str, year: int, today: date | None) -> bool:
    """Whether ``text`` prints a full date in ``year`` that no word such as "in", "on" or
    "since" makes an event's date in a sentence, nor a dateline opening a paragraph after
    the first: a dispatch quoted, dated by its own day."""
    opening = set(_to_first_paragraph(_head_lines(text)))
    for line in text.splitlines():
        for match in _dates_in(line):
            if _DATE_CUE_BEFORE.search(line, max(0, match.start() - _CUE_CHARS), match.start()):
                continue
            if line.strip() not in opening and _opens_dateline(line, match):
                continue
            stated = read_stated_date(match.group(), today)
            if stated.iso and not stated.warning and stated.iso[:4] == str(year):
                return True
    return False


BYLINE_SOURCE_WORDS = 6  # an outlet's name is short: a longer one is the headline's words
DATELINE_LINES = 10  # opening lines read for a dateline: headline, bylines, captions, dates
# A wire's dateline: place and date, its agency in brackets, a dash or colon ("AMMAN (Petra)
# -- ", "BEIJING, July 3 (Reuters) - ", "(Xinhua) --", "Phnom Penh (FN), May 19 –")
_DATELINE_AGENCY_RE = re.compile(
    r"((?:[A-Z][\w.'’-]*(?:,? (?:[A-Z][\w.'’-]*|\d{1,4}))*,? )?)\(([^()\n]{1,40})\)"
    r"(?:,(?: (?:[A-Z][a-z]+\.?|\d{1,4}),?)+)?\s*(?:--|[-–—:])(?:\s|$)"
)
_MONTH_DAY_RE = re.compile(rf"{_MONTH}\s+{_DAY}\b|{_DAY}\s+{_MONTH}", re.IGNORECASE)
_BYLINE_SEPARATORS = ",|–—-·•:"
_BYLINE_PIECE_RE = re.compile(rf"\s*[{re.escape(_BYLINE_SEPARATORS)}]\s+")
_OUTLET_SMALL_WORDS = frozenset(("of", "the", "and", "de", "for", "on", "in", "&"))
_NOT_OUTLET_RE = re.compile(
    r"^(?:by|from|posted|written|photo|staff|reporter|correspondent|editor|source)\b"
    r"|[?!;:\"“”‘’()\[\]]|[.,]$|\d[^\W\d]|[^\W\d]\d",
    re.IGNORECASE,
)


def byline_source(text: str) -> str:
    """The outlet a plain text's byline under its headline names, or "": "The Star, July 26,
    2025", "Arise News — July 28, 2025", "July 26, 2025 | The Star", or the outlet alone on
    the line above or below a line that is only a date. A file saved from a page kept its
    byline and nothing else; nine of a new user's thirteen came in citing no outlet.

    Only where the date is the line's whole rest (a headline "Talks resume, July 2025
    deadline looms" names no outlet), never the headline itself, and never a place (the
    dateline "HANOI, July 27, 2025"), a person or more than a few words."""
    lines = _head_lines(text)[1:]  # the headline above a date is no outlet
    dated = [_date_only(line) for line in lines]
    for at, line in enumerate(lines):
        named = _outlet_beside_date(line)
        beside_date = (at > 0 and dated[at - 1]) or dated[at + 1 : at + 2] == [True]
        if not named and not dated[at] and beside_date:
            named = line
        if named and _names_an_outlet(named):
            return named
    return dateline_agency(text)


def dateline_agency(text: str) -> str:
    """The agency a wire's dateline names in brackets before its dash, or "": "AMMAN (Petra)
    -- ", "BEIJING, July 3 (Reuters) - ", "(Xinhua) --", "Phnom Penh (FN), May 19 –". Only
    on the text's opening lines, up to its first paragraph (a compilation's second story has
    a dateline of its own), and only after a place, a date or capitals (not "Lo, Legislator
    (DPP):"); never a place, a date, a person or common words ("(Agencies)", "(Updated)")."""
    lines = (line.strip() for line in text.lstrip("\ufeff")[:HEAD_CHARS].splitlines())
    for at, line in enumerate(itertools.islice((line for line in lines if line), DATELINE_LINES)):
        match = _DATELINE_AGENCY_RE.match(_after_a_stamps_date(line))
        if match and _opens_as_dateline(match.group(1)):
            return _agency_named(match.group(2).strip())
        if at and not _reads_as_byline(line):
            break  # the first paragraph under the headline: a dateline opens it or none does
    return ""


def _after_a_stamps_date(line: str) -> str:
    """``line`` from after the date a wire's stamp opens with ("date 2022-12-27 KYIV (AP) —"
    from "KYIV"), else ``line``: the agency after the place was never read there."""
    dates = _dates_in(line[:BYLINE_CHARS]) if line[:1].isalnum() else []
    if dates and _opens_dateline(line, dates[0]):
        before = line[: dates[0].start()]
        if not before.strip() or _STAMP_LABEL_RE.match(before):
            return line[dates[0].end() :].lstrip()
    return line


def _opens_as_dateline(before: str) -> bool:
    """Whether what stands before an agency's brackets is a dateline's: nothing, or a place,
    a date or a place in capitals first ("KYIV, Ukraine", "May 15", "UNITED NATIONS")."""
    first = before.partition(",")[0].strip()
    return (
        not first
        or _is_place(first)
        or _MONTH_DAY_RE.match(first) is not None
        or (len(first) > 2 and first.isupper())
    )


def _agency_named(name: str) -> str:
    """``name`` as an agency's, or "" when it reads as something else: a place, a date, a
    person, a label of common words ("Agencies", "Staff Reporter") or a sentence's piece.
    A name the gazetteer knows is an agency only if it is an organisation's, spelt as its
    canonical name ("REUTERS": Reuters)."""
    from diplotui.entities.folding import fold_for_matching
    from diplotui.entities.gazetteer import Entry, load

    words = name.split()
    if (
        not 0 < len(words) <= BYLINE_SOURCE_WORDS
        or _NOT_OUTLET_RE.search(name)
        or any(mark in name for mark in "|/,")
        or any(char.isdigit() for char in name)
        or any(
            word[0].islower() and word not in _OUTLET_SMALL_WORDS and not _brand_cased(word)
            for word in words
        )  # "dpa-AFX" a brand's, as a byline's "allAfrica"
        or _MONTH_DAY_RE.match(name)
    ):
        return ""
    gazetteer = load()
    entry = gazetteer.names.entries.get(fold_for_matching(name))
    if isinstance(entry, Entry):
        if entry.type != "ORG":
            return ""
        return entry.canonical if entry.canonical.casefold() == name.casefold() else name
    common = gazetteer.common_words
    if _is_place(name) or all(word.lower() in common and not _is_place(word) for word in words):
        return ""  # "(Agencies)", "(Updated)"; not "(Taiwan News)"
    people = gazetteer.given_names | gazetteer.family_names
    return "" if len(words) > 1 and all(word in people for word in words) else name


def _date_only(line: str) -> bool:
    """Whether ``line`` says only when ("July 26, 2025", "Updated: Sat, 26 Jul 2025")."""
    return bool(_dates_in(line) or _months_set_off(line)) and _dated(line)


def _outlet_beside_date(line: str) -> str:
    """What a short line names beside its date, set off by a comma, dash or bar, with the
    date its whole rest ("The Star, July 26, 2025" or "July 26, 2025 | The Star"), or ""."""
    if len(line) > BYLINE_CHARS:
        return ""
    for match in _dates_in(line) or _months_set_off(line):
        before, after = line[: match.start()].rstrip(), line[match.end() :].strip()
        if before and before[-1] in _BYLINE_SEPARATORS and _dated(after):
            named = before[:-1]
        elif after and after[0] in _BYLINE_SEPARATORS and _dated(before):
            named = after[1:]
        else:
            continue
        pieces = _BYLINE_PIECE_RE.split(named.strip())
        named_pieces = [piece for piece in pieces if not _dated(piece) and not _is_place(piece)]
        return named_pieces[0] if len(named_pieces) == 1 else ""
    return ""


def _names_an_outlet(name: str) -> bool:
    """Whether ``name`` reads as an outlet's: a few capitalised words, not a sentence's
    piece, a byline's author or role, a place (a dateline's) or a person's name."""
    words = name.split()
    if not 0 < len(words) <= BYLINE_SOURCE_WORDS or _NOT_OUTLET_RE.search(name):
        return False
    if any(
        word[0].islower() and word not in _OUTLET_SMALL_WORDS and not _brand_cased(word)
        for word in words
    ):
        return False
    if len(words) == 1 and len(name) > 4 and name.isupper():
        return False  # "JITRA": a dateline's place, as news prints it
    from diplotui.entities.gazetteer import load

    gazetteer = load()
    if _is_place(name) or (len(words) == 1 and name.lower() in gazetteer.common_words):
        return False  # a dateline's place, or a page's label: "Update", "Article"
    places = name.split(",")
    if len(places) > 1 and all(_is_place(place) for place in places):
        return False  # a dateline's place and its country above its date: "Kingston, Jamaica"
    if words[-1] == "News" and _is_place(" ".join(words[:-1])):
        return False  # a site's section above its date: "Middle East News" (LBC)
    people = gazetteer.given_names | gazetteer.family_names
    return not (1 < len(words) <= 3 and all(word in people for word in words)) or bool(
        _SITE_WORDS_RE.search(name)
    )


def _brand_cased(word: str) -> bool:
    """Whether a word starting lower-case is a brand's, a capital inside it ("allAfrica",
    "eKathimerini"): those bylines cited no outlet, where a sentence's word has none."""
    return any(char.isupper() for char in word[1:])


def _is_place(name: str) -> bool:
    """Whether the recogniser's gazetteer knows ``name`` as a place ("HANOI", "Amman")."""
    from diplotui.entities.folding import fold_for_matching
    from diplotui.entities.gazetteer import Entry, load

    gazetteer = load()
    entry = gazetteer.names.entries.get(fold_for_matching(name.strip()))
    if isinstance(entry, Entry) and entry.type in ("GPE", "LOC"):
        return True
    return name in gazetteer.towns or name in gazetteer.subdivisions
